/**
 * The corpus bench's scoring (src/lib/import/score.ts) on made-up expectations:
 * what counts as the same fact, and how wrong, missing and invented facts count.
 */
import { describe, expect, it } from 'vitest';
import {
  eventKey,
  namedOutlet,
  outletKey,
  placeOf,
  positionMatches,
  precision,
  recall,
  sameEvent,
  samePlaceAtCityLevel,
  scoreReport,
  type Expected,
  type Predicted,
} from '../../src/lib/import/score.ts';

const want: Expected = {
  event: '湖南省白江市2023年度慈善工作会议',
  date: '2023-04-26',
  city: '嘉定',
  outlet: '白江报道网(转载)',
  published: null,
  people: [
    { name: '李甲', position: '市民政局局长', organization: '市民政局', role: '出席' },
    { name: '王乙', position: '处长', organization: '慈善事业促进和社会工作司', role: '出席' },
    { name: '张丙', position: null, organization: null, role: '发言' },
  ],
  organizers: ['白江市民政局', '白江市慈善总会(白江市慈善联合会)'],
  hosts: [],
  documents: ['某某倡议书'],
  chrome: ['分享到', '小字号'],
};
const got: Predicted = {
  event: '白江市2023年度慈善工作会议',
  date: '2023-04-27',
  placeCode: '310114',
  outlet: '白江报道',
  published: '2023-04-27 10:00',
  people: [
    { name: '李甲', position: '市民政局局长', organizations: ['市民政局'], role: '讲话' },
    { name: '王乙', position: '慈善事业促进和社会工作司处长', organizations: [], role: '出席' },
    { name: '赵丁', position: '某协会会长', organizations: ['某协会'], role: '出席' },
  ],
  organizers: ['白江市民政局', '白江市慈善总会（白江市慈善联合会）', '白江市人民政府'],
  hosts: [],
  documents: [],
  cleaned: '正文第一段。分享到',
  kept: '正文第一段。分享到 李甲 王乙 张丙 白江市民政局',
  raw: '正文第一段。分享到 小字号 李甲 王乙 张丙 白江市民政局 白江市慈善总会（白江市慈善联合会）',
};

describe('what counts as the same fact', () => {
  it('forgives form (leading places, slogans, brackets, a trailing 网), never substance', () => {
    expect(eventKey('湖南省衡阳市2023年度慈善工作会议')).toBe(eventKey('衡阳市2023年度慈善工作会议'));
    expect(eventKey('“互助·参与·共享”——京津冀某某论坛')).toBe(eventKey('京津冀某某论坛'));
    expect(eventKey('周至县首届“慈善大会”')).toBe(eventKey('首届慈善大会'));
    expect(eventKey('2023年度慈善工作会议')).not.toBe(eventKey('2024年度慈善工作会议'));
    expect(eventKey('海口秀英区某某联合会成立大会')).toBe(eventKey('秀英区某某联合会成立大会'));
    expect(eventKey('温州商会年会')).not.toBe(eventKey('商会年会'));
    expect(outletKey('中国报道网')).toBe(outletKey('中国报道'));
    expect(outletKey('嘉定区民政局网站(minzheng.jiading.cn)')).toBe(outletKey('嘉定区民政局'));
    expect(outletKey('人民网')).not.toBe(outletKey('人民网福建频道'));
  });
  it('matches places inside one another at city level, not provinces', () => {
    expect(samePlaceAtCityLevel(placeOf('嘉定')!, placeOf('上海市嘉定区')!)).toBe(true);
    expect(samePlaceAtCityLevel(placeOf('武昌区')!, placeOf('武汉市')!)).toBe(true);
    expect(samePlaceAtCityLevel(placeOf('武汉市')!, placeOf('湖北省')!)).toBe(false);
    expect(samePlaceAtCityLevel(placeOf('广州市')!, placeOf('深圳市')!)).toBe(false);
  });
  it('matches a position as written or as organization and title together', () => {
    expect(positionMatches('慈善事业促进和社会工作司处长', want.people[1]!)).toBe(true);
    expect(positionMatches('处长', want.people[1]!)).toBe(true);
    expect(positionMatches('副处长', want.people[1]!)).toBe(false);
    expect(positionMatches('某职务', want.people[2]!)).toBe(false);
  });
  it('matches a post just taken with the post (新任理事长 = 理事长), not a different one', () => {
    const chair = { name: '甲乙', position: '新任理事长', organization: null, role: '致辞' };
    expect(positionMatches('理事长', chair)).toBe(true);
    expect(positionMatches('新任理事长', { ...chair, position: '理事长' })).toBe(true);
    expect(positionMatches('新一届会长', { ...chair, position: '会长' })).toBe(true);
    expect(positionMatches('副理事长', chair)).toBe(false);
    expect(positionMatches('卸任理事长', chair)).toBe(false);
  });
  it('matches a post with a bare kind of body in front with the post (协会副主席 = 副主席), not a named body', () => {
    const vice = { name: '甲乙', position: '协会副主席', organization: null, role: '其他' };
    expect(positionMatches('副主席', vice)).toBe(true);
    expect(positionMatches('该会创会会长', { ...vice, position: '创会会长' })).toBe(true);
    expect(positionMatches('白江摄影家协会副主席', { ...vice, position: '副主席' })).toBe(false);
    expect(positionMatches('协会主席', vice)).toBe(false);
    expect(positionMatches('总会长', { ...vice, position: '会长' })).toBe(false);
  });
  it('matches an event name read with the body that held it in front, when that body is an expected organizer or host, never without it', () => {
    expect(sameEvent('第26届理事长就职典礼', '白江佛教会第26届理事长就职典礼', ['白江佛教会'])).toBe(true);
    expect(sameEvent('第26届理事长就职典礼', '白江佛教会第26届理事长就职典礼', [])).toBe(false);
    expect(sameEvent('第26届理事长就职典礼', '青禾商会第26届理事长就职典礼', ['白江佛教会'])).toBe(false);
    expect(sameEvent('白江佛教会第26届理事长就职典礼', '第26届理事长就职典礼', ['白江佛教会'])).toBe(false);
    expect(sameEvent('苏州市佛教会年会', '佛教会年会', [])).toBe(true);
  });
  it('matches a quoted name followed by 活动 with the same name written without its quotes, with or without 活动 (round 231)', () => {
    expect(sameEvent('白江药师庆重阳活动', '「白江药师庆重阳」活动', [])).toBe(true);
    expect(sameEvent('「白江药师庆重阳」活动', '白江药师庆重阳活动', [])).toBe(true);
    expect(sameEvent('白江药师庆重阳', '「白江药师庆重阳」活动', [])).toBe(true);
    expect(sameEvent('白江药师庆中秋活动', '「白江药师庆重阳」活动', [])).toBe(false);
    expect(sameEvent('白江药师庆重阳活动', '白江药师庆重阳', [])).toBe(false);
  });
  it('forgives a leading year with or without 年, an edition in either numerals, and a bare level word for the place written in full (stop 48)', () => {
    expect(sameEvent('2006国际针灸学术研讨会', '2006年国际针灸学术研讨会', [])).toBe(true);
    expect(sameEvent('2006国际针灸学术研讨会', '2007年国际针灸学术研讨会', [])).toBe(false);
    expect(sameEvent('2023年度慈善工作会议', '2023慈善工作会议', [])).toBe(false);
    expect(sameEvent('第十五届白江标准化论坛', '第15届白江标准化论坛', [])).toBe(true);
    expect(sameEvent('第二十一届白江论坛', '第21届白江论坛', [])).toBe(true);
    expect(sameEvent('第十五届白江标准化论坛', '第16届白江标准化论坛', [])).toBe(false);
    expect(sameEvent('省中医药学会第九届第一次会员代表大会', '四川省中医药学会第九届第一次会员代表大会', [])).toBe(
      true,
    );
    expect(sameEvent('四川省中医药学会第九届第一次会员代表大会', '省中医药学会第九届第一次会员代表大会', [])).toBe(
      true,
    );
    expect(sameEvent('市保安协会第一届第四次会员大会', '衡阳市保安协会第一届第四次会员大会', [])).toBe(true);
    expect(sameEvent('市中医药学会第九届第一次会员代表大会', '四川省中医药学会第九届第一次会员代表大会', [])).toBe(
      false,
    );
  });
  it('forgives a trailing 电视台 and a paper’s city in front of a name of three characters or more (stop 48)', () => {
    expect(outletKey('新唐人电视台')).toBe(outletKey('新唐人'));
    expect(outletKey('香港文汇报')).toBe(outletKey('文汇报'));
    expect(outletKey('北京日报')).not.toBe(outletKey('日报'));
    expect(outletKey('北京日报')).not.toBe(outletKey('广州日报'));
    expect(outletKey('青川网络台')).not.toBe(outletKey('网络台'));
    expect(outletKey('白江都市报')).not.toBe(outletKey('都市报'));
    expect(outletKey('星岛头条')).not.toBe(outletKey('星岛日报'));
  });
});

describe('scoring one report', () => {
  it('counts right, wrong, missing and invented facts per kind', () => {
    const { tallies, misses } = scoreReport(want, got);
    expect(tallies.event).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(tallies.date).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(tallies.city).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(tallies.outlet).toEqual({ tp: 1, fp: 0, fn: 0 });
    // The expectation says the page gives no publication date: reading one counts against precision.
    expect(tallies.published).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(tallies.organizers).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(tallies.documents).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(tallies.people).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(tallies.peopleWithPositions).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(tallies.personRole).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(tallies.chrome).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(misses.some((m) => m.kind === 'chrome' && m.expected === '保留“白江市慈善总会(白江市慈善联合会)”')).toBe(
      true,
    );
  });
  it('reads an expected outlet that is only a web domain as "no outlet named": neither a miss when none is read nor a match for a name', () => {
    expect(namedOutlet('handmsg.com(转载镜像,繁体)')).toBeNull();
    expect(namedOutlet('www.422765.com')).toBeNull();
    expect(namedOutlet('嘉定区民政局网站(minzheng.jiading.cn)')).toBe('嘉定区民政局网站(minzheng.jiading.cn)');
    const mirror = { ...want, outlet: 'baijiang-news.example.com(转载镜像)' };
    expect(scoreReport(mirror, { ...got, outlet: undefined }).tallies.outlet).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(scoreReport(mirror, got).tallies.outlet).toEqual({ tp: 0, fp: 1, fn: 0 });
  });
  it('turns tallies into precision and recall', () => {
    expect(precision({ tp: 3, fp: 1, fn: 0 })).toBe(0.75);
    expect(recall({ tp: 3, fp: 0, fn: 1 })).toBe(0.75);
    expect(precision({ tp: 0, fp: 0, fn: 2 })).toBe(1);
  });
});
