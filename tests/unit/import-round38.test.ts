/**
 * Round 38 of the importer (from what the blind sets DW to DZ, collected in stop 36 and measured at b39573c before any
 * change, read wrong): reporters' credits in brackets before the convener, a venue after 假, a 书画院, a site's masthead
 * line, 任 and 兼任 between a name and a post, labels and dashes before a post. On text written for the test (no sentence
 * of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { readEvent } from '../../src/lib/import/facts/event.ts';
import { readReport } from '../../src/lib/import/read.ts';
import { sentences } from '../../src/lib/import/text.ts';
import { people } from '../support/import.ts';

const facts = (text: string) => extractFacts(readReport(new TextEncoder().encode(text)));
const title = (lines: string[], headline?: string) => readEvent(sentences(lines), headline)?.title;

describe('round 38: what opens the paragraph is no part of the convener', () => {
  it('drops a reporter credit in brackets of any kind, or after the outlet', () => {
    expect(title(['（记者王明远/白江报导）白江家长会长协会第5届第2年会员代表大会昨天举行。'])).toBe(
      '白江家长会长协会第5届第2年会员代表大会',
    );
    expect(title(['白江报道（甲乙 丙丁 报道）7月4日，白江曲艺家协会第二届二次会员大会召开。'])).toBe(
      '白江曲艺家协会第二届二次会员大会',
    );
    const got = facts(
      'https://news.example.com/a/1\n〔记者王明远/台北报导〕白江纺织同业公会於今(22)日召开第9届第2次会员大会及第9届第2次理事会议，选出新任理事长。',
    );
    expect(got.title).toBe('白江纺织同业公会第9届第2次会员大会及第9届第2次理事会议');
    // (Stop 63: the body that convened its own congress is its organizer, import-round158.test.ts.)
    expect(got.organizers).toEqual(['白江纺织同业公会']);
  });

  it('drops 为迎接 before the meeting it prepares for', () => {
    expect(title(['为迎接白江中小学家长联合会第二届代表大会胜利召开，各校做了准备。'])).toBe(
      '白江中小学家长联合会第二届代表大会',
    );
  });

  it('reads a body holding its own meeting at a venue after 假 as its organizer (since round 257)', () => {
    const got = facts(
      'https://news.example.com/a/1\n白江鞋业商会昨晚(14日)假某国际宾馆举行成立30周年暨第九届理事会就职典礼。',
    );
    expect(got.title).toBe('白江鞋业商会成立30周年暨第九届理事会就职典礼');
    expect(got.organizers).toEqual(['白江鞋业商会']);
  });

  it('takes a 书画院 as a convener', () => {
    expect(title(['8月30日下午，白江春书画院举行会员大会，改选理事会。'])).toBe('白江春书画院会员大会');
  });
});

describe('round 38: the outlet from the masthead line of a site', () => {
  it('reads `某某协会官方网站` at the top of the page', () => {
    const got = facts(
      'http://www.example.cn/news.php?vid=1\n白江印刷包装行业协会官方网站\n白江包装联合会40周年庆典暨换届大会召开\n时间：2022-12-16 点击：446次\n12月15日下午，白江包装商会成立20周年庆典暨五届一次会员大会在白江召开。',
    );
    // (Since stop 50 the outlet is the body whose site it is, without 官方网站.)
    expect(got.outlet).toBe('白江印刷包装行业协会');
  });
});

describe('round 38: people', () => {
  it('reads 任 and 兼任 between a name and a post as the verb', () => {
    expect(people('选举产生了白江学会第七届理事会，白江医院副院长王明远任理事长。')).toEqual([
      ['王明远', '白江医院副院长', '其他'],
    ]);
    expect(people('李青山、张青当选为副会长，李青山兼任秘书长。').map((p) => p[0])).not.toContain('李青山兼');
    expect(people('白江陶瓷协会会长王明远站在全行业高度分析形势。').map((p) => p[0])).not.toContain('王明远站');
    expect(people('二届大会一致同意白江研究所张青、白江医药公司李青山任副秘书长。').map((p) => p[0])).not.toContain(
      '李青山任',
    );
  });

  it('reads 总编辑 and 高级副总裁 as titles', () => {
    expect(people('白江网总编辑王明远出席。')).toEqual([['王明远', '白江网总编辑', '出席']]);
    expect(people('白江建材公司李青山高级副总裁出席。')).toEqual([['李青山', '白江建材公司高级副总裁', '出席']]);
  });

  it('does not carry a label, a dash, 会中, 敦聘 or a person named before into the post', () => {
    expect(people('参会人员：白江教体局局长王明远、主任李青山出席。')).toEqual([
      ['王明远', '白江教体局局长', '出席'],
      ['李青山', '主任', '出席'],
    ]);
    expect(people('——甲乙丙丁主礼 主席王明远宣誓就任')).toEqual([['王明远', '主席', '其他']]);
    expect(people('会中白江谜学研究会前任理事长王明远致词。')).toEqual([
      ['王明远', '白江谜学研究会前任理事长', '致辞'],
    ]);
    expect(people('会员大会提议敦聘前理事长王明远为顾问。')).toEqual([['王明远', '前理事长', '其他']]);
    expect(people('李县长及白江党部主委王明远出席。')).toEqual([['王明远', '白江党部主委', '出席']]);
    expect(people('访问团拜会白江国民党前荣誉主席王明远。').map((p) => p[1])).toEqual(['白江国民党前荣誉主席']);
  });

  it('reads posts filled as 副主席则由…担任, 被聘为, 聘请…为 after 会议决定, and 选举通过了', () => {
    expect(people('王明远当选为白江戏剧家协会主席，副主席则由李青山、张青（按姓名笔画排名）担任。')).toEqual(
      expect.arrayContaining([
        ['李青山', '副主席', '其他'],
        ['张青', '副主席', '其他'],
      ]),
    );
    expect(people('会议决定聘请王明远为协会名誉主席，李青山被聘为协会秘书长。')).toEqual([
      ['王明远', '名誉主席', '其他'],
      ['李青山', '秘书长', '其他'],
    ]);
    expect(people('选举通过了王明远为会长，李青山为秘书长的第三届领导班子。')).toEqual([
      ['王明远', '会长', '其他'],
      ['李青山', '秘书长', '其他'],
    ]);
  });

  it('keeps the post after 与 when the one before it is someone else’s', () => {
    expect(people('甲乙常务副会长与白江市政府副秘书长王明远为白江协会揭牌。')).toEqual([
      ['王明远', '白江市政府副秘书长', '其他'],
    ]);
  });

  it('reads a note in brackets after an appointed name, a section (科) before a name, 主任科员, 主教, and 同志 after a rare surname', () => {
    expect(people('选举王明远（白江教育局前副局长）为会长，李青山（资深教师）为秘书长。')).toEqual([
      ['王明远', '会长', '其他'],
      ['李青山', '秘书长', '其他'],
    ]);
    expect(people('白江教体局李青山局长、家庭教育科王明远主任出席。')).toContainEqual([
      '王明远',
      '家庭教育科主任',
      '出席',
    ]);
    expect(people('白江办张青副主任及王明远主任科员等到会指导。')).toContainEqual(['王明远', '白江办主任科员', '出席']);
    expect(people('白江教区主教王明远出席。')).toEqual([['王明远', '白江教区主教', '出席']]);
    expect(people('球队主教练王明远出席。')).toEqual([['王明远', '球队主教练', '出席']]);
    expect(people('会议由二届协会常务副会长宣明远同志主持。')).toEqual([['宣明远', '二届协会常务副会长', '主持']]);
  });

  it('does not read 当选为 as part of a post', () => {
    const got = people('胡青山当选白江曲艺家协会主席，孔青山、康广为当选为新一届白江曲艺家协会副主席。');
    expect(got.every((p) => !String(p[1]).includes('当选'))).toBe(true);
  });

  it('takes no word of the sentence as a name after a post (进一步, 市政府)', () => {
    expect(people('王县长进一步指出。')).toEqual([]);
    expect(people('王明远代表市政府致辞。').map((p) => p[0])).not.toContain('市政府');
  });
});
