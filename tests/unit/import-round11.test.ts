/**
 * Round 11 of the importer (development set AE): each rule on sentences written for the test, in the shapes the
 * reports use (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { people, report } from '../support/import.ts';
import { findAffiliations } from '../../src/lib/import/affiliations.ts';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { readEvent } from '../../src/lib/import/facts/event.ts';
import { ownMeeting } from '../../src/lib/import/facts/organizers.ts';

describe('round 11: event names', () => {
  it('reads a launch ceremony (启动仪式) as the subject of 举行, not cut after 启动', () => {
    expect(readEvent(['2月1日，青禾基金会与白江基金会战略合作启动仪式在青禾举行。'])?.title).toBe(
      '青禾基金会与白江基金会战略合作启动仪式',
    );
  });

  it('puts the body before its annual meeting (年度…), which it holds as its own', () => {
    expect(readEvent(['昨日下午，青禾社会组织促进会在青禾文化馆举行年度总结表彰大会。'])?.title).toBe(
      '青禾社会组织促进会年度总结表彰大会',
    );
    expect(ownMeeting('青禾社会组织促进会', '青禾社会组织促进会年度总结表彰大会')).toBe(true);
  });

  it('leaves out a theme written without quotes, even with a comma in it', () => {
    const sentence =
      '10月16日，由青禾基金会主办的以合作共赢，促进基金会健康发展为主题的青禾基金会片区协作会在白江召开。';
    expect(readEvent([sentence])?.title).toBe('青禾基金会片区协作会');
  });

  it('reads the meeting a speech was given at (在某会员大会上，…)', () => {
    const lines = [
      '昨天上午，青禾市志愿者联合会正式成立。',
      '在市志愿者联合会会员大会上，副市长周明远要求深入开展多种形式的志愿服务活动。',
    ];
    expect(readEvent(lines)?.title).toBe('市志愿者联合会会员大会');
  });

  it('leaves out how a meeting was held (透过某平台线上, 以视频方式)', () => {
    expect(readEvent(['10月23日，青禾研究中心2021年年会透过青禾平台线上举行。'])?.title).toBe('青禾研究中心2021年年会');
    expect(readEvent(['5月6日，青禾市社会组织工作会议以视频方式召开。'])?.title).toBe('青禾市社会组织工作会议');
  });

  it('reads who organized what people came to (参加某局组织的某座谈会), not as part of its name', () => {
    const facts = extractFacts(
      report(['4月3日，各地商会会长参加市工商联组织的异地商会座谈交流会。副市长周明远主持。']),
    );
    expect(facts.title).toBe('异地商会座谈交流会');
    expect(facts.organizers).toEqual(['市工商联']);
  });
});

describe('round 11: people and their organizations', () => {
  it('reads the first names of those who won an award (甲等10人获得…奖)', () => {
    expect(people('王五等10人获得社会组织年度人物奖，李四等人获得特殊贡献奖。')).toEqual([
      ['王五', '', '受奖'],
      ['李四', '', '受奖'],
    ]);
  });

  it('finds 政协 and 人大 as organizations of a post', () => {
    expect(findAffiliations('市政协副主席、市工商联主席', []).map((a) => a.name)).toEqual(['市政协', '市工商联']);
    expect(findAffiliations('全国人大代表', []).map((a) => a.name)).toEqual(['全国人大']);
  });
});

describe('round 11: party committees, keynote sections and a day in the lead', () => {
  it('finds a level’s party committee of two characters (区委常委 → 区委), and no other two-character body', () => {
    expect(findAffiliations('区委常委、政法委书记', []).map((a) => a.name)).toEqual(['区委', '区委政法委']);
    expect(findAffiliations('市委常委', []).map((a) => a.name)).toEqual(['市委']);
    expect(findAffiliations('党委书记', [])).toEqual([]);
  });

  it('reads the talks under a 主题报告 heading as keynotes', () => {
    const got = people('主题报告', '白江大学教授周明远以《社区治理的新路径》为题作报告。');
    expect(got).toEqual([['周明远', '白江大学教授', '主旨演讲']]);
  });

  it('dates a report by its lead when the key sentence gives no day, unless it says 日前', () => {
    const lines = [
      '昨天（11月28日）上午，青禾市志愿者联合会正式成立。',
      '在市志愿者联合会会员大会上，副市长周明远讲话。',
    ];
    expect(extractFacts(report(lines, { meta: { published: '2016-11-29' } })).startDate).toBe('2016-11-28');
    const recently = ['白江日报2016年11月28日讯', '青禾市志愿者联合会会员大会日前召开，副市长周明远讲话。'];
    expect(extractFacts(report(recently, { meta: { published: '2016-11-29' } })).startDate).toBeUndefined();
  });
});
