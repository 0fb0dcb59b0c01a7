/**
 * Round 85 of the importer (stop 49), written from the 400 blind reports of stop 48 and tested, before anyone looked,
 * on the 80 of the next wave (QW to RD). Who convened an event is read when the day and the place come between the
 * body and its verb (`甲学会于某日至某日在某地召开了…`), after a short name's note in quotes, and before 隆重/成功; a
 * sentence that says 本次某会 … 由甲、乙主办 is about the event whatever else it names after; a list of organizers
 * after those who only supported, or closed by 等多部门; the short names 注协, 友协, 报协, 记协…; an outlet's newsroom or
 * app after its name (`某日报融媒体`, `某新闻网·某客户端`); an agency's dispatch line is no part of a post. On text
 * written for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { outletProper } from '../../src/lib/import/facts/source.ts';
import { factsOf, people } from '../support/import.ts';

describe('round 85: who convened the event', () => {
  it('reads the body before the days and the place it met at', () => {
    const f = factsOf(
      '白江档案学会于2019年10月29日至31日在白江召开了2019年白江档案工作者年会，年会围绕数字档案展开。\n',
    );
    expect(f.title).toBe('2019年白江档案工作者年会');
    expect(f.organizers).toEqual(['白江档案学会']);
  });

  it('reads several bodies that met on a span of days written with a tilde', () => {
    const f = factsOf(
      '白江林业局湿地中心、白江生态学会、白江地理研究所于2016年12月22~23日在白江学院联合召开白江湿地演化研讨会。\n',
    );
    expect(f.organizers).toEqual(['白江林业局湿地中心', '白江生态学会', '白江地理研究所']);
  });

  it('reads the body whose short name a note in quotes introduces', () => {
    const f = factsOf(
      '2024年6月21日，白江电力企业联合会（以下简称“白电联”）在白江市组织召开了2024年白江电力行协座谈会，会议由白江电力行业协会协办。\n',
    );
    expect(f.organizers).toEqual(['白江电力企业联合会']);
    expect(f.coOrganizers).toEqual(['白江电力行业协会']);
  });

  it('reads the body before how the meeting went (隆重, 成功)', () => {
    const f = factsOf('白江县门球协会隆重召开了白江门球日庆祝暨新球场落成典礼，球友百余人到场。\n');
    expect(f.organizers).toEqual(['白江县门球协会']);
  });

  it('reads two bodies joined by 与, one of them by its short name (注协)', () => {
    const f = factsOf('2010年12月29日，白江省注协与省委统战部联合召开白江新阶层人士联席会议，行业代表参加了会议。\n');
    expect(f.organizers).toEqual(['白江省注协', '省委统战部']);
  });
});

describe('round 85: organizers stated of 本次某会', () => {
  it('reads who held 本次学术研讨会, past the theme in quotes and its comma', () => {
    const f = factsOf(
      '白江博物馆学会第二十届保管研讨会5月8日在白江召开。\n本次学术研讨会主题为“守护文物，面向未来”，由白江博物馆学会、白江省博物馆协会联合主办，白江石窟博物馆承办。\n',
    );
    expect(f.organizers).toEqual(['白江博物馆学会', '白江省博物馆协会']);
    expect(f.hosts).toEqual(['白江石窟博物馆']);
  });

  it('reads who held 本次大会 although the sentence names another kind of event after them', () => {
    const f = factsOf(
      '1月10日至11日，2024年白江口腔医学学术大会在白江成功举办。\n据悉，本次大会以“共创共享”为主题，由白江牙医师协会、白江医学高等专科学校主办，是白江首次联动举办口腔领域学术活动。\n',
    );
    expect(f.organizers).toEqual(['白江牙医师协会', '白江医学高等专科学校']);
  });

  it('leaves out who only supported it, and the count closing the list', () => {
    const f = factsOf(
      '2025年5月29日，白江市青少年心理健康大会隆重召开。\n本次大会由白江心理中心、白江卫生协会支持，白江市卫健委、文旅局、民政局、残联等多部门联合主办。\n',
    );
    expect(f.organizers).toEqual(['白江市卫健委', '文旅局', '民政局', '残联']);
  });
});

describe('round 85: outlets and posts', () => {
  it('takes the paper or site, not its newsroom or app', () => {
    expect(outletProper('白江日报融媒体')).toBe('白江日报');
    expect(outletProper('白江新闻网·大美白江客户端')).toBe('白江新闻网');
    expect(outletProper('白江晚报掌上白江')).toBe('白江晚报');
    expect(outletProper('白江日报客户端')).toBe('白江日报');
    // A county's 融媒体中心 is a body of its own.
    expect(outletProper('白江县融媒体中心')).toBe('白江县融媒体中心');
  });

  it('reads the paper of a byline that credits its newsroom', () => {
    const f = factsOf('白江日报融媒体12月15日讯（记者 甲乙）12月15日，2018首届白江女性发展论坛在白江举行。\n');
    expect(f.outlet).toBe('白江日报');
  });

  it('leaves an agency dispatch and its reporters out of the post that follows', () => {
    expect(
      people(
        '某社白江11月23日电 （记者 甲乙 丙丁）白江对外友好协会副会长李建平23日在出席白江友城交流大会时说，交流很重要。',
      ),
    ).toEqual([['李建平', '白江对外友好协会副会长', '出席']]);
  });
});
