/**
 * Round 221 (stop 72), from the wave XG2 to XN2 after its honest run: a sentence that names the event by a short form
 * after 本届 says who held it though it first says when and where (`本届某展于3月28-31日在某馆举行，由…联合主办`), puts the
 * short form in quotes (`本届“某博会”由…主办`) or its theme before it (`主题为“甲”的本届某会由…`). A sentence about
 * another event still names none (the last test holds before the round too, as its guard). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { readOrganizers } from '../../src/lib/import/facts/organizers.ts';
import { sentences } from '../../src/lib/import/text.ts';

const organizers = (title: string, ...text: string[]) => {
  const all = sentences(text);
  return readOrganizers(all, { sentence: all[0]!, title }, []).organizers;
};

const opened = '今天上午，白江国际核能展览会在青禾会展中心开幕。';

describe('round 221', () => {
  it('reads who held it after when and where it was held', () => {
    expect(
      organizers(
        '2018年白江国际核能展览会',
        opened,
        '本届核能展于3月28-31日在青禾会展中心举行，由白江核学会、青禾能源有限公司联合主办。',
      ),
    ).toEqual(['白江核学会', '青禾能源有限公司']);
  });

  it('reads who held it after a quoted short form and its theme', () => {
    expect(
      organizers(
        '2016年白江国际民间文化博览会',
        '9月28日，2016年白江国际民间文化博览会在青禾新区开幕。',
        '据悉，主题为“山水白江 多彩青禾”的本届“民博会”由白江省人民政府主办。',
      ),
    ).toEqual(['白江省人民政府']);
  });

  it('reads no organizer from a sentence about another event', () => {
    expect(
      organizers('2018年白江国际核能展览会', opened, '青禾论坛于3月29日在青禾会展中心举行，由青禾大学主办。'),
    ).toEqual([]);
  });
});
