/**
 * Round 65 of the importer (stop 41, from what the blind sets KC to KJ, collected this stop and measured at c509495
 * before any change, read wrong): a quoted name followed by when and where, a space inside 30 周年, 的开幕礼 after any
 * meeting, what a body is to the event (作为…单位的) or what the event is for (为宗旨的) before its name, a body's new
 * premises and its annual awards named without it, how often a series meets, 展开 as the verb of holding; a byline's
 * own people, a caption's 左为/右为, 该会 and a mirror's 官网 in front of a post, 致 before 欢迎辞; the last day of a
 * run that began on the day of the report; 供稿 after the body that sent a piece; organizers of a series named without
 * this edition's number, and no organizer of a body's own new premises. On text written for the test (no sentence of
 * any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, factsOf, people } from '../support/import.ts';

describe('round 65: event names', () => {
  it('reads a quoted name followed by when and where, and closes a space inside 周年', () => {
    expect(eventTitle(['【本报消息】白江志愿者总会主办“白江志愿服务峰会”昨日下午三时假青山码头会议中心举行。'])).toBe(
      '白江志愿服务峰会',
    );
    expect(eventTitle(['8月8日，白江地球物理学会成立30 周年学术论坛在青山举行。'])).toBe(
      '白江地球物理学会成立30周年学术论坛',
    );
  });

  it('leaves 的开幕礼, a body’s part in the event and what the event is for out of the name', () => {
    expect(eventTitle(['他出席了今日第3届白江盆景展赛会的开幕礼。'])).toBe('第3届白江盆景展赛会');
    expect(eventTitle(['5月6日，青山院作为支撑单位的白江学会地下空间专业委员会第二次会员代表大会在青山召开。'])).toBe(
      '白江学会地下空间专业委员会第二次会员代表大会',
    );
    expect(eventTitle(['6月8日，以“增进友谊、探索前沿”为宗旨的第五届白江大学生科技创新论坛在青山举行。'])).toBe(
      '第五届白江大学生科技创新论坛',
    );
  });

  it('names a body’s new premises and annual awards with the body, and reads 展开 as holding', () => {
    expect(eventTitle(['【白江专讯】白江红十字会寻日举行新总部开幕典礼，嘉宾致辞。'])).toBe(
      '白江红十字会新总部开幕典礼',
    );
    expect(eventTitle(['白江红十字会昨日在青山俱乐部举行常年颁奖典礼。'])).toBe('白江红十字会常年颁奖典礼');
    expect(eventTitle(['白江网1月14日电 第十五届白江导游联盟大会14日在青山展开，为期四天。'])).toBe(
      '第十五届白江导游联盟大会',
    );
    expect(eventTitle(['白江导游联盟是导游界的盛事，自1985年起每两年在各地举行一次大会。'])).toBeUndefined();
  });
});

describe('round 65: people', () => {
  it('leaves a byline’s people out and a caption’s or a mirror’s words out of a post', () => {
    expect(
      factsOf(
        '白江观光协会会员大会\n\n【白江时报/总社长 李白江、记者陈青报导】\n\n白江观光协会会长王青山主持会员大会。',
      ).people.map((p) => p.name),
    ).toEqual(['王青山']);
    expect(
      people('正面左为白江象棋总会理事长黄白江，右为白江象棋总会副理事长李青山。').map((p) => p.slice(0, 2)),
    ).toEqual([
      ['黄白江', '白江象棋总会理事长'],
      ['李青山', '白江象棋总会副理事长'],
    ]);
    expect(people('林会长颁发了“证书”给新晋名誉会长陈青山。').map((p) => p.slice(0, 2))).toEqual([
      ['陈青山', '新晋名誉会长'],
    ]);
    expect(people('该会理事长欧白江致辞。').map((p) => p.slice(0, 2))).toEqual([['欧白江', '理事长']]);
    expect(people('yl8cc永利官网代表丁青山发言。').map((p) => p.slice(0, 2))).toEqual([['丁青山', '代表']]);
    expect(people('白江区管委会副主任何青致欢迎辞。').map((p) => p.slice(0, 2))).toEqual([
      ['何青', '白江区管委会副主任'],
    ]);
  });
});

describe('round 65: dates, outlets and organizers', () => {
  it('dates the event by its opening day, not the last day of a run that began on the day of the report', () => {
    const got = factsOf(
      '白江邮展开幕\n\n2024-10-10\n\n白江邮局与白江集邮会即日起至10月12日在青山展馆举办2024年白江邮展，开幕日10月9日嘉宾出席。',
    );
    expect(got.startDate).toBe('2024-10-09');
  });

  it('reads the body that sent a piece in without 供稿', () => {
    expect(
      factsOf('白江园林学会年会召开\n\n来源:白江省园林学会供稿\n\n1月8日，白江省园林学会第三次会员大会在青山召开。')
        .outlet,
    ).toBe('白江省园林学会');
  });

  it('reads who organized a series named without this edition’s number, and the body as the organizer of its new premises’ opening (since round 257)', () => {
    const series = factsOf(
      '白江网1月14日电 第十五届白江导游联盟大会14日在青山展开。\n\n由白江导游联盟及青山导游协会共同主办的白江导游联盟大会是导游界的盛事。',
    );
    expect(series.organizers).toEqual(['白江导游联盟', '青山导游协会']);
    expect(factsOf('【白江专讯】白江红十字会寻日举行新总部开幕典礼，嘉宾致辞。').organizers).toEqual(['白江红十字会']);
  });
});
