/**
 * Round 30 of the importer (from the event names read wrong over sets AI to CT pooled): a name that says only what kind
 * of event it was (`成立大会`) gets its body from the report or is left to the editor; each rule on text written for the
 * test, in the shapes the reports use (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { needsOwner, readEvent } from '../../src/lib/import/facts/event.ts';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { importReport } from '../../src/lib/import/index.ts';
import { sentences } from '../../src/lib/import/text.ts';
import { people, report } from '../support/import.ts';

const event = (lines: string[], headline?: string) => readEvent(sentences(lines), headline);
const title = (lines: string[], headline?: string) => event(lines, headline)?.title;

describe('round 30: a name that says only the kind of event', () => {
  it('tells a kind of event from a name of its own', () => {
    for (const bare of [
      '成立大会',
      '2019年会员大会',
      '第八届(2025-2029)理监事就职典礼',
      '新春团拜晚宴',
      '四届二次理事会',
    ])
      expect(needsOwner(bare), bare).toBe(true);
    for (const named of ['白江青禾商会成立大会', '“青禾之夜”慈善晚会', '2023年白江市社会组织培训班', '三天会议'])
      expect(needsOwner(named), named).toBe(false);
  });

  it('leaves the title to the editor when the report never says whose it was', () => {
    const lines = ['12月3日上午，成立大会在白江会展中心隆重举行，白江市副市长王明远出席并致辞。'];
    expect(event(lines)).toMatchObject({ title: '成立大会', bare: true });
    const facts = extractFacts(report(lines));
    expect(facts.title).toBeUndefined();
    // The people and the day are still read from the sentence that names it.
    expect(facts.people.map((p) => p.name)).toContain('王明远');
    // The editor is told why the title is the headline's.
    const { draft } = importReport(new TextEncoder().encode(['成立大会隆重举行', ...lines].join('\n')), emptyArchive());
    expect(draft.todos).toContain('title：报道只写了“成立大会”，没有写是谁的会议，暂用报道标题，请改为会议的正式名称');
  });

  it("takes the headline's convener of the same kind of event", () => {
    expect(
      title(['青禾同乡会于2017年1月15日在白江举办了盛大庆典，王明远致辞。'], '白江青禾同乡会举办成立十周年盛大庆典'),
      // (Since round 271 without 盛大, how grand it was, after the anniversary: the reader of JV302 wrote it so.)
    ).toBe('白江青禾同乡会成立十周年庆典');
  });

  it('takes a fuller name of it from another sentence', () => {
    expect(
      title([
        '白江妇女联合会于早前筹组白江青禾协会。该协会于日前召开第一次会员大会，推选王明远为会长。',
        '白江青禾协会第一次会员大会假白江大厦礼堂举行，大会由副会长李青山主持。',
      ]),
    ).toBe('白江青禾协会第一次会员大会');
  });

  it('takes the body the headline or the lead says was founded, for its founding', () => {
    expect(
      title([
        '4月27日上午，嘉宾齐聚白江宾馆，共同见证白江市青禾商会正式成立的时刻。',
        '白江市副市长王明远出席成立大会并讲话。',
      ]),
    ).toBe('白江市青禾商会成立大会');
    expect(
      title(['10月21日下午，大会在新城举行，市委书记王明远出席成立大会并讲话。'], '热烈祝贺白江青禾联合会成立'),
    ).toBe('白江青禾联合会成立大会');
  });

  it('takes the event named before a ceremony of it, not one named after', () => {
    expect(
      title([
        '3月11日至14日，白江市民政局举办2023年白江市社会组织培训班。',
        '3月11日举行了开班仪式，白江市民政局副局长王明远致辞。',
      ]),
    ).toBe('2023年白江市社会组织培训班');
  });

  it('keeps a quoted name in front of a kind of event as part of the name', () => {
    expect(title(['昨晚，我市举行“青禾之夜 爱心满城”慈善晚会，市委书记王明远致辞。'])).toBe(
      '“青禾之夜 爱心满城”慈善晚会',
    );
  });

  it('leaves the reporter’s own city out of a founded body', () => {
    expect(title(['我市青禾协会于1月7日宣告成立。', '市民政局局长王明远出席了成立会议。'], '我市成立青禾协会')).toBe(
      '青禾协会成立会议',
    );
  });
});

describe('round 30: the convener before a kind of event', () => {
  it('reads when it met in more shapes: 本月二十一日晚上七时, 月初, 将本周六（10日）晚, a day and an hour', () => {
    expect(
      title(['白江师范大学青禾校友会本月二十一日晚上七时假白江饭店举办成立暨第一届理监事就职典礼，会长王明远致辞。']),
    ).toBe('白江师范大学青禾校友会成立暨第一届理监事就职典礼');
    expect(title(['白江大学青禾校友会月初在白江举行了成立二十五周年庆祝晚宴，会长王明远致辞。'])).toBe(
      '白江大学青禾校友会成立二十五周年庆祝晚宴',
    );
    expect(title(['【本报讯】白江青禾宗亲会将本周六（10日）晚间举办创会暨首届会长就职典礼，会长王明远致辞。'])).toBe(
      '白江青禾宗亲会创会暨首届会长就职典礼',
    );
  });

  it('drops a short name or a Latin abbreviation in brackets from the convener', () => {
    expect(title(['8月21日晚，白江百家姓协会(BJBX)青禾分会在青山酒店举行第五届理事会就职典礼，主席王明远致辞。'])).toBe(
      '白江百家姓协会青禾分会第五届理事会就职典礼',
    );
    expect(title(['白江青禾联合总会和白江侨民协会总会（下称“两总会”）在白江举行换届大会，会长王明远致辞。'])).toBe(
      '白江青禾联合总会和白江侨民协会总会换届大会',
    );
  });

  it('leaves out 本年度 and 年度的, which say which year only relative to the report', () => {
    expect(title(['白江繁荣促进会于4月23日下午三时在青禾会所召开本年度会员大会，会议由会长王明远主持。'])).toBe(
      '白江繁荣促进会会员大会',
    );
    expect(title(['白江市陈氏宗亲会30日上午12时在白江餐厅举办了年度的会员大会，理事长王明远致辞。'])).toBe(
      '白江市陈氏宗亲会会员大会',
    );
  });

  it('reads a name before 昨（十）日上午', () => {
    expect(title(['白江县青禾促进会会员代表大会昨（十）日下午在县府中山堂召开，县长王明远颁奖。'])).toBe(
      '白江县青禾促进会会员代表大会',
    );
  });
});

describe('round 30: what is no name', () => {
  it('does not read a count of days as a name', () => {
    expect(title(['6月28日至30日，白江青禾商会总会在白江举行三天会议，会长王明远致辞。'])).not.toBe('三天会议');
  });

  it('drops a repost’s 原标题 and reads 举办之 as 举办的', () => {
    expect(
      title([
        '（原标题：第三届白江青禾恳亲大会在白江开幕',
        '5月3日，第三届白江青禾恳亲大会在白江开幕，会长王明远致辞。',
      ]),
    ).toBe('第三届白江青禾恳亲大会');
    expect(
      title(['会长王明远于2024年9月28日前往白江，参加由白江青禾会馆举办之第十一届世界青禾同乡恳亲大会，并致辞。']),
    ).toBe('第十一届世界青禾同乡恳亲大会');
  });
});

describe('round 30: notes in a name', () => {
  it('drops a short form or a year in brackets inside a name, not a place in brackets', () => {
    expect(title(['5月2日，白江华侨华人社团联合会（白华联会）成立15周年庆典大会在白江举行，会长王明远致辞。'])).toBe(
      '白江华侨华人社团联合会成立15周年庆典大会',
    );
    expect(title(['3月9日，白江市青禾同乡会第十五届（106年）第一次会员大会在白江举行，会长王明远致辞。'])).toBe(
      '白江市青禾同乡会第十五届第一次会员大会',
    );
    expect(title(['3月9日，第十一届世界青禾(府署)同乡恳亲大会在白江举行，会长王明远致辞。'])).toBe(
      '第十一届世界青禾(府署)同乡恳亲大会',
    );
  });
});

describe('round 30: more of whose a kind of event is', () => {
  it('finds the convener of a name that lost a note in brackets', () => {
    expect(title(['昨(26)日，白江市青禾同乡会举行第十五届（106年）第二次理监事联席会议，理事长王明远致辞。'])).toBe(
      '白江市青禾同乡会第十五届第二次理监事联席会议',
    );
  });

  it('reads the convener after a reporter’s credit ended by a slash', () => {
    expect(title(['青禾日报记者王明远报导/白江市陈氏宗亲会30日上午在白江餐厅举办了会员大会，理事长李青山致辞。'])).toBe(
      '白江市陈氏宗亲会会员大会',
    );
  });

  it('leaves out the reporter’s own county before the convener', () => {
    expect(title(['12月31日，我县青禾门球协会举行第五届委员会第二次全体会议，主席王明远讲话。'])).toBe(
      '青禾门球协会第五届委员会第二次全体会议',
    );
  });

  it('names the founding of a body when the only event named is a ceremony of it', () => {
    expect(
      title(['12月10日下午，白江市青禾商会正式成立，会上宣读商会第一届理事名单，并举行授牌仪式。', '会长王明远致辞。']),
    ).toBe('白江市青禾商会成立');
  });

  it('reads a quoted name that starts with 和谐', () => {
    expect(title(['昨晚，我市举行“和谐青禾 爱心满城”慈善晚会。市委书记王明远致辞。'])).toBe(
      '“和谐青禾 爱心满城”慈善晚会',
    );
  });
});

describe('round 30: what stands before a position', () => {
  it('leaves out 我国, 现任 and 邀 before a post', () => {
    expect(people('我国贸工部长颜青山出席晚宴并致辞。')).toContainEqual(['颜青山', '贸工部长', '致辞']);
    expect(people('现任侨务委员陈明远也应邀出席。')).toContainEqual(['陈明远', '侨务委员', '出席']);
    expect(people('大会特别邀基金会执行长曾青山致辞。')).toContainEqual(['曾青山', '基金会执行长', '致辞']);
  });

  it('reads the post after who led or accompanied its holder', () => {
    expect(people('陈县长带领县府财政处处长许青山出席典礼。')).toContainEqual(['许青山', '县府财政处处长', '出席']);
    expect(people('王会长陪同市侨联副主席李青山参加活动。')).toContainEqual(['李青山', '市侨联副主席', '出席']);
  });
});
