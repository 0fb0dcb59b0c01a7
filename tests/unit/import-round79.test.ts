/**
 * Round 79 of the importer (stop 47), two structural rules checked against all 188 blind sets: the day a clause says the
 * event was held on outweighs a vague word (近日) about something else earlier in the sentence, and a post read with a
 * word of the sentence in front of it (接着, 还向, 和某某共同为, 及) loses that word. On text written for the test (no
 * sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { factsOf, people } from '../support/import.ts';

describe('round 79: the day of the event and the post as written', () => {
  it('dates the event by the day of the clause that says it was held, past a vague word about the approval', () => {
    const f = factsOf(
      '白江社区志愿者协会成立\n\n白江社区志愿者协会经半年筹备，于近日获得民政局批准，并于2019年3月16日在白江宾馆举行了第一届第一次会员大会。\n',
    );
    expect(f.startDate).toBe('2019-03-16');
  });

  it('drops a connective, a 还向 and who else did it from in front of a post', () => {
    expect(people('接着，白江区门协常务副主席杨青山作工作报告。').map(([n, p]) => [n, p])).toEqual([
      ['杨青山', '白江区门协常务副主席'],
    ]);
    expect(people('会议还向第三届专家委员会委员吴德明颁发了聘书。').map(([n, p]) => [n, p])).toEqual([
      ['吴德明', '第三届专家委员会委员'],
    ]);
    expect(people('王文化会长和李晓东副会长共同为琴委会执行主任陈小寒授牌。').map(([n, p]) => [n, p])).toContainEqual([
      '陈小寒',
      '琴委会执行主任',
    ]);
  });

  it('keeps a post that only begins like a connective (与会, 和平区, 对外…)', () => {
    expect(people('和平区区长林建成、对外经济贸易大学副校长杨志华出席。').map(([n, p]) => [n, p])).toEqual([
      ['林建成', '和平区区长'],
      ['杨志华', '对外经济贸易大学副校长'],
    ]);
  });

  it('leaves a name shorter than eight characters to the editor, with the name read, unless it has its edition or year', () => {
    const f = factsOf('专题会议10月18日在白江宾馆举行，白江市民政局局长吴建中出席。\n');
    expect(f.title).toBeUndefined();
    expect(f.todos.find((t) => t.field === 'title')?.why).toContain('“专题会议”只有4个字');
    expect(factsOf('第五届白江论坛10月18日在白江宾馆举行，白江市民政局局长吴建中出席并致辞。\n').title).toBe(
      '第五届白江论坛',
    );
    expect(factsOf('白江社区公益发展论坛10月18日在白江宾馆举行，白江市民政局局长吴建中出席并致辞。\n').title).toBe(
      '白江社区公益发展论坛',
    );
  });

  // (Round 129 keeps the unit as the outlet: the readers of stops 53 to 57 wrote it 13 times and another outlet once.)
  it('asks the editor whose unit a 来源 names when it does not say, and not when it says', () => {
    const page = (source: string) =>
      factsOf(
        `白江市老年体协召开第五次会员代表大会\n来源：${source}  发布时间：2023-05-06\n5月5日，白江市老年体育协会第五次会员代表大会在白江宾馆举行，市体育局局长吴建中出席并致辞。\n`,
      );
    const bare = page('体育局');
    expect(bare.outlet).toBe('体育局');
    expect(bare.todos).toContainEqual({
      field: 'sources[0].outlet',
      why: '来源只写了“体育局”，没有写是哪里的单位，请补全单位的名称（如“某市体育局”）',
    });
    expect(page('区残联').todos.some((t) => t.field === 'sources[0].outlet')).toBe(true);
    expect(page('白江市体育局').outlet).toBe('白江市体育局');
    expect(page('白江市体育局').todos.some((t) => t.field === 'sources[0].outlet')).toBe(false);
    expect(page('白江日报').outlet).toBe('白江日报');
  });
});
