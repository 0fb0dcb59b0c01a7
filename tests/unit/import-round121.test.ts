/**
 * Round 121 of the importer (stop 55), from the organizers missed or wrong on stop 55's four waves taken together (320
 * reports), before its fifth was read: bodies joined by 与 after a 队 (`某交通管理支队与某协会`) are two; where a body
 * held it (`某商会在某国宾馆`), run on after its name, and an adverb with the 会 of will (`某市孔庙都会举办…`) are no
 * part of it. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;

describe('round 121: organizers', () => {
  it('splits bodies joined by 与 after a 队', () => {
    const f = facts(
      '5月10日，白江市公安局交通管理支队与白江市保险行业协会举行“警保合作共建机制建设启动仪式”，会长李大明致辞。',
    );
    expect(f.organizers).toEqual(['白江市公安局交通管理支队', '白江市保险行业协会']);
  });

  it('leaves out where a body held it, run on after its name', () => {
    const f = facts(
      '白江省鞋业商会在白江太行国宾馆举行鞋业发展论坛\n6月29日上午，白江鞋业发展论坛在白江隆重举行，会长李大明致辞。',
    );
    expect(f.organizers.join('、')).not.toMatch(/国宾馆/);
  });

  it('takes no adverb and the 会 of will for a body', () => {
    const f = facts('每年9月28日，白江市孔庙都会举办释奠典礼，副市长李大明担任正献官。');
    expect(f.organizers.join('、')).not.toMatch(/都会$/);
  });
});
