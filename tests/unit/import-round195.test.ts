/**
 * Round 195 (stop 69), from the 640 reports of the waves SY2 to VJ2 pooled: who held an event. A list after 由 ends at the
 * verb of holding already said (`由甲、乙合办的「某节」…于某馆举办`); when a body was founded (`成立于1925年的`) is no part
 * of its name; a fair, a lantern show or a festival that holds a part of itself is no body that held it; a name the page
 * lost before its colon (`由 ：某局举办`) leaves no one. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { isOrganization, readOrganizers } from '../../src/lib/import/facts/organizers.ts';
import { sentences } from '../../src/lib/import/text.ts';

const organizers = (title: string, ...lines: string[]) => {
  const all = sentences(lines);
  return readOrganizers(all, { sentence: all[0]!, title }, []).organizers;
};

describe('round 195', () => {
  it('ends the list after 由 at 合办的', () => {
    expect(
      organizers(
        '白江春季书香节',
        '【本报讯】由白江出版协会、青禾理工学院合办的「白江春季书香节」昨起一连十日于青禾体育馆举办。',
      ),
    ).toEqual(['白江出版协会', '青禾理工学院']);
  });

  it('leaves out when a body was founded', () => {
    expect(organizers('青禾论坛', '成立于1925年的白江青禾同乡会3月14日在青禾大酒楼举行青禾论坛。')).toEqual([
      '白江青禾同乡会',
    ]);
  });

  it('takes no fair or festival for the body that held its part', () => {
    expect(
      organizers('产销对接推介会', '11月15日，首届白江国际青禾产业博览会（以下简称“博览会”）举行产销对接推介会。'),
    ).toEqual([]);
    expect(organizers('点灯仪式', '2月12日，2010年白江青禾灯会隆重举行点灯仪式。')).toEqual([]);
  });

  it('reads no body in what is left after a lost name', () => {
    expect(isOrganization('：林业和草原局')).toBe(false);
    expect(isOrganization('林业和草原局')).toBe(true);
  });
});
