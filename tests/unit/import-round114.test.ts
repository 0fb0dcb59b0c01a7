/**
 * Round 114 of the importer (stop 54), from wave WC to WJ of stop 54 after its first run (at round 113): an event held
 * `以某某方式` (by correspondence, online) is named without the way and was held by its subject; a final closes
 * (`在某地精彩收官`); a place in brackets written twice in a name stays twice; a festival's gathering named by its kind
 * loses a trailing 活动 (`…联欢会活动`); a day the dispatch gives keeps the dispatch's month over a month's programme
 * written further on; a name opening with the page's year is that year's though the page is dated earlier; outlets from
 * `来源:[ 某某日报]`, `作者:转载自某网站`, `单位:某局` and `某时间 | 某厅 |`. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const read = (text: string, url = 'http://example.org/a') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;
const facts = (text: string) => read(text);

describe('round 114: event names and organizers', () => {
  it('names an event held in some way without the way', () => {
    const f = facts(
      '12月26日下午，白江茶文化研究会第三次会员代表大会暨三届二次理事会议以通信(含书面)方式召开，会长李明讲话。',
    );
    expect(f.title).toBe('白江茶文化研究会第三次会员代表大会暨三届二次理事会议');
  });

  it('reads who held it in some way', () => {
    const f = facts(
      '4月26日，白江省商务厅、白江省贸促会、白江省知识产权局等单位以线上线下结合方式共同举办2021白江知识产权应用大会，副厅长李明致辞。',
    );
    expect(f.organizers).toEqual(['白江省商务厅', '白江省贸促会', '白江省知识产权局']);
  });

  it('reads a final that closes', () => {
    const f = facts(
      '12月8日，由白江电子商务中心主办的“白江工匠杯”第四届白江电商讲师大赛全国总决赛在白江精彩收官，主任李明致辞。',
    );
    expect(f.title).toBe('“白江工匠杯”第四届白江电商讲师大赛全国总决赛');
  });

  it('keeps a bracketed place written twice', () => {
    const f = facts(
      '10月23日上午，2014海峡(白江)渔业周暨第七届海峡(白江)渔业博览会签约仪式在白江会展中心举行，局长李明讲话。',
    );
    expect(f.title).toBe('2014海峡（白江）渔业周暨第七届海峡（白江）渔业博览会签约仪式');
  });

  it('drops 活动 after a gathering named by its kind', () => {
    const f = facts('1月12日，“喜迎新春”迎新春联欢会活动在白江市举行，白江市房产管理局局长李明致辞。');
    expect(f.title).toBe('“喜迎新春”迎新春联欢会');
  });
});

describe('round 114: dates', () => {
  it('keeps the dispatch’s month for its own day', () => {
    const f = facts(
      '【白江报2015年02月26日讯】（白江报记者李明白江报导）白江林区管理处26日于白江森林公园举办植树月启动活动，处长王红致辞。\n植树月期间(3月2日至3月31日)每天上午开放。',
    );
    expect(f.startDate).toBe('2015-02-26');
  });

  it('takes the year a name opens with when it is the page’s', () => {
    const f = read(
      '11月14日至17日，由白江茶叶学会主办的2017白江茶业科技年会在白江举行，会长李明致辞。',
      'http://example.org/page/2017/0323/1.shtml',
    );
    expect(f.startDate).toBe('2017-11-14');
  });
});

describe('round 114: outlets', () => {
  const lead = '3月5日，白江市林学会第二次会员大会在白江举行，会长李明致辞。';

  it('reads a source in square brackets', () => {
    expect(facts(`白江林学会召开大会\n来源:[ 白江日报]   2016-06-03 09:16:04 作者:\n${lead}`).outlet).toBe('白江日报');
  });

  it('reads where the author’s field says it was taken from', () => {
    const f = facts(
      `白江林学会召开大会\n时间:2017-06-01 12:00:01 作者:转载自白江省林业厅网站 责编: 点击:808 次\n${lead}`,
    );
    expect(f.outlet).toBe('白江省林业厅网站');
  });

  it('reads the writer’s body in a field of its own', () => {
    const f = facts(`白江林学会召开大会\n发布日期:2021-05-06 10:18 作者:郑小明 单位:白江省林业局 浏览次数:\n${lead}`);
    expect(f.outlet).toBe('白江省林业局');
  });

  it('reads the body between bars after a time stamp', () => {
    expect(facts(`白江林学会召开大会\n2019-01-21 10:53:19 |  白江省住房和城乡建设厅 | \n${lead}`).outlet).toBe(
      '白江省住房和城乡建设厅',
    );
  });
});
