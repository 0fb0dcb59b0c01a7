/**
 * Round 91 of the importer (stop 50), from the misses of the first seven sets of stop 50's wave (RU to SA) after their
 * honest run: outlets named by 转自, by a site's tag with its address, or by a 来源 label run on into the article; a
 * portal named as where a piece was taken from; meetings that review or weigh something (评审会, 论证会); lists of
 * names a verb fills posts with (聘请甲、乙…为顾问, `…等为副秘书长`, `为本届顾问`), a board's 主席团 and a 驻会 note. On
 * text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;
const lead = '2021年3月1日，白江市书法家协会第三届会员代表大会在白江召开，会长李明致辞。';

describe('round 91: outlets', () => {
  it('reads the outlet 转自 names', () => {
    expect(facts(`${lead}\n转自:白江文艺参考`).outlet).toBe('白江文艺参考');
  });

  it('reads a site’s name from its tag with its address, a line of its own', () => {
    expect(facts(`【白江在线 www.baijiang.cn】\n${lead}`).outlet).toBe('白江在线');
  });

  it('reads a 来源 label run on into the article’s first sentence', () => {
    const f = facts(
      '白江论坛举行\n2009-11-20 00:57 来源: 白江市人民政府公众信息网由白江广告协会主办的首届白江广告高层论坛昨日在白江举行。',
    );
    expect(f.outlet).toBe('白江市人民政府公众信息网');
    expect(f.title).toBe('首届白江广告高层论坛');
  });

  it('takes no portal a piece was taken from as its outlet', () => {
    expect(facts(`${lead}\n转自: 新浪->国内新闻 |`).outlet).toBeUndefined();
  });

  it('stops a 来源 value at a question mark a converter left', () => {
    expect(facts(`白江大会举行\n2016-11-23 14:01:04来源:白江房产网？?白江房产网讯 ${lead}`).outlet).toBe('白江房产网');
  });
});

describe('round 91: meetings that review or weigh something', () => {
  it('reads 评审会 and 论证会 as events, so the report is not refused', () => {
    expect(facts('6月24日，白江市召开白江古镇地名认定专家评审会。白江市民政局请来专家与会。').title).toBe(
      '白江古镇地名认定专家评审会',
    );
    expect(facts('5月8日，白江市召开青山水库扩建工程专家论证会。').title).toBe('青山水库扩建工程专家论证会');
  });
});

describe('round 91: lists a verb fills posts with', () => {
  const people = (s: string) => facts(`${lead}\n${s}`).people.map((p) => `${p.name}：${p.position ?? ''}`);

  it('reads a 聘请 list where most names have a surname the reader knows', () => {
    expect(people('大会聘请修明华、孙立新、项春生、栾小燕、苑国强为顾问。')).toEqual(
      expect.arrayContaining(['修明华：顾问', '孙立新：顾问', '项春生：顾问', '栾小燕：顾问', '苑国强：顾问']),
    );
  });

  it('reads 等 before 为 and the term before the post', () => {
    expect(people('大会聘请沈一、陈二、吴三等为副秘书长，丁德明、李平秋为本届顾问。')).toEqual(
      expect.arrayContaining([
        '沈一：副秘书长',
        '陈二：副秘书长',
        '吴三：副秘书长',
        '丁德明：本届顾问',
        '李平秋：本届顾问',
      ]),
    );
  });

  it('reads an elected post inside a board’s 主席团, and a name with 驻会 after it', () => {
    const got = people('于浮生、王刚(驻会)、王殿云当选为市曲协第五届主席团副主席。').filter(
      (p) => !p.startsWith('李明'),
    );
    expect(got.map((p) => p.split('：')[0])).toEqual(['于浮生', '王刚', '王殿云']);
    expect(got.every((p) => p.endsWith('副主席'))).toBe(true);
  });
});
