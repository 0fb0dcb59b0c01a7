/**
 * Round 175 (stop 67), from the wave SY2 to TF2: a body's or an event's initials in Latin letters in brackets after its
 * name (`由某协会(IALB)主办`, `第九届某会议(ABAA9)`), how many days it ran before the name (`一连四天的`), a political
 * consultative conference's 议政会, 莅会 as attending, a Taiwanese byline's box-drawing slash (`某报／ 记者甲╱台北报导`),
 * a government page's 发稿单位, and `本港讯`, `来源：互联网综合` as no outlet. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { readByline } from '../../src/lib/import/facts/source.ts';
import { reportFacts } from '../support/import.ts';

describe('round 175', () => {
  it('reads an organizer and an event with their Latin initials in brackets', () => {
    const f = reportFacts(
      '发布时间：2016-10-21\n10月17日，由国际白江协会(IALB)主办、青禾市政府承办的第九届国际白江会议(ABAA9)在青禾市举行。',
    );
    expect(f.title).toBe('第九届国际白江会议');
    expect(f.organizers).toEqual(['国际白江协会']);
  });

  it('leaves how many days it ran out of the name', () => {
    const f = reportFacts(
      '发布时间：2023-04-13\n一连四天的「二〇二三白江嘉年华」12日在白江会展中心开幕，白江协会会长李青禾致辞。',
    );
    expect(f.title).toBe('二〇二三白江嘉年华');
  });

  it('reads a 专题议政会 as an event', () => {
    const f = reportFacts('发布时间：2014-09-20\n9月19日，白江市政协召开推进青禾服务体系建设专题议政会。');
    expect(f.title).toBe('推进青禾服务体系建设专题议政会');
  });

  it('reads those who 莅会 as attending', () => {
    const f = reportFacts(
      '发布时间：2017-05-13\n12日，第二届白江论坛举办，白江学会会长李青禾、青禾大学党委书记王白山等官员和嘉宾莅会。',
    );
    expect(f.people.map((p) => [p.name, p.role])).toEqual([
      ['李青禾', '出席'],
      ['王白山', '出席'],
    ]);
  });

  it('reads the outlet of a byline with a box-drawing slash', () => {
    expect(readByline(['白江醒报／ 记者罗青禾╱台北报导'])?.outlet).toBe('白江醒报');
  });

  it('reads a 发稿单位 as the outlet, and 本港讯 and 互联网综合 as none', () => {
    expect(
      reportFacts(
        '白江召开青禾会议\n发稿单位:白江防救办公室\n发稿日期:112年6月29日\n白江市政府于昨(28)日召开青禾工作会议。',
      ).outlet,
    ).toBe('白江防救办公室');
    expect(reportFacts('本港讯 （特约记者 李青禾）2010年4月1日，白江镇举行青禾誓师大会。').outlet).toBeUndefined();
    expect(
      reportFacts('来源：互联网综合 责任编辑：白江\n2023年12月9日，第三届白江大赛总决赛在青禾举行。').outlet,
    ).toBeUndefined();
  });
});
