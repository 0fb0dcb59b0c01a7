/**
 * Round 245 (stop 74), after the wave BG3 to BN3's run (read once at f692ef0), from the 480 of ZS2 to BN3:
 * - an exhibition's opening named 开展 (`某展览开展仪式`) is the exhibition, as its 开幕式 is;
 * - `以及某局局长某某前来主持`, the next item of a list, is no name; `备受各界关注的` is praise;
 * - a site's section (`来源：生活`, `访谈专栏`) names no outlet;
 * - `某某网和某协会主办`: 和 after 网 parts two organizers;
 * - a host or organizer named with its city's short name (`南京某协会承办`) places the event, so one organizer of
 *   another province does not make `在南京举行` a venue's name to distrust.
 * On the 480: 2 event names right that were wrong, one wrong gone; 2 outlets wrong gone; 2 organizers right, one wrong
 * gone. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { isEventName } from '../../src/lib/import/facts/event.ts';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 245', () => {
  it('reads an exhibition without its 开展仪式, and praise with 关注', () => {
    expect(
      eventTitle(['开展仪式由副市长李一青主持。', '参加白江鸭文化暨青禾特色农产品展览开展仪式的嘉宾参观了展厅。']),
    ).toBe('白江鸭文化暨青禾特色农产品展览');
    expect(eventTitle(['5月20日，备受各界关注的2018白江第六届西瓜旅游节在青禾镇开幕。'])).toBe(
      '2018白江第六届西瓜旅游节',
    );
  });

  it('reads no name from the next item of a list', () => {
    expect(isEventName('以及白江旅游促进局局长 YB Datuk Lee 前来主持', true)).toBe(false);
    expect(isEventName('以及白江旅游促进局局长 YB Datuk Lee 前来主持', true, true)).toBe(false);
  });

  it("takes a site's section for no outlet", () => {
    const body = '5月20日，第六届白江西瓜节在青禾镇开幕。白江市副市长李一青出席并致辞。';
    expect(reportFacts(`白江西瓜节开幕\n来源：生活\n${body}`).outlet).toBeUndefined();
    expect(reportFacts(`白江西瓜节开幕\n来源：访谈专栏\n${body}`).outlet).toBeUndefined();
  });

  it('parts organizers after 网, and places the event in the city its host is named by', () => {
    const facts = reportFacts(
      '第六届全国青禾产业大会举行\n5月15日，第六届全国青禾产业大会在南京举行。本届大会由全国青禾产业联盟、白江农特网和吉林省青禾产品加工协会主办，南京青禾业协会承办。会长李一青致辞。',
    );
    expect(facts.organizers).toEqual(['全国青禾产业联盟', '白江农特网', '吉林省青禾产品加工协会']);
    expect(facts.place?.city).toBe('南京市');
  });
});
