/**
 * Round 45 of the importer (from what the blind sets FI to FN, collected during stop 38 and measured at 332e212 before
 * any change, read wrong): outlets from a press release's dateline, a `<outlet> 发布于 <time>` line, a site's name in
 * brackets after its address, 来源 whose value sits on the line below, a summary's label before the byline and 专稿
 * after a site's name; people named `<body><name><title>` or with a note after the title inside a list, a post held by
 * the name after 为, 邀请到, 和 after 教授, and 纷纷 or 饶有 as no name; the headline's body before a name that opens
 * with its year, and the organizer stated for the name as the body wrote it. On text written for the test (no sentence
 * of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, factsOf, people } from '../support/import.ts';

describe('round 45: outlets', () => {
  it("reads the wire of a press release's dateline, with its day", () => {
    const got = factsOf(
      'URL: https://example.com/r/1.html\n白江2021年3月9日 /白江通讯社/ -- 2021年3月9日，白江物流协会在白江召开第二届会员大会，会长王明远主持会议。',
    );
    expect(got.outlet).toBe('白江通讯社');
    expect(got.published).toBe('2021-03-09');
  });

  it('reads the outlet before 发布于 and its time', () => {
    const got = factsOf(
      'URL: https://example.com/a/2.html\n白江新闻 发布于 2022-05-04 10:20:30\n5月3日，白江钢铁协会二届一次会员大会在白江召开，会长王明远主持。',
    );
    expect(got.outlet).toBe('白江新闻');
  });

  it("reads a site's name in brackets after its address and the day", () => {
    const got = factsOf(
      '白江化工论坛在白江召开\nhttp://www.example.com【白江经济网】2023-06-07\n6日，2023白江化工论坛在白江召开，协会会长王明远致辞。',
    );
    expect(got.outlet).toBe('白江经济网');
  });

  it('reads a 来源 whose value is the body on the line below the headline', () => {
    const got = factsOf(
      '白江测绘学会召开常务理事会\n2018-02-03 10:00:00 来源：\n白江省测绘地理信息局\n2月2日，白江测绘学会常务理事会在白江召开，理事长王明远作报告。',
    );
    expect(got.outlet).toBe('白江省测绘地理信息局');
  });

  it("reads the byline after a summary's label, and a site's name without 专稿", () => {
    const byline = factsOf(
      '白江拍卖基金成立\n核心提示： （白江艺术网讯 王明远）2016年2月3日，白江拍卖协会在白江举办会议。\n（白江艺术网讯 王明远）2016年2月3日，白江拍卖协会在白江举办会议，会长李青山致辞。',
    );
    expect(byline.outlet).toBe('白江艺术网');
    const source = factsOf(
      '白江拍卖基金成立\n发布时间：2016-02-04 来源：白江艺术网专稿\n2016年2月3日，白江拍卖协会在白江举办第三届会员大会，会长李青山致辞。',
    );
    expect(source.outlet).toBe('白江艺术网');
  });
});

describe('round 45: people', () => {
  it('reads list items of a name and a title with a body before the name or a note after the title', () => {
    expect(people('白拍协黄青山会长、李明远副会长（兼艺委会主任）、陈晓秘书长出席会议。')).toEqual([
      ['黄青山', '白拍协会长', '出席'],
      ['李明远', '副会长（兼艺委会主任）', '出席'],
      ['陈晓', '秘书长', '出席'],
    ]);
    expect(people('白江议会（航运界）林青山议员，以及上届议员王明远先生莅临主礼。').map((p) => p.slice(0, 2))).toEqual([
      ['林青山', '白江议会（航运界）议员'],
      ['王明远', '上届议员'],
    ]);
  });

  it("reads the post after 为 as the next name's, and leaves 到 of 邀请到 out of it", () => {
    expect(people('白钢协第二届理事会会长为白江集团党委书记、董事长沈青山。').map((p) => p.slice(0, 2))).toEqual([
      ['沈青山', '白江集团党委书记、董事长'],
    ]);
    expect(people('会议邀请到白江大学地理学院教授李明远作报告。').map((p) => p.slice(0, 2))).toEqual([
      ['李明远', '白江大学地理学院教授'],
    ]);
  });

  it("ends a professor's item at 和, and reads 纷纷 and 饶有 as no name", () => {
    expect(people('白江学院院长相青山教授和测绘系主任田明远出席。').map((p) => p.slice(0, 2))).toEqual([
      ['田明远', '测绘系主任'],
    ]);
    expect(people('学会及各地气象组织代表纷纷发言。')).toEqual([]);
    expect(people('许院长饶有兴致地介绍了学院情况。')).toEqual([]);
  });
});

describe('round 45: event names and organizers', () => {
  it('gives a name that opens with its year the body the headline puts before it', () => {
    expect(
      eventTitle(
        ['10月9日，由白江有色金属协会主办的“2025年地方协会负责人座谈会”在白江召开。'],
        '白江有色金属协会2025年地方协会负责人座谈会在白江召开',
      ),
    ).toBe('白江有色金属协会2025年地方协会负责人座谈会');
  });

  it('keeps the organizer the report states for the name as the body writes it', () => {
    const got = factsOf(
      '白江有色金属协会2025年地方协会负责人座谈会在白江召开\n10月9日，由白江有色金属协会主办、白江省有色协会协办的“2025年地方协会负责人座谈会”在白江召开。协会副会长王明远出席并讲话。',
    );
    expect(got.title).toBe('白江有色金属协会2025年地方协会负责人座谈会');
    expect(got.organizers).toEqual(['白江有色金属协会']);
  });
});
