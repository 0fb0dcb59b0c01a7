/**
 * Round 119 of the importer (stop 55), from the misses of stop 54's five waves taken together (400 reports), before
 * stop 55's first wave was read.
 * - Event names: a phrase of praise for what a body will do (`丰富多彩的…活动`), the event before this one (`继某大会落幕之后`),
 *   who declared it open (`某局长宣布活动开幕`), a page's count of readers run on (`39人 某比赛`) and the tail of the event
 *   before it in a list (`礼、某典礼`) are no names. A match numbered by edition or year (`首届某市“某杯”自行车赛`), a league
 *   or a series and its leg (`某系列赛(某站)`), and a match that opens (开赛) are events.
 * - Organizers: bodies joined by 与 after 海关, or by 暨, are several; `中国—东盟某委员会` is one name, dash and all.
 * - Outlets: `来源 | 某报` on a line of its own; a source run on into 发表时间 or into a day written with 年月日; a post where
 *   the source should be is none.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;
const outletOf = (text: string) => {
  const o = facts(text).outlet as { value?: string } | string | undefined;
  return typeof o === 'string' ? o : o?.value;
};

describe('round 119: what is no event name', () => {
  it('does not take a phrase of praise for what a body will do', () => {
    const f = facts('协会今后要带领全省少年儿童参与读书实践，开展丰富多彩的青少年读书活动。');
    expect(f.title ?? '').not.toMatch(/丰富多彩/);
  });

  it('does not take the event that this one followed', () => {
    const f = facts('继第三届白江书画收藏大会落幕之后，白江地区参会嘉宾座谈会昨天在白江举行。');
    expect(f.title ?? '').not.toMatch(/^继/);
  });

  it('does not take who declared the event open', () => {
    const f = facts('上午9时，活动正式开幕。白江市体育局副局长梅大华讲话，白江市体育局局长张大明宣布活动开幕。');
    expect(f.title ?? '').not.toMatch(/宣布/);
  });

  it('leaves out a count of readers run on into the first sentence', () => {
    const f = facts('浏览人数： 39人 白江县第二届蜂蜜评鉴比赛，今日上午在白江农会礼堂举办，县长王大美致辞。');
    expect(f.title).toBe('白江县第二届蜂蜜评鉴比赛');
  });

  it('does not take the tail of the event before it in a list', () => {
    const f = facts(
      '5月21日，白江咖啡师暨咖啡文化产业链启动礼、第二届白江咖啡协会就职典礼暨慈善晚宴于白江酒店隆重举行。',
    );
    expect(f.title ?? '').not.toMatch(/^礼、/);
  });
});

describe('round 119: matches', () => {
  it('reads a match numbered by its edition, with a quoted cup in its name', () => {
    const f = facts('5月19日上午，首届白江市“云台杯”自行车赛在白江景区隆重开幕，市长李大成致辞。');
    expect(f.title).toBe('首届白江市“云台杯”自行车赛');
  });

  it('reads a series and its leg, opened with 开赛', () => {
    const f = facts('11月19日，2022白江攀岩自然岩壁系列赛(白江马山站)在白江县攀岩小镇正式开赛。');
    expect(f.title).toMatch(/^2022白江攀岩自然岩壁系列赛[（(]白江马山站[）)]$/);
  });

  it('reads a league', () => {
    const f = facts('4月25日，二零二一年度白江第一场公路单车联赛在白江大桥举行，总会会长陈大明致辞。');
    expect(f.title).toMatch(/年度白江第一场公路单车联赛$/);
  });

  it('keeps an open (公开赛) whole (a guard: 开赛 inside it is no verb)', () => {
    const f = facts('7月10日，第二届白江大学生围棋公开赛在白江大学举行。');
    expect(f.title).toBe('第二届白江大学生围棋公开赛');
  });
});

describe('round 119: organizers', () => {
  it('takes a customs house (海关) for a body, and splits bodies joined by 与 after it', () => {
    const f = facts('5月10日，白江通关便利化论坛在白江举行。论坛由白江海关与白江省商务厅主办。');
    expect(f.organizers).toEqual(['白江海关', '白江省商务厅']);
  });

  it('splits bodies joined by 暨', () => {
    const f = facts(
      '8月29日，白江省自然资源厅、白江省测绘局暨白江市自然资源和规划局主办的白江省2025年测绘法宣传日活动在白江广场举行。',
    );
    expect(f.organizers).toEqual(['白江省自然资源厅', '白江省测绘局', '白江市自然资源和规划局']);
  });

  it('keeps a name that joins two places with a dash', () => {
    const f = facts(
      '5月9日，第五届白江咖啡文化节在白江开幕。本届文化节由中国—东盟白江咖啡合作委员会、白江省咖啡行业协会主办。',
    );
    expect(f.organizers).toContain('中国—东盟白江咖啡合作委员会');
  });
});

describe('round 119: outlets', () => {
  const body = '5月20日，白江省计量协会在白江举办世界计量日宣传活动，会长李大明致辞。';

  it('reads 来源 set apart with a bar on a line of its own', () => {
    // (Closing the page, below the article; not the breadcrumb's first crumb above the headline.)
    const page = `微阅读 > 白江观察\n白江开展计量日活动\n2015-05-21 07:41:36\n本报白江5月20日讯（记者张大婷）${body}\n编辑:小微\n来源 | 白江日报`;
    expect(outletOf(page)).toBe('白江日报');
  });

  it('stops a source at 发表时间 run on after it', () => {
    expect(outletOf(`白江开展计量日活动\n来源:白江矿业报发表时间:2021-05-24 浏览次数:698\n${body}`)).toBe('白江矿业报');
  });

  it('stops a source at a day written with 年月日 run on after it', () => {
    expect(outletOf(`白江开展计量日活动\n来源:白江健康文化促进会2023年02月25日\n${body}`)).toBe('白江健康文化促进会');
  });

  it('takes no post for a source', () => {
    expect(outletOf(`白江开展计量日活动\n2011-04-21 作者:刘大华 来源:白江省工业厅副厅长\n${body}`)).not.toBe(
      '白江省工业厅副厅长',
    );
  });
});
