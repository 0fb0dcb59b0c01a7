/**
 * Round 134 of the importer (stop 58), from stop 57's sixth wave (SI to SP) after its honest run: what moved an event's
 * makers (`以“…”为初衷的`, `秉持“…”理念的`), who paid for it (`某局资助的`) and praise of its reach (`最具影响力的`) are
 * no part of its name, nor is the hour it opened at written in numerals (`下午六时三十分`); a radical set for the
 * ideograph it looks like (`人⺠政府`) reads as that ideograph; what follows 主办 (`的第六届某博览会`) is no organizer; a
 * breadcrumb's `您所在的位置` and a channel (`某某频道`) name no outlet, nor does a WeChat account's `微信号` belong to
 * one; `中共某县委、县人民政府` is that county's government. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string, url = 'http://example.org/2024/0321/a.html') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;

describe('round 134: event names', () => {
  it('cuts what moved its makers, who paid and praise from the front of a name', () => {
    expect(
      facts('白江钢琴比赛落幕\n以“培育音乐人才，普及音乐文化”为初衷的第三届白江钢琴比赛总决赛，于3月20日在白江落幕。')
        .title,
    ).toBe('第三届白江钢琴比赛总决赛');
    expect(facts('白江采摘节开幕\n3月20日，秉持“以果为媒，以节会友”理念的第四届白江采摘节在白江县开幕。').title).toBe(
      '第四届白江采摘节',
    );
    expect(
      facts('白江司仪比赛举行\n由白江司仪协会主办，教青局资助的“第一届白江学生司仪比赛”决赛于3月20日圆满举行。').title,
    ).toMatch(/^“?第一届白江学生司仪比赛/);
    expect(facts('白江轮滑赛开幕\n最具影响力和号召力的白江速度轮滑锦标赛今晚在白江体育中心揭开序幕。').title).toBe(
      '白江速度轮滑锦标赛',
    );
  });

  it('takes no hour written in numerals for part of a name', () => {
    const f = facts(
      '白江珍品展开幕\n由白江文化局主办的《启明——白江博物馆馆藏珍品展》於三月二十日(星期四)下午六时三十分在白江画廊举行开幕式。',
    );
    expect(f.title).toBe('《启明——白江博物馆馆藏珍品展》');
  });
});

describe('round 134: bodies and outlets', () => {
  it('reads a radical set for an ideograph as that ideograph', () => {
    const f = facts('白江博览会举行\n3月20日，由白江市人⺠政府主办的第六届白江博览会在白江举办。');
    expect(f.organizers).toEqual(['白江市人民政府']);
  });

  it("names the county's government after its party committee", () => {
    const f = facts('白江采摘节开幕\n3月20日晚，由中共白江县委、县人民政府主办的第三届白江采摘节开幕式在白江县举行。');
    expect(f.organizers).toEqual(['中共白江县委', '白江县人民政府']);
    const g = facts('白江论坛举行\n3月20日，由中共白江市委宣传部、市委网信办主办的白江网络论坛在白江举行。');
    expect(g.organizers).toEqual(['中共白江市委宣传部', '市委网信办']);
  });

  it("takes no breadcrumb's words or channel for the outlet, nor a WeChat account's 微信号", () => {
    const f = facts(
      '您所在的位置 > 白江频道 > 要闻 > 正文\n白江博览会举行\n3月20日，第六届白江博览会在白江举办。',
      'http://www.example.org/2024-03/21/a.htm',
    );
    expect(f.outlet ?? '').not.toMatch(/位置|频道/);
    const g = facts(
      '白江古村之友成立\n2024-03-21来源：微信号白江古村志愿者网络\n3月20日，白江古村之友成立大会在白江举行。',
    );
    expect(g.outlet).toBe('白江古村志愿者网络');
  });
});
