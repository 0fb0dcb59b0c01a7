/**
 * Round 132 of the importer (stop 57), from stop 57's fourth wave (RS to RZ) after its honest run, with the blind
 * reports before it: where an event was held, cut inside the venue's name (`某咨询会在富华国际展览中心举行` read up to
 * 展览), is no part of its name; a clause of what something stands for (`象征第二届博览会`) is no name; a speaker's
 * feeling before a list of bodies (`某公司非常荣幸能够与某公司携手举办`) is no organizer. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { isOrganization } from '../../src/lib/import/facts/organizers.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string, url = 'http://example.org/a') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;

describe('round 132', () => {
  it('ends a name before the venue it was held in', () => {
    const f = facts(
      '白江招生咨询会举行\n6月26日，由白江日报举办的2013白江高考招生咨询会在白江国际展览中心如期举行。',
      'http://example.org/2013/0627/a.html',
    );
    expect(f.title).toBe('2013白江高考招生咨询会');
  });

  it('takes no clause of what something stands for as a name', () => {
    const f = facts('白江升学博览会圆满结束\n2025-11-24\n一连两日的展期，象征第二届博览会盛大举行，会长王明远致辞。');
    expect(f.title ?? '').not.toMatch(/^象征/);
  });

  it("takes no speaker's feeling for part of an organizer", () => {
    expect(isOrganization('白江娱乐有限公司非常荣幸能够与白江体育发展有限公司')).toBe(false);
    expect(isOrganization('白江体育发展有限公司')).toBe(true);
  });
});
