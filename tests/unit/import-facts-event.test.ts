/**
 * The event's name (facts/event.ts) and the place it was held (facts/place.ts), rule by rule: each
 * test pins one way a report writes a name or a place, on short sentences invented for the test
 * (no sentence of any real report is copied here). Names such as 白鹭, 青山 are made up; the places
 * the divisions must know (温州, 嘉定区, 昆明市…) are real. Every function is called inside its
 * test so that mutation testing credits it (docs/testing.md).
 */
import { describe, expect, it } from 'vitest';
import {
  completeMeeting,
  eventCandidates,
  isEventName,
  readEvent,
  unquote,
  withConvener,
} from '../../src/lib/import/facts/event.ts';
import { readPlace, type PlaceContext } from '../../src/lib/import/facts/place.ts';

/** Each candidate as [name, score], scores rounded to hundredths (0.05 a sentence down). */
const scored = (all: string[], headline?: string) =>
  eventCandidates(all, headline).map((c) => [c.name, Math.round(c.score * 100) / 100]);
const names = (all: string[], headline?: string) => eventCandidates(all, headline).map((c) => c.name);
const title = (all: string[], headline?: string) => readEvent(all, headline)?.title;

describe('unquote', () => {
  it('takes off quotes that wrap the whole name, of each kind, after trimming', () => {
    expect(unquote('  “白鹭公益论坛”  ')).toBe('白鹭公益论坛');
    expect(unquote('“ 白鹭公益论坛 ”')).toBe('白鹭公益论坛');
    expect(unquote('"白鹭公益论坛"')).toBe('白鹭公益论坛');
    expect(unquote('「白鹭公益论坛」')).toBe('白鹭公益论坛');
    expect(unquote('“「白鹭公益论坛」”')).toBe('白鹭公益论坛');
  });
  it('leaves quotes that do not wrap the whole name', () => {
    expect(unquote('“白鹭”与“青山”')).toBe('“白鹭”与“青山”');
    expect(unquote('“白鹭公益论坛')).toBe('“白鹭公益论坛');
    expect(unquote('白鹭公益论坛”')).toBe('白鹭公益论坛”');
    expect(unquote('第三届“白鹭”论坛')).toBe('第三届“白鹭”论坛');
  });
});

describe('isEventName', () => {
  it('wants four to ninety characters', () => {
    expect(isEventName('迎春年会')).toBe(true);
    expect(isEventName('小年会')).toBe(false);
    const ninety = `${'白'.repeat(88)}论坛`;
    expect(ninety).toHaveLength(90);
    expect(isEventName(ninety)).toBe(true);
    expect(isEventName(`白${ninety}`)).toBe(false);
  });
  it('refuses references back (本次, 该, 各…) only at the start, and sentences', () => {
    expect(isEventName('本次研讨会议')).toBe(false);
    expect(isEventName('该白鹭公益论坛')).toBe(false);
    expect(isEventName('白鹭市各界人士座谈会')).toBe(true);
    expect(isEventName('白鹭公益论坛！欢迎参加大会')).toBe(false);
    expect(isEventName('白鹭公益论坛。青年大会')).toBe(false);
  });
  it('refuses lists and clauses outside quotes, not inside them', () => {
    expect(isEventName('白鹭论坛、青山论坛')).toBe(false);
    expect(isEventName('由白鹭市主办白鹭论坛')).toBe(false);
    expect(isEventName('文艺汇演等活动')).toBe(false);
    expect(isEventName('白鹭论坛，青山论坛')).toBe(false);
    expect(isEventName('“团结、奋进”白鹭联谊会')).toBe(true);
    expect(isEventName('首届理、监事就职典礼')).toBe(true);
  });
  it('refuses organizations whose names end like events, even as strong candidates', () => {
    expect(isEventName('白鹭市公益联合会')).toBe(false);
    expect(isEventName('白鹭市公益联合会', true)).toBe(false);
    expect(isEventName('白鹭市青年商会')).toBe(false);
  });
  it('takes a name without an event word only when strong and with three Chinese characters in a row', () => {
    expect(isEventName('第五届东湖论善')).toBe(false);
    expect(isEventName('第五届东湖论善', true)).toBe(true);
    expect(isEventName('AI公益行', true)).toBe(true);
    expect(isEventName('AI公益', true)).toBe(false);
  });
});

describe('completeMeeting', () => {
  it('adds 大会 to a members’ meeting numbered by term and session, or by session', () => {
    expect(completeMeeting('白鹭商会三届二次会员')).toBe('白鹭商会三届二次会员大会');
    expect(completeMeeting('白鹭商会3届12次会员代表')).toBe('白鹭商会3届12次会员代表大会');
    expect(completeMeeting('白鹭商会十一届十二次会员')).toBe('白鹭商会十一届十二次会员大会');
    expect(completeMeeting('白鹭商会第十二次会员代表')).toBe('白鹭商会第十二次会员代表大会');
    expect(completeMeeting('白鹭商会第12次会员')).toBe('白鹭商会第12次会员大会');
  });
  it('leaves anything else as it is', () => {
    expect(completeMeeting('白鹭商会会员')).toBe('白鹭商会会员');
    expect(completeMeeting('白鹭商会第二次会员大会')).toBe('白鹭商会第二次会员大会');
    expect(completeMeeting('白鹭商会第二次理事')).toBe('白鹭商会第二次理事');
    expect(completeMeeting('白鹭商会第次会员')).toBe('白鹭商会第次会员');
  });
});

describe('withConvener', () => {
  it('puts the convener in front of a name relative to it', () => {
    expect(withConvener('第二次会员代表大会', '白鹭商会召开第二次会员代表大会')).toBe('白鹭商会第二次会员代表大会');
    expect(withConvener('三届二次会员大会', '白鹭商会在青山隆重召开三届二次会员大会')).toBe('白鹭商会三届二次会员大会');
  });
  it('only for relative names written in the sentence', () => {
    expect(withConvener('白鹭公益论坛', '白鹭商会召开白鹭公益论坛')).toBe('白鹭公益论坛');
    expect(withConvener('第二次会员大会', '白鹭商会召开会员大会')).toBe('第二次会员大会');
    expect(withConvener('第二次会员大会', '第二次会员大会由白鹭商会召开')).toBe('第二次会员大会');
  });
  it('reads past a span of days at the start of the clause, with or without its second month', () => {
    expect(title(['12月25日至27日白鹭博览会在青山开幕。'])).toBe('白鹭博览会');
    expect(title(['12月25日至1月2日白鹭博览会在青山开幕。'])).toBe('白鹭博览会');
  });
  it('reads past a date at the start of the clause, with or without year, month and time of day', () => {
    expect(withConvener('第二次会员大会', '12月25日下午白鹭商会召开第二次会员大会')).toBe('白鹭商会第二次会员大会');
    expect(withConvener('第二次会员大会', '2024年5月6日白鹭商会召开第二次会员大会')).toBe('白鹭商会第二次会员大会');
    expect(withConvener('第二次会员大会', '16日晚上白鹭商会召开第二次会员大会')).toBe('白鹭商会第二次会员大会');
    expect(withConvener('第二次会员大会', '5月6日， 白鹭商会召开第二次会员大会')).toBe('白鹭商会第二次会员大会');
    // A bare day between the body and its verb (round 20); not one that starts a span (5日起).
    expect(withConvener('第二次会员大会', '白鹭商会5日召开第二次会员大会')).toBe('白鹭商会第二次会员大会');
    expect(withConvener('第二次会员大会', '白鹭商会5日上午在青山召开第二次会员大会')).toBe('白鹭商会第二次会员大会');
    expect(withConvener('第二次会员大会', '白鹭商会5日起召开第二次会员大会')).toBe('第二次会员大会');
  });
  it('looks at the last two clauses only, the nearest first', () => {
    expect(withConvener('第二次会员大会', '白鹭商会召开座谈会，李一讲话，随后第二次会员大会开幕')).toBe(
      '第二次会员大会',
    );
    expect(withConvener('第二次会员大会', '白鹭商会召开座谈会，青山商会召开第二次会员大会')).toBe(
      '青山商会第二次会员大会',
    );
  });
});

describe('the name as the subject of its verb', () => {
  it('strips a date in front, with its time of day, hour and range', () => {
    expect(names(['5日上午白鹭公益论坛在青山举行。'])).toEqual(['白鹭公益论坛']);
    expect(names(['5日白鹭公益论坛在青山举行。'])).toEqual(['白鹭公益论坛']);
    expect(names(['12月25日晚间10时白鹭公益论坛在青山开幕。'])).toEqual(['白鹭公益论坛']);
    expect(names(['2024年12月25日至27日白鹭博览会在青山开幕。'])).toEqual(['白鹭博览会']);
    expect(names(['2024年5月6日白鹭博览会在青山开幕。'])).toEqual(['白鹭博览会']);
    expect(names(['2024年5月6日至8日白鹭博览会在青山开幕。'])).toEqual(['白鹭博览会']);
  });
  it('keeps a date inside the name', () => {
    expect(names(['纪念12月4日宪法日主题活动在青山开幕。'])).toEqual(['纪念12月4日宪法日主题活动']);
  });
  it('takes off a leading clause, trimmed', () => {
    expect(names(['经过筹备， 5日上午白鹭公益论坛在青山开幕。'])).toEqual(['白鹭公益论坛']);
  });
  it('strips a byline, with the reporter in brackets, spaced or not', () => {
    expect(names(['白鹭网讯（记者王一）白鹭公益论坛在青山开幕。'])).toEqual(['白鹭公益论坛']);
    expect(names(['白鹭网讯 （记者 王一） 白鹭公益论坛在青山开幕。'])).toEqual(['白鹭公益论坛']);
    expect(names(['白鹭网青山12月25日电 白鹭公益论坛在青山开幕。'])).toEqual(['白鹭公益论坛']);
    // Up to 24 characters before the dispatch date.
    const long = '白鹭日报全媒体中心驻青山区新闻站特派记者第一小组';
    expect(long).toHaveLength(24);
    expect(names([`${long}12月25日电 白鹭公益论坛在青山开幕。`])).toEqual(['白鹭公益论坛']);
    // 讯 far into the name is no byline.
    expect(names(['白鹭市青山区第十二届社会组织公益创投暨志愿服务项目资讯发布会在青山开幕。'])).toEqual([
      '白鹭市青山区第十二届社会组织公益创投暨志愿服务项目资讯发布会',
    ]);
  });
  it('strips the organizers before a theme, and the theme, spaced or not', () => {
    expect(names(['白鹭市民政局指导以“携手同行”为主题的首届白鹭公益论坛在青山开幕。'])).toEqual(['首届白鹭公益论坛']);
    expect(names(['白鹭市民政局指导、 以 “携手同行” 为主题的首届白鹭公益论坛在青山开幕。'])).toEqual([
      '首届白鹭公益论坛',
    ]);
    // Only in front of the name.
    expect(names(['青山区以“携手同行”为主题的首届白鹭公益论坛在青山开幕。'])).toEqual([
      '青山区以“携手同行”为主题的首届白鹭公益论坛',
    ]);
  });
  it('strips 由…主办的 even when the organizer is quoted', () => {
    expect(title(['由“白鹭之声”公益联盟主办的第三届白鹭公益论坛在青山开幕。'])).toBe('第三届白鹭公益论坛');
  });
  it('strips words of hearing and of time in front, and praise', () => {
    expect(names(['欣闻第三届白鹭公益论坛在青山隆重召开。'])).toEqual(['第三届白鹭公益论坛']);
    expect(names(['近日白鹭公益论坛在青山开幕。'])).toEqual(['白鹭公益论坛']);
    expect(names(['一年一度的白鹭公益论坛在青山开幕。'])).toEqual(['白鹭公益论坛']);
    // Not inside the name.
    expect(names(['白鹭市同时代青年交流会在青山开幕。'])).toEqual(['白鹭市同时代青年交流会']);
  });
  it('strips adverbs, 在/于 and days after the name', () => {
    expect(names(['白鹭公益论坛（12月15日）在青山开幕。'])).toEqual(['白鹭公益论坛']);
    expect(names(['白鹭公益论坛昨天（12月15日）开幕。'])).toEqual(['白鹭公益论坛']);
    expect(names(['白鹭公益论坛今天上午在青山开幕。'])).toEqual(['白鹭公益论坛']);
    expect(names(['白鹭公益论坛当天开幕。'])).toEqual(['白鹭公益论坛']);
    expect(names(['白鹭“今日说法”读书分享会在青山开幕。'])).toEqual(['白鹭“今日说法”读书分享会']);
    expect(names(['白鹭公益论坛11月30日至12月12日在青山开幕。'])).toEqual(['白鹭公益论坛']);
    expect(names(['白鹭公益论坛5月15日至17日在青山开幕。'])).toEqual(['白鹭公益论坛']);
    expect(names(['白鹭公益论坛于5月6日隆重开幕。'])).toEqual(['白鹭公益论坛']);
    expect(names(['白鹭公益论坛隆重 开幕。'])).toEqual(['白鹭公益论坛']);
    expect(names(['白鹭公益论坛，在青山隆重开幕。'])).toEqual(['白鹭公益论坛']);
    // A day in brackets inside the name stays.
    expect(names(['第三届白鹭公益论坛（5月15日）分论坛在青山开幕。'])).toEqual(['第三届白鹭公益论坛（5月15日）分论坛']);
  });
  it('does not split at 在 inside quotes, nor at a 在 clause that has a comma', () => {
    expect(names(['“幸福在身边”分享会隆重开幕。'])).toEqual(['“幸福在身边”分享会']);
    expect(names(['5月6日在青山，白鹭公益论坛隆重开幕。'])).toEqual(['白鹭公益论坛']);
    expect(names(['在白鹭公益论坛开幕之际，李一发来贺信。'])).toEqual(['白鹭公益论坛']);
  });
  it('takes off quotes of two kinds around the whole name only', () => {
    expect(names(['“白鹭公益论坛"在青山开幕。'])).toEqual(['白鹭公益论坛']);
    expect(names(['第三届“白鹭公益论坛"在青山开幕。'])).toEqual(['第三届“白鹭公益论坛"']);
  });
});

describe('the name as the object of a convening verb', () => {
  it('reads the longest start that ends in an event word, four characters at least', () => {
    expect(scored(['白鹭商会举行迎春年会。'])).toEqual([['迎春年会', 2]]);
    expect(scored(['白鹭商会举行迎春年会并表彰先进。'])).toEqual([['迎春年会', 2]]);
    // A 的 inside the name stays.
    expect(scored(['青山区举办全区的志愿服务活动。'])).toEqual([['全区的志愿服务活动', 2]]);
  });
  it('not a start that leaves a quote open', () => {
    expect(scored(['青山区举行“白鹭论坛走进青山”主题宣讲。'])).toEqual([]);
  });
  it('skips a second verb and its 的 after the first (主办隆重举行的 X)', () => {
    expect(scored(['由白鹭市民政局主办隆重举行的第三届白鹭公益论坛吸引了众多市民。'])).toEqual([
      ['第三届白鹭公益论坛', 2],
      ['第三届白鹭公益论坛', 2],
    ]);
    expect(scored(['由白鹭市民政局主办举行的第三届白鹭公益论坛吸引了众多市民。'])).toEqual([
      ['第三届白鹭公益论坛', 2],
      ['第三届白鹭公益论坛', 2],
    ]);
  });
});

describe('other candidates and their scores', () => {
  it('reads what people attended, a weaker sign', () => {
    expect(scored(['李一出席第三届白鹭公益论坛并致辞。'])).toEqual([['第三届白鹭公益论坛', 2]]);
    expect(scored(['李一出席了会议中心揭牌仪式。'])).toEqual([['会议中心揭牌仪式', 2]]);
    expect(scored(['李一出席了白鹭公益论坛，并为白鹭青年峰会揭牌。'])).toEqual([['白鹭公益论坛', 2]]);
    expect(scored(['李一出席会议。'])).toEqual([]);
  });
  it('reads quoted names, one point above attendance', () => {
    expect(scored(['大家都在谈论“白鹭青年创业大赛”的获奖名单。'])).toEqual([['白鹭青年创业大赛', 1]]);
    expect(scored(['大家都在谈论“白鹭青年”的故事。'])).toEqual([]);
  });
  it('scores a dated sentence four points higher, however the day is written', () => {
    expect(scored(['白鹭公益论坛于15日在青山开幕。'])).toEqual([['白鹭公益论坛', 6]]);
    expect(scored(['白鹭公益论坛于5日在青山开幕。'])).toEqual([['白鹭公益论坛', 6]]);
    expect(scored(['5日，白鹭公益论坛在青山开幕。'])).toEqual([['白鹭公益论坛', 6]]);
    expect(scored(['白鹭公益论坛在青山开幕。'])).toEqual([['白鹭公益论坛', 2]]);
  });
  it('scores the headline one point higher, and never for who spoke or for being in the headline', () => {
    expect(scored(['李一致辞。'], '白鹭公益论坛在青山开幕')).toEqual([['白鹭公益论坛', 3]]);
  });
  it('adds two for who attended or spoke in the sentence or the next two, before another event', () => {
    expect(scored(['白鹭公益论坛在青山开幕。', '李一致辞。'])).toEqual([['白鹭公益论坛', 4]]);
    expect(scored(['白鹭公益论坛在青山开幕。', '天气晴朗。', '李一致辞。'])).toEqual([['白鹭公益论坛', 4]]);
    expect(scored(['白鹭公益论坛在青山开幕。', '天气晴朗。', '风也不大。', '李一致辞。'])).toEqual([
      ['白鹭公益论坛', 2],
    ]);
    expect(scored(['白鹭公益论坛在青山开幕。', '青山年会在白鹭开幕。', '李一致辞。'])).toEqual([
      ['白鹭公益论坛', 2],
      ['青山年会', 3.95],
    ]);
  });
  it('adds three for a name the headline contains, or one that contains a headline candidate', () => {
    expect(scored(['白鹭公益论坛在青山开幕。'], '第三届白鹭公益论坛开幕')).toEqual([
      ['白鹭公益论坛', 5],
      ['第三届白鹭公益论坛', 3],
    ]);
    expect(scored(['第三届白鹭公益论坛在青山开幕。'], '公益论坛在青山开幕')).toEqual([
      ['第三届白鹭公益论坛', 5],
      ['公益论坛', 3],
    ]);
    expect(scored(['白鹭公益论坛在青山开幕。'], '青山区新闻')).toEqual([['白鹭公益论坛', 2]]);
  });
  it('takes a twentieth of a point a sentence further down', () => {
    const c = eventCandidates(['青山区新闻。', '今年的工作很多。', '白鹭公益论坛在青山开幕。']);
    expect(c).toHaveLength(1);
    expect(c[0]!.score).toBeCloseTo(1.9, 10);
  });
  it('takes two points from a name written after 仪式上, 现场, 会上, 期间 or 之际 in its clause', () => {
    expect(scored(['在仪式上，白鹭青年创业大赛正式启动。'])).toEqual([['白鹭青年创业大赛', 0]]);
    expect(scored(['在仪式上，由青山区主办的白鹭青年创业大赛正式启动。'])).toEqual([['白鹭青年创业大赛', 0]]);
    expect(scored(['峰会期间由青山区主办的白鹭青年创业大赛正式启动。'])).toEqual([['白鹭青年创业大赛', 0]]);
    expect(scored(['会上，李一宣布，白鹭青年创业大赛正式启动。'])).toEqual([['白鹭青年创业大赛', 2]]);
    expect(scored(['白鹭青年创业大赛在青山开幕，李一在现场致辞。'])).toEqual([['白鹭青年创业大赛', 4]]);
  });
});

describe('readEvent: the main event', () => {
  it('keeps the best-scored mention of a name found twice', () => {
    expect(readEvent(['白鹭公益论坛在青山开幕。', '5月6日，白鹭公益论坛在青山开幕，李一出席。'])).toMatchObject({
      title: '白鹭公益论坛',
      at: 1,
    });
  });
  it('counts repeats: half a point each, one point at most', () => {
    expect(title(['白鹭青年峰会在青山开幕。', '白鹭公益论坛在青山开幕。', '白鹭公益论坛在白鹭开幕。'])).toBe(
      '白鹭公益论坛',
    );
    // Four mentions are worth no more than three: 1.85 + 1 < 2.9.
    expect(
      title([
        '“白鹭青年峰会”很热闹。',
        '“白鹭青年峰会”很热闹。',
        '“白鹭青年峰会”很热闹。',
        '“白鹭青年峰会”很热闹。',
        '白鹭公益论坛在青山开幕，李一出席。',
      ]),
    ).toBe('白鹭公益论坛');
  });
  it('ranks by score with the repeat bonus, whichever mention came first', () => {
    // 论坛 2 + 0.5 for its repeat, 峰会 1.9.
    expect(title(['白鹭公益论坛在青山开幕。', '白鹭公益论坛在白鹭开幕。', '白鹭青年峰会在青山开幕。'])).toBe(
      '白鹭公益论坛',
    );
    // 峰会 2, 论坛 1.95 and no repeat.
    expect(title(['白鹭青年峰会在青山开幕。', '白鹭公益论坛在青山开幕。'])).toBe('白鹭青年峰会');
    // 峰会 1 + 2 for who spoke, 论坛 1.95 + 0.5.
    expect(title(['“白鹭青年峰会”上李一致辞。', '白鹭公益论坛在青山开幕。', '白鹭公益论坛在白鹭开幕。'])).toBe(
      '白鹭青年峰会',
    );
  });
  it('takes the longer name of two with the same score', () => {
    expect(title(['白鹭公益论坛在青山开幕，随即举行青年创业大赛启动仪式。'])).toBe('青年创业大赛启动仪式');
  });
  it('prefers a fuller name from the same sentence within a point', () => {
    expect(title(['5月6日，白鹭公益论坛在青山开幕，会场挂着“白鹭公益论坛暨青年峰会”的横幅。'])).toBe(
      '白鹭公益论坛暨青年峰会',
    );
    expect(title(['会场挂着“白鹭公益论坛暨青年峰会”的横幅。', '白鹭公益论坛在青山开幕。'])).toBe('白鹭公益论坛');
    expect(title(['5月6日，白鹭公益论坛在青山开幕，李一参加了白鹭公益论坛暨青年峰会。'])).toBe('白鹭公益论坛');
  });
  it('finds the body sentence of a name only the headline gives, maybe without its leading place', () => {
    const body = ['李一为第三届青年公益论坛致辞。'];
    expect(readEvent(body, '第三届青年公益论坛在青山举行')).toEqual({
      title: '第三届青年公益论坛',
      sentence: body[0],
      at: 0,
      edition: 3,
      theme: undefined,
      written: undefined,
    });
    expect(readEvent(body, '白鹭市第三届青年公益论坛在青山举行')).toMatchObject({
      title: '白鹭市第三届青年公益论坛',
      sentence: body[0],
      at: 0,
    });
    expect(readEvent(['李一为2024年白鹭市青年公益论坛致辞。'], '2024年白鹭市青年公益论坛在青山举行')).toMatchObject({
      at: 0,
    });
    expect(readEvent(['李一为青年公益论坛致辞。'], '第三届青年公益论坛在青山举行')).toMatchObject({
      title: '第三届青年公益论坛',
      sentence: '第三届青年公益论坛在青山举行',
      at: -1,
    });
    expect(readEvent(['李一为本届年会致辞。'], '青山县年会召开')).toMatchObject({ at: -1 });
  });
  it('takes the headline’s year in front of the name, and nothing else in front', () => {
    const body = ['5月6日，白鹭区召开全区慈善工作会议，李一出席。'];
    expect(readEvent(body, '白鹭区召开2024年全区慈善工作会议')).toEqual({
      title: '2024年全区慈善工作会议',
      sentence: body[0],
      at: 0,
      edition: undefined,
      theme: undefined,
      written: '全区慈善工作会议',
    });
    expect(title(body, '青山2024年全区慈善工作会议召开')).toBe('全区慈善工作会议');
    expect(title(body, '2024年白鹭全区慈善工作会议召开')).toBe('全区慈善工作会议');
    expect(title(body, '2024年度全区养老工作会议召开')).toBe('全区慈善工作会议');
    expect(title([...body, '会场挂着“2024年全区慈善工作会议”的横幅。'])).toBe('全区慈善工作会议');
  });
  it('reads the edition at the start of the title', () => {
    const edition = (name: string) => readEvent([`${name}在青山开幕。`])?.edition;
    expect(edition('2024第三届白鹭公益论坛')).toBe(3);
    expect(edition('2024年第十二届白鹭公益论坛')).toBe(12);
    expect(edition('第12届白鹭公益论坛')).toBe(12);
    expect(edition('首届白鹭公益论坛')).toBe(1);
    expect(edition('白鹭市第三届公益论坛')).toBeUndefined();
  });
  it('reads the theme from the key sentence on, not before it', () => {
    const theme = (all: string[]) => readEvent(all)?.theme;
    const key = '5月6日，白鹭公益论坛在青山开幕，李一出席。';
    expect(theme(['以“携手同行”为主题的宣传很多。', key])).toBeUndefined();
    expect(theme([key, '论坛以 “携手同行” 为主题。'])).toBe('携手同行');
    expect(theme([key, '论坛以“携手同行”为本次论坛主题。'])).toBe('携手同行');
    expect(theme([key, '论坛主题为“携手同行”。'])).toBe('携手同行');
    expect(theme([key, '论坛主题是 “携手同行”。'])).toBe('携手同行');
    expect(theme([key, '论坛主题为“ 携手同行 ”。'])).toBe('携手同行');
  });
  it('splits a slogan before a dash off the name, quoted or not, spaced or not', () => {
    expect(readEvent(['“青春白鹭” ——2024年公益创投大赛在青山开幕。'])).toMatchObject({
      title: '2024年公益创投大赛',
      theme: '青春白鹭',
    });
    expect(readEvent(['青春白鹭——2024年公益创投大赛在青山开幕。'])).toMatchObject({
      title: '2024年公益创投大赛',
      theme: '青春白鹭',
    });
    expect(readEvent(['“青春白鹭”——“公益创投大赛”在青山开幕。'])).toMatchObject({
      title: '公益创投大赛',
      theme: '青春白鹭',
    });
    expect(title(['第三届“青春白鹭”——公益创投大赛在青山开幕。'])).toBe('第三届“青春白鹭”——公益创投大赛');
  });
  it('reads a launch by unveiling when no event is named, past a date at the start', () => {
    const launch = (first: string) => readEvent([first, '李一出席仪式并致辞。'])?.title;
    expect(launch('6月2日，白鹭商会正式挂牌成立。')).toBe('白鹭商会挂牌成立仪式');
    expect(launch('2024年6月12日上午白鹭商会揭牌成立。')).toBe('白鹭商会揭牌成立仪式');
    expect(launch('16日白鹭商会揭牌成立。')).toBe('白鹭商会揭牌成立仪式');
    expect(launch('12月2日白鹭商会揭牌成立。')).toBe('白鹭商会揭牌成立仪式');
    expect(launch('6月2日， 白鹭商会隆重揭牌成立。')).toBe('白鹭商会揭牌成立仪式');
    expect(launch('白鹭商会6月2日揭牌成立。')).toBeUndefined();
    expect(readEvent(['6月2日，白鹭商会正式挂牌成立。'])).toBeUndefined();
  });
});

describe('readEvent: a visit', () => {
  it('takes a visit headline that names no event, with the first dated sentence about the visit', () => {
    const all = ['5月12日天气晴朗。', '12日，白鹭市民政局一行到青山市某协会考察。', '双方进行了座谈。'];
    expect(readEvent(all, ' 白鹭市民政局一行到青山市某协会考察交流 ')).toEqual({
      title: '白鹭市民政局一行到青山市某协会考察交流',
      sentence: all[1],
      at: 1,
    });
    expect(readEvent(['白鹭市民政局一行于15日到访。'], '白鹭市民政局一行到青山市某协会考察交流')).toMatchObject({
      at: 0,
    });
    expect(readEvent(['白鹭市民政局一行于5日到访。'], '白鹭市民政局一行到青山市某协会考察交流')).toMatchObject({
      at: 0,
    });
    expect(readEvent(['白鹭市民政局一行到青山市某协会考察。'], '白鹭市民政局一行到青山市某协会考察交流')).toEqual({
      title: '白鹭市民政局一行到青山市某协会考察交流',
      sentence: '白鹭市民政局一行到青山市某协会考察交流',
      at: -1,
    });
  });
  it('not when the headline names an event the body reads', () => {
    expect(title(['5月6日，白鹭公益论坛在青山开幕。'], '白鹭市民政局一行莅临青山市白鹭公益论坛考察交流')).toBe(
      '白鹭公益论坛',
    );
  });
});

describe('readPlace', () => {
  const ctx: PlaceContext = { sentences: [], organizations: [], text: '' };
  const place = (more: Partial<PlaceContext>) => readPlace({ ...ctx, ...more });
  const none = { how: '报道没有写举办地' };
  const kunming = (written = '昆明市') => ({
    city: '昆明市',
    district: undefined,
    province: '云南省',
    code: '530100',
    written,
  });
  it('reads the venue phrase, written as the report writes the place', () => {
    const sentence = '某大会在广州南沙国际会展中心举办。';
    expect(place({ sentences: [sentence] })).toEqual({
      place: { city: '广州市', district: '南沙区', province: '广东省', code: '440115', written: '广州南沙' },
      from: sentence,
      how: '会场“广州南沙国际会展中心”',
    });
  });
  it('gives a county-level city as the city, a municipality without a province', () => {
    expect(place({ sentences: ['某论坛在福鼎市举行。'] }).place).toEqual({
      city: '福鼎市',
      district: undefined,
      province: '福建省',
      code: '350982',
      written: '福鼎市',
    });
    expect(place({ sentences: ['某论坛在上海举行。'] }).place).toEqual({
      city: '上海市',
      district: undefined,
      province: undefined,
      code: '310000',
      written: '上海',
    });
  });
  it('says why when the venue is several places or only a province', () => {
    expect(place({ sentences: ['某论坛在北京、厦门同步举行。'] })).toEqual({
      how: '报道写在“北京、厦门同步”举行，不止一个地方，城市待定',
    });
    expect(place({ sentences: ['某会员代表大会在河南举行。'] })).toEqual({
      how: '会场在“河南”，只读到省级地名，城市待补',
    });
  });
  it('reads a one-character venue as the one city the text names in full that starts with it', () => {
    const at = (text: string) => place({ sentences: ['全省某推进会在太召开。'], text }).place?.city;
    expect(at('与会人员参观了太仓市青年之家，苏州市代表发言。')).toBe('太仓市');
    expect(at('与会人员参观了太仓市青年之家，太原的代表发言。')).toBe('太仓市');
    expect(at('与会人员参观了太仓市和太原市的青年之家。')).toBeUndefined();
  });
  it('places a town by the place written right before another mention of it', () => {
    const town = (text: string) => place({ sentences: ['某研讨会在云龙镇顺利召开。'], text });
    expect(town('会议由海口琼山云龙镇镇长主持。').place).toEqual({
      city: '海口市',
      district: '琼山区',
      province: '海南省',
      code: '460107',
      written: '海口琼山云龙镇',
    });
    expect(town('海口市代表来到云龙镇。')).toEqual(none);
    expect(town('参会者来自渝云龙镇。')).toEqual(none);
  });
  it('does not trust a venue that contradicts the title, its year stripped, or the dispatch city', () => {
    const lishui = ['某论坛在丽水举行。'];
    for (const t of ['2024年度昆明市慈善论坛', '2024昆明市慈善论坛', '2024年昆明市慈善论坛'])
      expect(place({ sentences: lishui, title: t })).toEqual({
        place: kunming(),
        from: t,
        how: '会议名称中的“昆明市”',
      });
    expect(place({ sentences: lishui, dispatchCity: '昆明' })).toEqual(none);
    expect(place({ sentences: lishui, dispatchCity: '白鹭' }).place?.city).toBe('丽水市');
  });
  it('reads a place at the start of a name, after its year and edition, or in brackets', () => {
    const shanghai = { city: '上海市', district: undefined, province: undefined, code: '310000', written: '上海市' };
    for (const t of [
      '2024年度第十二届上海市慈善论坛',
      '2024第三届上海市慈善论坛',
      '2024年第三届上海市慈善论坛',
      '第三届上海市慈善论坛',
      '2024年上海市慈善论坛',
      '第十二届上海市慈善论坛',
      '第12届上海市慈善论坛',
      '上海市慈善论坛',
    ])
      expect(place({ title: t }), t).toEqual({ place: shanghai, from: t, how: '会议名称中的“上海市”' });
    expect(place({ title: '白鹭慈善论坛（苏州）' }).place).toEqual({
      city: '苏州市',
      district: undefined,
      province: '江苏省',
      code: '320500',
      written: '苏州市',
    });
    expect(place({ title: '白鹭慈善论坛（春季）' })).toEqual(none);
    // Inside a name only below a province.
    expect(place({ title: '长三角上海市慈善论坛' })).toEqual(none);
    expect(place({ headline: '长三角嘉定区慈善论坛开幕' })).toEqual({
      place: { city: '上海市', district: '嘉定区', province: undefined, code: '310114', written: '嘉定区' },
      from: '长三角嘉定区慈善论坛开幕',
      how: '报道标题中的“嘉定区”',
    });
  });
  it('resolves 我市 to the one city the text names, its counties counted once, not one-character names', () => {
    const text = '我区召开座谈会，嘉定区和青浦区各界代表参加，会后大家还参观了区里新建的社区服务中心。';
    expect(text.length).toBeGreaterThan(40);
    expect(place({ text })).toEqual({
      place: { city: '上海市', district: undefined, province: undefined, code: '310000', written: '上海市' },
      from: text.slice(0, 40),
      how: '报道说“我市/市…”，文中只提到“上海市”这一个城市',
    });
    expect(place({ text: '我市召开座谈会，来自蓉、沪两地的代表发言。' })).toEqual(none);
  });
  it('resolves a convener 市民政局 the same way, not a convener that names its city', () => {
    expect(place({ convener: '市民政局', text: '市民政局召开推进会，温州代表发言。' }).place?.city).toBe('温州市');
    expect(place({ convener: '白鹭市民政局', text: '白鹭市民政局召开推进会，温州代表发言。' })).toEqual(none);
  });
  it('else to the city of a local paper that the text names too', () => {
    const text = '我市召开座谈会，温州、台州两地代表发言。';
    expect(place({ text, outlet: '台州日报' })).toEqual({
      place: { city: '台州市', district: undefined, province: '浙江省', code: '331000', written: '台州市' },
      from: '台州日报',
      how: '报道说“我市/市…”，发布媒体是台州日报，文中也提到“台州市”',
    });
    expect(place({ text, outlet: '宁波晚报' })).toEqual(none);
    expect(place({ text, outlet: '白鹭晚报' })).toEqual(none);
  });
  it('else to the one city whose offices the text names', () => {
    const text = '我市召开座谈会，温州市民政局和台州的代表发言，会后大家还参观了新建的社区服务中心和养老院。';
    expect(text.length).toBeGreaterThan(40);
    expect(place({ text })).toEqual({
      place: { city: '温州市', district: undefined, province: '浙江省', code: '330300', written: '温州市' },
      from: text.slice(0, 40),
      how: '报道说“我市/全市…”，文中提到的城市里只有“温州市”的机关',
    });
    expect(place({ text: '我市召开座谈会，温州市民政局和台州市政协的代表发言。' })).toEqual(none);
  });
  it('else to the city of the site that published it, when the text names no city', () => {
    expect(place({ convener: '市民政局', text: '市民政局召开推进会。', siteOutlet: '黄山市民政局' })).toEqual({
      place: { city: '黄山市', district: undefined, province: '安徽省', code: '341000', written: '黄山市' },
      from: '黄山市民政局',
      how: '报道说“我市/市…”，发布网站是黄山市民政局的',
    });
    expect(place({ text: '我市召开推进会。', siteOutlet: '白鹭日报社' })).toEqual(none);
  });
  it('places a visit at the host’s, from the title before the headline', () => {
    const headline = '白鹭市民政局一行莅临温州市某协会座谈交流';
    expect(place({ headline, sentences: ['座谈会在台州举行。'] })).toEqual({
      place: { city: '温州市', district: undefined, province: '浙江省', code: '330300', written: '温州市' },
      from: headline,
      how: '来访的去处“温州市某协会”',
    });
    expect(place({ title: '白鹭市民政局一行莅临台州市某协会座谈交流', headline }).place?.city).toBe('台州市');
    expect(place({ headline: '白鹭市民政局一行莅临温州某协会座谈交流' }).place?.city).toBe('温州市');
    expect(place({ headline: '白鹭市民政局一行莅临某协会座谈交流', sentences: ['座谈会在台州举行。'] })).toEqual({
      how: '报道写的是来访（“一行莅临某协会座谈”），去处没有写地名，城市待定',
    });
    expect(place({ headline: '白鹭市民政局一行赴浙江省某协会考察' })).toEqual({
      how: '报道写的是来访（“一行赴浙江省某协会考察”），去处没有写地名，城市待定',
    });
  });
});
