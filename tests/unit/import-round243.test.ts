/**
 * Round 243 (stop 74), from the 320 reports of the waves ZS2 to AX3 (the fourth, AQ3 to AX3, read once before):
 * - a province or city in brackets inside a name, the name going on after it (`共建高原（青海）某实验室`), is part of it,
 *   though the text before spells the place out (withoutNotes had read it as a short form: the stops before counted 3
 *   such names left out);
 * - two datelines before the name, a mirror's and the agency's (`某在线11月18日讯 中新社某地11月18日电 （甲 乙）`);
 * - `为第48届某竞赛…`: a clause cut before its verb; `某博览会配套文化活动之第二届某博览会`: the programme it belongs to;
 * - `全港首个「某赛」`: that it is the first of its kind, before the quoted name (and the body that held it still read);
 * - a sentence of what is still to be held (`某地“十一”将举行…系列活动`) is no name; `集团` alone names no outlet;
 * - outlets: a forum's buttons after its time stamp (`| 查看全部 |阅读模式`) name none, so the byline's paper is read;
 *   `发布部门：` labels who put the page up, and `所在位置：` run on after its value is the next field.
 * On the 320: 3 event names right that were wrong (two more still wrong: one shorter, one another), one outlet wrong
 * gone, one city right; 2 outlets right that were missing.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { withoutNotes } from '../../src/lib/import/text.ts';
import { eventTitle, factsOf, reportFacts } from '../support/import.ts';

describe('round 243', () => {
  it('keeps a place in brackets inside a name', () => {
    expect(withoutNotes('白江研究院与青海省某局共建高原（青海）能效实验室签约仪式')).toBe(
      '白江研究院与青海省某局共建高原（青海）能效实验室签约仪式',
    );
    // (A short form in brackets is still a note: `中国青禾协会（中青协）`.)
    expect(withoutNotes('中国青禾协会（中青协）成立大会')).toBe('中国青禾协会成立大会');
  });

  it('strips two datelines, a clause cut before its verb and the programme an event belongs to', () => {
    expect(
      eventTitle([
        '白江在线11月18日讯 青禾社白江11月18日电 （李一 王二）备受瞩目的第四届白江国际马戏节18日晚在白江马戏城拉开帷幕。',
      ]),
    ).toBe('第四届白江国际马戏节');
    expect(eventTitle(['为第48届白江技能竞赛暨第45届青禾技能选拔赛揭开序幕。'])).not.toMatch(/^为/);
    expect(eventTitle(['5月18日，第十五届白江文博会配套文化活动之第二届“青禾的世界”博览会在白江会展中心开幕。'])).toBe(
      '第二届“青禾的世界”博览会',
    );
  });

  it('leaves out that it is the first of its kind, and still reads who held it', () => {
    const facts = reportFacts(
      '白江残疾人体育总会3月30日举行全港首个「白江扶轮社伤健共融射击邀请赛」，由白江扶轮社冠名赞助。总会会长李一青致辞。',
    );
    expect(facts.title).toBe('白江扶轮社伤健共融射击邀请赛');
    expect(facts.organizers).toEqual(['白江残疾人体育总会']);
  });

  it("reads the byline's paper past a forum's buttons, and a 发布部门 label", () => {
    const body = '8月30日，白江市第三届焊工技能大赛在青禾公司开赛。市总工会主席李一青致辞。';
    expect(
      reportFacts(`白江焊工大赛开赛\n发表于 2020-9-5 16:14:16 | 查看全部 |阅读模式\n白江劳动报讯 （记者 王青） ${body}`)
        .outlet,
    ).toBe('白江劳动报');
    expect(
      reportFacts(`白江焊工大赛开赛\n发布时间: 2006-10-23发布部门:白江水电学会所在位置:行业新闻 浏览次数:\n${body}`)
        .outlet,
    ).toBe('白江水电学会');
  });

  it('reads no name from what is still to be held, and no outlet from 集团 alone', () => {
    // (A page's list of other stories, one of them about a celebration to come.)
    const list = '白江新闻\n- 白江“十一”将举行升旗仪式等系列庆祝活动\n- 青禾港媒好评如潮';
    expect(factsOf(`http://example.org/a.html\n${list}`).title ?? '').not.toMatch(/将举行/);
    expect(
      reportFacts(
        '第二届白江沉香博览会开幕\n您的位置： 集团首页 > 新闻动态 > 本集团新闻\n12月8日，第二届白江沉香博览会在白江开幕。市长李一青致辞。',
      ).outlet,
    ).toBeUndefined();
  });
});
