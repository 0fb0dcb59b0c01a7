/**
 * Round 53 of the importer (from what the blind sets HE to HJ, collected during stop 39 and measured at 96729b4 before
 * any change, read wrong): days written as digits run together, with a point, or with spaces in a run; a forum's edit
 * stamp as the publication time; a correspondent, a section (某科) or the site's 本站 as no outlet; known addresses of
 * writing platforms and papers; a day or a clause about an opportunity as no body; 政府及非营利组织 as one field; a
 * Taiwanese body's legal form, and 活动 after a name's kind, as no part of an event's name; a body's theme and
 * branch-work meetings and its annual meeting as its own. On text written for the test (no sentence of any real report
 * is copied here).
 */
import { describe, expect, it } from 'vitest';
import { ownMeeting, splitOrganizations } from '../../src/lib/import/facts/organizers.ts';
import { outletFromUrl } from '../../src/lib/import/outlets.ts';
import { eventTitle, factsOf } from '../support/import.ts';

describe('round 53: days and the publication time', () => {
  it('reads the month and day of a dated year run together, where one split only is a real day', () => {
    const got = factsOf(
      '白江汽车协会换届\n\n2022年825日下午，白江汽车行业协会在白江召开第五届会员大会，会长李青山主持。',
    );
    expect(got.startDate).toBe('2022-08-25');
    // `2022年112日`: 1月12日 or 11月2日; the report does not say which.
    expect(
      factsOf('白江汽车协会换届\n\n2022年112日下午，白江汽车行业协会在白江召开第五届会员大会。').startDate,
    ).not.toBe('2022-01-12');
  });

  it('reads eight digits and a run, a month and day with a point, and a run with spaces', () => {
    expect(
      factsOf('白江会计学会开会\n\n由白江会计学会主办的“会计史专题会议”20191025-27日在白江大学举行，会长李青山致辞。')
        .endDate,
    ).toBe('2019-10-27');
    const pointed = factsOf(
      '白江基金会捐赠\n创建于2023-05-20\n\n为弘扬助残风尚，5.18日白江市残疾人福利基金会在白江举行物资捐赠仪式，理事长王明远讲话。',
    );
    expect(pointed.startDate).toBe('2023-05-18');
    // The day is no part of the body that held it.
    expect(pointed.organizers.filter((o) => /\d/.test(o))).toEqual([]);
    expect(
      factsOf('白江律师日\n\n白江律师公会年度研讨会于2024年5月17日至 19 日在白江举行，会长李青山致辞。').endDate,
    ).toBe('2024-05-19');
  });

  it("takes a forum's edit stamp for the publication time, and reads the byline after it", () => {
    const got = factsOf(
      '白江法学会代表大会\n\n本帖最后由 青山 于 2015-11-14 18:24 编辑本报白江11月13日讯 （记者 王青）白江省法学会第五次会员代表大会13日在白江举行，会长李青山讲话。',
    );
    expect(got.published).toBe('2015-11-14 18:24');
    expect(got.startDate).toBe('2015-11-13');
  });
});

describe('round 53: outlets', () => {
  it('takes no correspondent, section or 本站 for the outlet', () => {
    const lead = '6月3日，白江省石材协会第三届会员代表大会在白江召开，会长李青山主持会议。';
    expect(factsOf(`白江石材协会召开大会\n发布时间：2021-06-04 来源：通讯员\n\n${lead}`).outlet).toBeUndefined();
    expect(factsOf(`白江石材协会召开大会\n发布时间：2021-06-04 来源：宗教科\n\n${lead}`).outlet).toBeUndefined();
    expect(factsOf(`白江石材协会召开大会\n\n本站讯 （通讯员 王青）${lead}`).outlet).toBeUndefined();
  });

  it('knows the addresses of writing platforms and of Macau and Sichuan papers', () => {
    // (Writing platforms name no outlet by their address since stop 49: see aggregatorOf.)
    expect(outletFromUrl('https://www.meipian.cn/abc123')).toBeUndefined();
    expect(outletFromUrl('https://baijiahao.baidu.com/s?id=1')).toBeUndefined();
    expect(outletFromUrl('https://www.waou.com.mo/2024/05/16/x/')).toBe('华侨报');
    expect(outletFromUrl('https://www.exmoo.com/index.php/macau/p1')).toBe('力报');
    expect(outletFromUrl('https://cdn.gcs.gov.mo/news/detail/x')).toBe('澳门特别行政区政府新闻局');
  });
});

describe('round 53: organizers', () => {
  it("takes no day, no clause about an opportunity, and no part of a field's name for a body", () => {
    expect(splitOrganizations('5月18日白江市残疾人福利基金会')).toEqual(['白江市残疾人福利基金会']);
    expect(splitOrganizations('白江会计学会政府及非营利组织财务专业委员会')).toEqual([
      '白江会计学会政府及非营利组织财务专业委员会',
    ]);
    const got = factsOf(
      '白江汽车会巡游\n\n7月30日，白江汽车会举办庆祝巡游活动，会长李青山表示汽车会将再争取机会举办更多活动。',
    );
    expect(got.organizers).not.toContain('汽车会将再争取机会');
  });

  it("reads a body's annual, work and theme meetings as its own", () => {
    expect(ownMeeting('白江汽车维修行业协会', '白江汽车维修行业协会分支机构工作会议')).toBe(true);
    expect(ownMeeting('白江市肢残协会', '白江市肢残协会“融合发展”主题会议')).toBe(true);
    expect(ownMeeting('白江诗词学会', '白江诗词学会2024年会')).toBe(true);
    expect(ownMeeting('白江市民政局', '白江市民政局社会组织座谈会')).toBe(false);
  });
});

describe('round 53: event names', () => {
  it("leaves out a Taiwanese body's legal form, and 活动 after a name's kind", () => {
    expect(eventTitle(['社团法人白江县脊髓协会第17届第二次会员大会1日在白江举行，理事长李青山致词。'])).toBe(
      '白江县脊髓协会第17届第二次会员大会',
    );
    expect(eventTitle(['第67届白江会计师节联欢晚会活动于白江举行，理事长李青山致词。'])).toBe(
      '第67届白江会计师节联欢晚会',
    );
  });

  it("gives a body's theme or branch-work meeting the body", () => {
    expect(eventTitle(['8月10日，白江市肢残协会在白江召开“融合发展 共创小康”主题会议。'])).toBe(
      '白江市肢残协会“融合发展 共创小康”主题会议',
    );
    expect(eventTitle(['1月8日，白江汽车维修行业协会在白江召开分支机构工作会议。'])).toBe(
      '白江汽车维修行业协会分支机构工作会议',
    );
  });
});
