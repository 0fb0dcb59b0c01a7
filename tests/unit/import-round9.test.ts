/**
 * Round 9 of the importer (development set AC): each rule on sentences written for the test, in the shapes the
 * reports use (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { report } from '../support/import.ts';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { closeDateGaps } from '../../src/lib/import/facts/dates.ts';
import { readDocuments } from '../../src/lib/import/facts/documents.ts';
import { readEvent, withConvener } from '../../src/lib/import/facts/event.ts';
import { readConvener } from '../../src/lib/import/facts/organizers.ts';
import { readPeople } from '../../src/lib/import/facts/people.ts';
import { readByline } from '../../src/lib/import/facts/source.ts';

describe('round 9: event names without a classic event word', () => {
  it('reads a board session numbered by term and sitting as a meeting, with its convener', () => {
    expect(readEvent(['2023年5月6日，青禾市助学基金会在青禾宾馆召开二届三次理事会。会长周明远主持会议。'])?.title).toBe(
      '青禾市助学基金会二届三次理事会',
    );
    expect(readEvent(['6月2日，青禾市助学基金会一届九次暨二届一次理事会在京召开，周明远出席会议。'])?.title).toBe(
      '青禾市助学基金会一届九次暨二届一次理事会',
    );
    // The board that held something is no event; a board that is all that was held is its meeting (round 33).
    expect(readEvent(['3月2日，青禾市助学基金会理事会在青禾宾馆召开年度工作会议。'])?.title).not.toBe(
      '青禾市助学基金会理事会',
    );
    expect(readEvent(['青禾市助学基金会理事会在青禾宾馆举行。'])?.title).toBe('青禾市助学基金会理事会');
  });

  it('reads an opening ceremony of a course (开班式) and a dinner (晚宴, 餐会) as events', () => {
    expect(readEvent(['3月8日上午，青禾市青年企业家研修班开班式在青禾大学举行。周明远出席开班式。'])?.title).toBe(
      '青禾市青年企业家研修班开班式',
    );
    expect(readEvent(['青禾商会於3月8日(星期二)举行“第十届理事就职晚宴”。周明远出席。'])?.title).toBe(
      '青禾商会第十届理事就职晚宴',
    );
  });

  it('puts the convener before a numbered name also when a time or a reporter’s tag stands between them', () => {
    const sentence = '【记者林小雨/青禾报道】青禾市爱心协会今(3/8)日晚上在青禾饭店举办第五届授证餐会。';
    expect(withConvener('第五届授证餐会', sentence)).toBe('青禾市爱心协会第五届授证餐会');
    expect(withConvener('第五届授证餐会', '青禾市爱心协会昨日在青禾饭店举办第五届授证餐会。')).toBe(
      '青禾市爱心协会第五届授证餐会',
    );
  });

  it('names a series by what stands before the dash when its parts are listed in quotes after it', () => {
    const event = readEvent([
      '5月3-4日，由青禾市人民政府主办的青禾商会成立50周年系列活动——“青禾投资洽谈会”“2019青禾商会论坛”在青禾市举办。',
    ]);
    expect(event?.title).toBe('青禾商会成立50周年系列活动');
    // The name as written keeps the parts: a year in them dates the series.
    const facts = extractFacts(
      report([
        '5月3-4日，由青禾市人民政府主办的青禾商会成立50周年系列活动——“青禾投资洽谈会”“2019青禾商会论坛”在青禾市举办。',
      ]),
    );
    expect(facts.startDate).toBe('2019-05-03');
  });
});

describe('round 9: convener and outlet', () => {
  it('skips a weekday after the date when reading the convener (never the weekday itself)', () => {
    expect(readConvener('青禾商会於3月8日(星期二)举行“第十届理事就职晚宴”。', '第十届理事就职晚宴')).toBe('青禾商会');
    expect(readConvener('3月8日(星期二)举行“第十届理事就职晚宴”。', '第十届理事就职晚宴')).toBeUndefined();
  });

  it('reads no outlet from a dateline fragment or from 本站, and drops a dateline’s opening bracket', () => {
    expect(readByline(['(青禾8日讯)青禾商会新一届理事昨日就职。'])?.outlet).toBeUndefined();
    expect(readByline(['【青禾网11月3日讯】青禾商会昨日召开年会。'])?.outlet).toBe('青禾网');
    const facts = extractFacts(report(['青禾商会召开2020年年会。'], { info: ['来源:本站'] }));
    expect(facts.outlet).toBeUndefined();
  });
});

describe('round 9: launches, swearing-in, dates with gaps, a stationed office', () => {
  it('reads a base unveiled and put into use, named as the headline names it', () => {
    const event = readEvent(
      ['8日，青禾市青年创业孵化基地正式揭牌启用。启动仪式上，三家企业签约入驻。'],
      '青年创业孵化基地揭牌启用',
    );
    expect(event?.title).toBe('青年创业孵化基地揭牌启用');
    // Without such a headline the ceremony is named from the sentence, as before.
    expect(readEvent(['8日，青禾市青年创业孵化基地正式揭牌启用。启动仪式上，三家企业签约入驻。'])?.title).toBe(
      '青禾市青年创业孵化基地揭牌启用仪式',
    );
  });

  it('reads the unveiling of a quoted office by visitors as the event', () => {
    expect(
      readEvent(['5月6日，市慈善会会长周明远一行赴杭考察，并为“青禾市驻杭州青禾商会联络站”揭牌。周明远出席仪式。'])
        ?.title,
    ).toBe('“青禾市驻杭州青禾商会联络站”揭牌仪式');
  });

  it('places an office stationed somewhere (驻) where it is stationed', () => {
    const facts = extractFacts(
      report(['5月6日，市慈善会会长周明远一行赴杭考察，并为“青禾市驻杭州青禾商会联络站”揭牌。周明远出席仪式。']),
    );
    expect(facts.place?.city).toBe('杭州市');
  });

  it('reads the swearing-in of a body’s officers as the event, and only of officers', () => {
    expect(readEvent(['(青禾8日讯)青禾同乡联合总会新届理事昨日宣誓就职，嘉宾有周明远。'])?.title).toBe(
      '青禾同乡联合总会新届理事宣誓就职',
    );
    expect(readEvent(['周明远昨日宣誓就职。'])).toBeUndefined();
  });

  it('closes the gaps a page leaves between digits and 年/月/日', () => {
    expect(closeDateGaps('2021 年4 月23 日，理事会召开')).toBe('2021年4月23日，理事会召开');
    expect(closeDateGaps('10月 10日至12日')).toBe('10月10日至12日');
    expect(closeDateGaps('共 5 名理事')).toBe('共 5 名理事');
  });
});

describe('round 9: date and place without an event sentence', () => {
  it('dates a report whose event is not named from its lead sentences, never from the day of the import', () => {
    const facts = extractFacts(
      report(['青禾同乡会的会员们3月4日一早来到青禾山植树，周明远说，这是第十年了。'], {
        meta: { url: 'https://example.org/news/2021/0306/1.html' },
      }),
    );
    expect(facts.title).toBeUndefined();
    expect(facts.startDate).toBe('2021-03-04');
    // No day in the lead: the date stays a TODO.
    const none = extractFacts(report(['青禾同乡会的会员们一早来到青禾山植树，周明远说，这是第十年了。']));
    expect(none.startDate).toBeUndefined();
    expect(none.todos.some((t) => t.field === 'startDate')).toBe(true);
  });

  it('reads the convener written before 於/于 and the date', () => {
    expect(readConvener('青禾商会於3月8日举行“第十届理事就职晚宴”。', '第十届理事就职晚宴')).toBe('青禾商会');
    // Without 於 since round 171 (stop 66), when what stands before the day is a body; never a person.
    expect(readConvener('青禾商会3月8日举行“第十届理事就职晚宴”。', '第十届理事就职晚宴')).toBe('青禾商会');
    expect(readConvener('周明远3月8日举行“第十届理事就职晚宴”。', '第十届理事就职晚宴')).toBeUndefined();
  });

  it('places an event held by a Hong Kong or Macao body named by the region’s short name', () => {
    const facts = extractFacts(report(['香港青禾总商会於3月8日举行“第十届理事就职晚宴”。周明远等出席。']));
    expect(facts.place?.city).toMatch(/^香港/);
  });
});

describe('round 9: documents', () => {
  const docs = (sentence: string) =>
    readDocuments({ sentences: [sentence], speechTitles: new Set(), title: '青禾论坛' }).map((d) => d.title);
  it('reads no title from agreements named by kind only, also with a generic subject or two kinds joined', () => {
    expect(docs('会上，三家商会与青禾市签订了战略合作协议和友好城市协议。')).toEqual([]);
    expect(docs('会上，五家企业与青禾市签订了项目合作协议。')).toEqual([]);
    // A named one still is.
    expect(docs('会上，双方签订了《青禾湿地保护共建协议》。')).toEqual(['青禾湿地保护共建协议']);
  });
});

describe('round 9: positions', () => {
  const positions = (line: string) =>
    readPeople({ lines: [line], captions: [], known: [] }).map((p) => [p.name, p.position ?? '']);
  it('starts a position after thanks, wishes, 以及 and 嘉宾有', () => {
    const thanked = positions(
      '青禾市市长周明远、市议员林小雨等出席年会，感谢前任理事长高文静及所有会员的奉献，并祝贺新任理事陈立新及所有干部。',
    );
    expect(thanked).toContainEqual(['高文静', '前任理事长']);
    expect(thanked).toContainEqual(['陈立新', '新任理事']);
    expect(positions('出席的有专家学者以及企业代表林小雨。')).toContainEqual(['林小雨', '企业代表']);
    expect(positions('晚宴嘉宾有青禾市副市长林小雨。')).toContainEqual(['林小雨', '青禾市副市长']);
  });
});
