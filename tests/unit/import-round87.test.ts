/**
 * Round 87 of the importer (stop 49), written from the misses of QW to RD after their honest runs (rounds 85 and 86
 * changed one outlet of them): info fields run on into the first paragraph; a Chinese quote closed by an ASCII one;
 * no event name from 还有…, 第二天的议程…, or a clause about a series' edition; a photo's credit, 任命 and 我市 before a
 * post; a day after the page's date in the year the event's name gives; 此届; a day between the organizers and 主办;
 * 合作举办 and 等单位; 联办 after the organizers. On text written for the test (no sentence of any real report is
 * copied here).
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, factsOf, people } from '../support/import.ts';

describe('round 87: the page and its dates', () => {
  it('reads info fields run on into the first paragraph, and the paragraph', () => {
    const f = factsOf(
      'http://example.cn/2018/a_0827/840.html\n白江教育社二届社员大会开幕\n时间:2018-08-27 14:34:24 来源:白江传统文化教育学会 作者:木铎 白江教育社于1921年由三家社团合并成立，推进教育调查，是当时最大的教育社团。\n2018年8月26日，白江教育社二届社员大会在白江开幕。\n',
    );
    expect(f.outlet).toBe('白江传统文化教育学会');
    expect(f.published).toBe('2018-08-27 14:34:24');
    expect(f.startDate).toBe('2018-08-26');
  });

  it('dates a day after the page was put up in the year the event’s name gives, the year before', () => {
    const f = factsOf(
      'https://example.org/a.html\n发布时间：2024-11-15 01:22:02\n白江网 武汉12月16日电 （甲乙）第三届白江医院大会暨2023白江省医院大会16日在武汉开幕，1600余人与会。\n',
    );
    expect(f.startDate).toBe('2023-12-16');
  });
});

describe('round 87: event names', () => {
  it('reads a name whose Chinese opening quote an ASCII one closes', () => {
    expect(factsOf('第四届“白江两岸慈善论坛"于2018年1月15日至17日在白江科学馆隆重举行，嘉宾云集。\n').title).toBe(
      '第四届“白江两岸慈善论坛”',
    );
  });

  it('takes no name from the meetings held alongside, a day’s programme, or the series’ edition', () => {
    expect(
      eventTitle([
        '2013年12月26日，“2013白江服装大会”在白江宾馆召开，同期召开的还有白江服装行业协会四届三次理事会及白江服装行业协会2013年年会。',
      ]),
    ).toBe('2013白江服装大会');
    expect(eventTitle(['第二天的议程从信仰讲座展开，由白江医院院长分享灵性关怀的力量。'])).toBeUndefined();
    expect(
      eventTitle(['由白江集团公益信托主办的「白江善奖」在今年迈入第四届，22日于白江酒店举办隆重的颁奖典礼。']),
    ).not.toMatch(/在今年|迈入/);
  });
});

describe('round 87: posts', () => {
  it('leaves a photo’s credit, 任命 and 我市 out of the post', () => {
    expect(people('白江省医院协会供图白江医院协会会长刘谦致辞。')).toEqual([['刘谦', '白江医院协会会长', '致辞']]);
    expect(people('会议任命白江师专教授牛志奎为秘书长。')[0]?.[1]).toBe('白江师专教授');
    expect(people('我市白江中学董事长叶林平出席会议。')).toEqual([['叶林平', '白江中学董事长', '出席']]);
  });
});

describe('round 87: organizers', () => {
  it('reads who held 此届年会', () => {
    const f = factsOf(
      '第一届白江知识产权学术年会在北京召开，专家学者百余人参会。\n此届年会由白江知识产权研究会主办。\n',
    );
    expect(f.organizers).toEqual(['白江知识产权研究会']);
  });

  it('reads the organizers before the day and 主办, without the vague rest of the list', () => {
    const f = factsOf(
      '白江师范大学教育学系、白江教育学会及多个教育学术团体今（22）日主办白江教育学术团体联合年会，与会者讨论了生源减少的问题。\n',
    );
    expect(f.organizers).toEqual(['白江师范大学教育学系', '白江教育学会']);
  });

  it('reads bodies that held it together (合作举办), past those that guided it and the count closing the list', () => {
    const f = factsOf(
      '白江社工表扬大会今天举行，三百余人与会。\n活动由白江市政府、乙县政府共同指导，并由白江市社工师公会、乙县社工师公会、乙县社会工作者协会等单位合作举办，会中颁奖表扬绩优人员。\n',
    );
    expect(f.organizers).toEqual(['白江市社工师公会', '乙县社工师公会', '乙县社会工作者协会']);
    expect(f.supporters).toEqual(['白江市政府', '乙县政府']);
  });

  it('reads 联办 after the organizers as a co-organizer’s part, not part of its name', () => {
    const f = factsOf(
      '2016年白江省药学大会在白江召开，药师千余人参会。\n此次大会由白江省药学会主办，白江市药学会联办，白江制药股份有限公司协办。\n',
    );
    expect(f.organizers).toEqual(['白江省药学会']);
    expect(f.coOrganizers).toEqual(['白江市药学会', '白江制药股份有限公司']);
  });
});
