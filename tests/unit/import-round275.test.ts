/**
 * Round 275 (stop 79), from the 80 of LC3 to LJ3 (read as the honest test of stop 78's final main): an event's opening
 * called 开幕仪式 is the event, as 开幕式 was (`某公开赛开幕仪式`); so is the opening of matches joined by 暨 (`某比赛暨某
 * 总决赛开幕仪式`), of a contest's zone (`某大赛某赛区开幕式`) and of a show (`某展演开幕式`, `某汇演暨某运动会开幕式`).
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('round 275', () => {
  it('names a match by itself, not by its 开幕仪式', () => {
    expect(eventTitle(['10月9日，2023白江网球公开赛开幕仪式在青禾网球中心举行。'])).toBe('2023白江网球公开赛');
    expect(
      eventTitle(['6月22日，白江省第九届运动会网球比赛暨2022年白江省全民健身网球总决赛开幕仪式于青禾举行。']),
    ).toBe('白江省第九届运动会网球比赛暨2022年白江省全民健身网球总决赛');
  });

  it('names a contest’s zone and a show without their opening', () => {
    expect(eventTitle(['5月8日，第三届全省职业技能大赛白江赛区开幕式在青禾技师学院举行。'])).toBe(
      '第三届全省职业技能大赛白江赛区',
    );
    expect(eventTitle(['4月20日晚，第八届全国话剧优秀剧目展演开幕式在白江大剧院举行。'])).toBe(
      '第八届全国话剧优秀剧目展演',
    );
    expect(eventTitle(['9月3日，白江县第五届群众文艺汇演暨第六届农民运动会开幕式在县体育场举行。'])).toBe(
      '白江县第五届群众文艺汇演暨第六届农民运动会',
    );
  });
});
