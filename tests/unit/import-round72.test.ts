/**
 * Round 72 of the importer (stop 44, from what the blind sets MO to MV, collected this stop and measured at f5fc330
 * before any change, read wrong): the curtain's 序幕, a clock time after the day, a body's meeting named by its kind
 * after 成功召开 or with a Taiwan year, 同期 with a page's spaces, the congress listed after a board's sitting, the
 * places in brackets after a name, a numbered award with its own quoted name, a meeting held by video; organizers
 * of an event referred to as 本届某某活动 and of a list closed by its count; closing signatures, a site's follow-us
 * line and a paper's label as outlets; a year's review held the next spring; rank-prefixed titles, customs and Taiwan's
 * vice-ministers, and what people were among before their posts. On text written for the test (no sentence of any real
 * report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/lib/import/facts/dates.ts';
import { eventTitle, factsOf, people } from '../support/import.ts';

describe('round 72: event names', () => {
  it('reads an event whose curtain rose (拉开序幕), and a day given with its clock time', () => {
    expect(eventTitle(['5日，2024白江国际轨道交通展览会暨高峰论坛在青山国际博览中心正式拉开序幕。'])).toBe(
      '2024白江国际轨道交通展览会暨高峰论坛',
    );
    expect(eventTitle(['2013白江自动化大会于11月7日上午8:30在青山大酒店隆重开幕。'])).toBe('2013白江自动化大会');
  });

  it('gives a meeting named by its kind the body that held it (成功召开, a Taiwan year, a 分会)', () => {
    expect(eventTitle(['白江渔船协会修造分会日前成功召开会员大会。'])).toBe('白江渔船协会修造分会会员大会');
    expect(eventTitle(['白江轨道学会于112年7月25日（星期二）假交通部会议厅举行112年度会员大会。'])).toBe(
      '白江轨道学会112年度会员大会',
    );
    expect(eventTitle(['11月11日晚，小城镇规划分会在青山召开了2023年分会工作会议暨换届会议。'])).toBe(
      '小城镇规划分会2023年分会工作会议暨换届会议',
    );
  });

  it('weighs less what was held 同期 even where the page spaced its digits, and takes the first of 以及', () => {
    expect(
      eventTitle([
        '10 月 30 日，白江医学会主办的第二届青山康复高峰论坛在大坪成功召开。',
        '同期还召开了 2015 年白江康复学术年会。',
      ]),
    ).toBe('第二届青山康复高峰论坛');
    expect(eventTitle(['3日，2024白江轨道交通展览会暨高峰论坛以及首届白江轨道交通科普展示会在青山正式开幕。'])).toBe(
      '2024白江轨道交通展览会暨高峰论坛',
    );
  });

  it('takes the members’ congress listed after the board’s sitting', () => {
    expect(
      eventTitle(['12月27日下午，白江登山协会顺利召开了第二届理事会第六次会议、第二届会员代表大会第三次会议。']),
    ).toBe('白江登山协会第二届会员代表大会第三次会议');
  });

  it('leaves out the places listed in brackets, a site’s [tag], and 视频会议', () => {
    expect(eventTitle(['由白江学会主办的第11届白江机电研讨会（广州、香港）在青山大学隆重开幕。'])).toBe(
      '第11届白江机电研讨会',
    );
    expect(eventTitle([], '[体育中心]白江登山协会第二届会员代表大会第三次会议顺利召开')).toBe(
      '白江登山协会第二届会员代表大会第三次会议',
    );
    expect(eventTitle(['1月13日，白江市组织召开篮球协会成立大会暨首次会员大会视频会议。'])).toBe(
      '篮球协会成立大会暨首次会员大会',
    );
  });

  it('does not put the convener in front of a numbered award with its own quoted name', () => {
    expect(eventTitle(['白江人工智能学会23日在青山召开2017第七届“李青山人工智能科学技术奖”颁奖盛典。'])).toBe(
      '2017第七届“李青山人工智能科学技术奖”颁奖盛典',
    );
  });

  it('reads the name after a dispatch whose reporter lost the opening bracket', () => {
    expect(
      eventTitle(['白江新闻网7月3日电王小明）白江省自动化学会第十次会员代表大会于5月8日下午在青山大学成功召开。']),
    ).toBe('白江省自动化学会第十次会员代表大会');
  });
});

describe('round 72: organizers and outlets', () => {
  it('reads who organized 本届某某活动 before its theme, and the last of a list closed by its count', () => {
    const facts = factsOf(
      [
        'URL: unknown',
        '',
        '白江科普日主场活动在青山举行',
        '9月21日，白江科普日主场活动暨“青山大讲堂”开讲仪式在白江博物馆举办。',
        '本届科普日活动以“科技创新，白江为民”为主题，由白江铁道学会和白江博物馆联合主办，通过举办“青山大讲堂”报告会等形式普及知识。',
        '白江铁道学会理事长李青山致辞。',
      ].join('\n'),
    );
    expect(facts.organizers).toEqual(['白江铁道学会', '白江博物馆']);
    const listed = factsOf(
      [
        'URL: unknown',
        '',
        '12月18日，由白江科学技术协会、白江自动化学会、青山理工大学、青山工业大学等12多个单位联合主办的第3届白江机电研讨会在青山隆重开幕。',
        '白江自动化学会理事长李青山主持。',
      ].join('\n'),
    );
    expect(listed.organizers).toEqual(['白江科学技术协会', '白江自动化学会', '青山理工大学', '青山工业大学']);
  });

  it('reads the body signing the article’s last line, a follow-us line and a paper’s label', () => {
    const signed = factsOf(
      'URL: unknown\n\n白江研讨会成功召开\n12月18日，白江研讨会在青山开幕，我会理事长李青山主持。\n下午，代表们参观了一家工厂。\n白江省自动化学会',
    );
    expect(signed.outlet).toBe('白江省自动化学会');
    const caption = factsOf(
      'URL: unknown\n\n白江年会召开\n12月18日，白江年会在青山开幕，理事长李青山主持。\n会议期间，代表们参观了一家工厂。\n白江造纸协会',
    );
    expect(caption.outlet).toBeUndefined();
    const follow = factsOf(
      'URL: unknown\n\n白江修船分会召开会员大会\n白江修船分会近日召开会员大会，副主任委员李青山主持。\n白江船舶网微信公众号',
    );
    expect(follow.outlet).toBe('白江船舶网');
    const paper = factsOf(
      'URL: unknown\n青山大学\n\n2025-05-15\n报刊:青山大学报\n\n放大 缩小 默认\n第八届白江物理学术会议在我校举行\n5月10日，第八届白江物理学术会议在我校举行，校长李青山致辞。',
    );
    expect(paper.outlet).toBe('青山大学报');
  });
});

describe('round 72: dates and people', () => {
  it('puts a year’s review held in spring in the next year', () => {
    expect(
      readDates(['3月26日，白江篮球协会2020年度工作总结会在青山召开。'], { title: '白江篮球协会2020年度工作总结会' }),
    ).toMatchObject({ start: '2021-03-26' });
  });

  it('reads rank-prefixed titles, a customs house’s head and Taiwan’s vice-ministers', () => {
    expect(people('白江铁路局科技与法制司王小明二级巡视员、白江集团科信部李青山副主任在会上致辞。')).toEqual([
      ['王小明', '白江铁路局科技与法制司二级巡视员', '致辞'],
      ['李青山', '白江集团科信部副主任', '致辞'],
    ]);
    expect(people('白江海关关长李青山出席会议。')).toEqual([['李青山', '白江海关关长', '出席']]);
    expect(people('交通部政务次长王小明出席。')).toEqual([['王小明', '交通部政务次长', '出席']]);
  });

  it('leaves out what people were among, or did for the event, before their posts', () => {
    const read = people('出席的数学家有白江科学院院士王小明，政府官员有白江省副省长李青山，赞助者青山集团总裁张大为。');
    expect(read.map(([name, position]) => [name, position])).toEqual([
      ['王小明', '白江科学院院士'],
      ['李青山', '白江省副省长'],
      ['张大为', '青山集团总裁'],
    ]);
  });

  it('reads a three-character name with a rare surname that 等 closes after a short post', () => {
    expect(people('会上，白江登山协会会长李青山、秘书长谈晓平等分别作了发言。')).toEqual([
      ['李青山', '白江登山协会会长', '发言'],
      ['谈晓平', '秘书长', '发言'],
    ]);
  });
});
