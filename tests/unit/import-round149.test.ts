/**
 * Round 149 of the importer (stop 61), from stop 61's second wave (LO to LV) after its honest run: the paper's own edition
 * of 星岛 is 星岛日报; the occasion an event coincided with (`恰逢…之际`) says nothing of who held it, and 的 before an
 * opening or closing ceremony is prose; 主持 names only an event named in full; the dispatch's sentence saying what was done
 * today dates a key sentence that gives no day; a venue's place may follow what it is called (`在西北名城甘肃省兰州市`),
 * and a municipality's short name opens a name; a body whose clause ends in when it met, then the venue and a comma, held
 * the event, and that day is the event's though 日前 comes before it; a body honoured at the event did not hold it; a
 * sentence naming the event gives its venue; a prison is a body; a day in numerals before 是 or closing a bracketed dateline is a day; a
 * byline and the 获 of what was received are no part of a post. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, people, reportFacts } from '../support/import.ts';

const facts = reportFacts;

describe('round 149', () => {
  it('names the paper’s own edition of 星岛 as 星岛日报', () => {
    expect(
      facts(
        '白江庙修缮竣工\n2024年10月12日，白江同乡会在白江庙举行白江庙修缮竣工典礼。',
        'https://std.stheadline.com/daily/a.html',
      ).outlet,
    ).toBe('星岛日报');
  });

  it('takes no convener from the occasion, and leaves 的 before an opening ceremony out of the name', () => {
    expect(
      facts(
        '白江文化节开幕\n恰逢白江省民族团结工作现场会在白江召开之际，7月6日第二届白江辣白菜文化节在白江村隆重开幕。',
        'http://example.org/2019/07/a.html',
      ).title,
    ).toBe('第二届白江辣白菜文化节');
    expect(facts('白江中心开幕\n2006年7月14日，白江惩教所职业训练中心的开幕仪式在白江举行。').title).toBe(
      '白江惩教所职业训练中心开幕仪式',
    );
  });

  it('reads what was presided over only when it is named in full', () => {
    expect(eventTitle(['白江县副县长孙学武主持欢迎晚宴。'])).toBeUndefined();
    expect(eventTitle(['白江署长张三今日主持大型禁毒活动「2018白江抗毒」启动礼。'])).toBe('「2018白江抗毒」启动礼');
  });

  it('dates a key sentence without a day by the dispatch’s own sentence of today', () => {
    expect(
      facts(
        '白江培训中心揭牌\n中新社白江十二月二十六日电 （记者 陈静）白江首家卫生技能培训中心今天正式成立。\n白江监狱管理局卫生技能培训中心揭牌仪式在白江监狱举行。',
        'http://example.org/sh/news/2007/12-27/1115993.shtml',
      ).startDate,
    ).toBe('2007-12-26');
  });

  it('places a venue after what it is called, and an event named after a municipality', () => {
    expect(facts('白江座谈会\n全国白江座谈会7月9日在历史名城甘肃省兰州市召开。').place?.city).toBe('兰州市');
    expect(facts('白江会议\n上海2022年全市白江工作会议2月9日在市政府召开。').place?.city).toBe('上海市');
  });

  it('reads the body before the day, the venue and a comma, and the day after 日前', () => {
    const f = facts(
      '白江典礼\n政府日前宣布将白江庙列为古迹，白江同乡会昨日在白江庙前，举行白江庙修缮竣工典礼。',
      'http://example.org/2024/10/13/a.html',
    );
    expect(f.organizers).toEqual(['白江同乡会']);
    expect(f.startDate).toBe('2024-10-12');
  });

  it('reads a prison as a body that holds events', () => {
    expect(
      facts(
        '白江监狱开放日\n11月30日，白江监狱举办了第四届“白江阳光执法”监狱开放日活动。',
        'http://example.org/2016/12/01/a.html',
      ).organizers,
    ).toEqual(['白江监狱']);
  });

  it('reads no convener from a body honoured at the event', () => {
    expect(
      facts(
        '白江基地授牌\n白江青年创业中心于日前（27日）举行的第21届全国白江创业园年会上，获授牌成为首个白江孵化基地。',
        'http://example.org/2021/11/30/a.html',
      ).organizers,
    ).toEqual([]);
  });

  it('reads a day in numerals before 是 and closing a bracketed dateline', () => {
    expect(
      facts(
        '白江纪念仪式\n【白江中通社十一日电】十一日是重阳节，白江特区政府在白江纪念花园举行纪念仪式。',
        'http://example.org/2024/10/12/a.html',
      ).startDate,
    ).toBe('2024-10-11');
  });

  it('leaves a byline and the 获 of what was received out of the post', () => {
    expect(people('【白江日报讯】（记者王小旎 苏晓）白江资本全球执行合伙人沈南鹏出席并致辞。')).toEqual([
      ['沈南鹏', '白江资本全球执行合伙人', '致辞'],
    ]);
    expect(people('白江中心获白江科技部火炬中心副主任段俊虎授牌。').map(([name, post]) => [name, post])).toEqual([
      ['段俊虎', '白江科技部火炬中心副主任'],
    ]);
  });
});
