/**
 * Round 77 of the importer (stop 46). Written from what two readers of the same reports agreed on and the importer
 * did not read (a second reading of the blind sets OC to OJ), and kept only where it gained across all the blind sets at
 * once, not on one wave: a body's welcoming or founders' meeting named only by its kind, an award's ceremony, sentences
 * that go on about the meeting just named; bodies parted by commas before 举办的, and 联办; a page's lone time stamp, 腾讯's
 * dated addresses, a month and day with the address's year, the year a yearly meeting reviewed. On text written for the
 * test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { readDates, yearReview } from '../../src/lib/import/facts/dates.ts';
import { readOrganizers } from '../../src/lib/import/facts/organizers.ts';
import { dateFromUrl } from '../../src/lib/import/facts/source.ts';
import { eventTitle, factsOf } from '../support/import.ts';

describe('round 77: event names', () => {
  it('puts the convening body in front of a festive meeting named only by its kind', () => {
    expect(eventTitle(['1月19日，白江区调解协会举办迎新年会，全区调解员欢聚一堂。'])).toBe('白江区调解协会迎新年会');
    expect(eventTitle(['1月26日，白江市舞蹈协会隆重举办2019年迎新春会员大会暨颁奖典礼，会员300多人参会。'])).toBe(
      '白江市舞蹈协会2019年迎新春会员大会暨颁奖典礼',
    );
  });

  it('names a ceremony that only gave awards after the award the sentence quotes', () => {
    expect(eventTitle(['昨日，白江雕塑学会正式授予李青山“白江雕塑终身成就奖”，颁奖典礼在青山举行。'])).toBe(
      '白江雕塑终身成就奖颁奖典礼',
    );
  });

  it('reads a name across a way of holding it written with quotes', () => {
    expect(eventTitle(['近日，白江开发区协会产业专业委员会成立大会，通过“线上线下”相结合的方式在青山召开。'])).toBe(
      '白江开发区协会产业专业委员会成立大会',
    );
  });

  it('puts a centre in front of its own anniversary dinner, said to be grand', () => {
    expect(eventTitle(['白江调解中心于2021年5月8日晚举行了盛大的30周年晚宴，到场嘉宾逾百人。'])).toBe(
      '白江调解中心30周年晚宴',
    );
  });

  it('leaves out 的 before a ceremony', () => {
    expect(eventTitle(['10月8日，“青山杯”2020年白江青少年舞蹈网络大奖赛的云端开幕式及决赛在线上举行。'])).toBe(
      '“青山杯”2020年白江青少年舞蹈网络大奖赛云端开幕式及决赛',
    );
  });

  it('takes no phrase of degree for a name', () => {
    expect(eventTitle(['白江糕点展也是本地首回举办如此高规格媲美奥运比赛的国际赛事。']) ?? '').not.toMatch(/如此/);
  });

  it('keeps the meeting of the first sentence when the sentences about it come after some background', () => {
    expect(
      eventTitle([
        '2015年11月14日，白江市画家协会一届二次理事会顺利召开。',
        '本次会议回顾了协会一年来的工作。',
        '协会自今年6月成立以来，团结了一大批人才。',
        '本次会议到会理事达40余人。',
        '会议由常务副主席王青山主持，主席李小河发表讲话。',
        '协会发展很快，在9月22日召开的一届三次常务理事扩大会上，名誉主席张青亲临会场，发表讲话。',
      ]),
    ).toBe('白江市画家协会一届二次理事会');
  });

  it('leaves a welcoming forum or contest its own name', () => {
    expect(eventTitle(['3月2日，“迎新春”白江书画大赛在青山举行。'])).toBe('“迎新春”白江书画大赛');
    expect(eventTitle(['1月5日，白江市书法协会举办迎新春书画大赛，百余人参加。'])).toBe('迎新春书画大赛');
  });
});

describe('round 77: organizers', () => {
  const title = '白江社会工作研讨会';
  it('reads bodies parted by commas before 举办的', () => {
    const s = `7月13日，由白江社会工作教育协会，青山大学社会工作系，白江社会工作协会举办的${title}在青山召开。`;
    expect(readOrganizers([s], { sentence: s, title }, []).organizers).toEqual([
      '白江社会工作教育协会',
      '青山大学社会工作系',
      '白江社会工作协会',
    ]);
  });

  it('reads bodies that 联办 an event as its organizers', () => {
    const s = `${title}由白江体育舞蹈协会及青山舞蹈学院联办，吸引了三百名选手。`;
    expect(readOrganizers([s], { sentence: s, title }, []).organizers).toEqual(['白江体育舞蹈协会', '青山舞蹈学院']);
  });

  it('reads no list when an item between the commas is no body', () => {
    const s = `7月13日，由于天气炎热，青山大学举办的${title}改在室内召开。`;
    // (Since stop 50 the body that 举办的 names is read as the one that held it; the clause before it is no body.)
    expect(readOrganizers([s], { sentence: s, title }, []).organizers).toEqual(['青山大学']);
  });
});

describe('round 77: dates', () => {
  it('reads a day and time on a line of its own between the caption and the article as the page’s time', () => {
    const facts = factsOf(
      [
        'https://news.example.com.tw/news/life/1915093',
        '为达最佳浏览效果，建议使用 Chrome、Firefox 的浏览器。',
        '',
        '限制级',
        '本则新闻仅限成年读者阅读。',
        '依据相关分级办法，本站已在首页标示分级，未成年读者请勿浏览，以维护身心的健康成长。',
        '',
        '帮旅人找家 白江民宿协会成立',
        '',
        '由白江县政府辅导成立的白江县民宿协会，今日上午在青山的一处民宿召开成立大会，许多业者都来了。',
        '',
        '由白江县政府辅导成立的白江县民宿协会，今日上午在青山的一处民宿召开成立大会，许多业者都来了。',
        '',
        '2016/12/12 20:42',
        '',
        '〔记者王青山/白江报导〕白江县政府全力拼观光，由县府辅导的白江县民宿协会今天上午在青山民宿举行成立大会，县长李小河出席。',
        '',
        '李小河表示，透过协会成立，盼能带动白江的观光发展，让更多旅客走进乡村。',
      ].join('\n'),
    );
    expect(facts.published).toBe('2016-12-12 20:42');
    expect(facts.startDate).toBe('2016-12-12');
  });

  it('reads the day in 腾讯’s article addresses, and only there', () => {
    expect(dateFromUrl('https://news.qq.com/rain/a/20250115A04JIK00')).toBe('2025-01-15');
    expect(dateFromUrl('https://news.example.com/rain/a/20250115A04JIK00')).toBeUndefined();
  });

  it('dates a page by a month and day it gives, in the year its address holds', () => {
    const facts = factsOf(
      'URL: https://m.news.example.com/china/201912/50-574771.html\n白江舞蹈联合会总部落户青山\n日期：12-28\n昨日，白江舞蹈联合会总部落户青山签约仪式在青山举行，会长王青山出席。\n',
    );
    expect(facts.published).toBe('2019-12-28');
    expect(facts.startDate).toBe('2019-12-27');
  });

  it('takes the year a yearly meeting reviewed, or planned, when nothing else gives one', () => {
    const title = '白江园区协会第三届第五次会员大会';
    const december = [
      '12月30日至31日，白江园区协会第三届第五次会员大会在青山召开。',
      '会议审议通过了协会2024年度工作报告。',
    ];
    expect(readDates(december, { title, review: yearReview(december) })).toMatchObject({ start: '2024-12-30' });
    const may = [
      '5月25日，白江企业联合会第十届第二次会员代表大会在青山召开。',
      '会议总结了2022年工作，部署了2023年工作。',
    ];
    expect(readDates(may, { review: yearReview(may) })).toMatchObject({ start: '2023-05-25' });
    // A review alone in spring may be of either year: no year.
    const spring = ['5月25日，白江企业联合会会员大会在青山召开。', '会议审议通过了2022年度工作报告。'];
    expect(readDates(spring, { review: yearReview(spring) }).start).toBeUndefined();
  });
});
