import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../src/lib/text/t2s.ts';
import {
  excerpt,
  fold,
  hanTokens,
  hanWords,
  loosenQuery,
  indexTokens,
  matchLevel,
  normalize,
  parseQuery,
  runs,
} from '../../src/lib/text/zh.ts';

const q = (s: string) => parseQuery(normalize(s, toSimplified));
const marked = (segments: { text: string; mark: boolean }[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('fold and normalize', () => {
  it('folds width, case, tone marks and spaces', () => {
    expect(fold('２０２４年　Ｚｈōｕ  Lìmín')).toBe('2024年 zhou limin');
  });
  it('converts Traditional, Taiwan and Hong Kong forms to Simplified', () => {
    expect(normalize('社會組織', toSimplified)).toBe('社会组织');
    expect(normalize('鄉村振興', toSimplified)).toBe('乡村振兴');
    expect(normalize('臺灣', toSimplified)).toBe('台湾');
    expect(normalize('裡面', toSimplified)).toBe('里面');
  });
  it('uses phrases, not only characters', () => {
    expect(toSimplified('乾隆')).toBe('乾隆');
    expect(toSimplified('乾燥')).toBe('干燥');
  });
  it('leaves Simplified text alone', () => {
    const text = '重庆市民政局二级巡视员周利民';
    expect(toSimplified(text)).toBe(text);
  });
});

describe('tokens', () => {
  it('splits text into runs by script', () => {
    expect(runs('5A社会组织 Yilu，').map((r) => r.kind)).toEqual(['word', 'han', 'space', 'word', 'other']);
  });
  it('turns a Han run into bigrams and a closing unigram', () => {
    expect(hanTokens('重庆市')).toEqual(['重庆', '庆市', '市']);
    expect(hanTokens('局')).toEqual(['局']);
  });
  it('indexes Simplified bigrams and words of any script of the text', () => {
    const text = '發揮學會優勢 賦能科技創新，２０２４年Zhōu。';
    expect(indexTokens(text, toSimplified)).toEqual(['发挥', '挥学', '学会', '会优', '优势', '势', '赋能', '能科', '科技', '技创', '创新', '新', '2024', '年', 'Zhou']);
  });
});

describe('queries', () => {
  it('splits a query into parts, pieces and tokens', () => {
    expect(q('2024川渝 zhou')).toEqual([
      { text: '2024川渝', pieces: ['2024', '川渝'], tokens: ['2024', '川渝'] },
      { text: 'zhou', pieces: ['zhou'], tokens: ['zhou'] },
    ]);
    expect(q('《民政局》')[0]!.tokens).toEqual(['民政', '政局']);
    expect(q('养老服务协会')[0]!.tokens).toEqual(['养老', '服务', '协会']);
    expect(q('社会组织')[0]!.tokens).toEqual(['社会', '组织']);
    expect(q('局')[0]!.tokens).toEqual(['局']);
    expect(q('  ，。 ')).toEqual([]);
  });
  it('grades matches: whole parts, pieces, or none', () => {
    const text = normalize('重庆市民政局二级巡视员周利民，2024年川渝大会', toSimplified);
    expect(matchLevel(text, q('民政局'))).toBe(2);
    expect(matchLevel(text, q('市民 政局'))).toBe(2);
    expect(matchLevel(text, q('重慶市民政局'))).toBe(2);
    expect(matchLevel(text, q('2024川渝'))).toBe(1);
    expect(matchLevel(text, q('区块链'))).toBe(0);
    expect(matchLevel(text, q('周利民 区块链'))).toBe(0);
    expect(matchLevel(text, [])).toBe(0);
  });
  it('splits a long Han run into dictionary words, joining single characters again', () => {
    expect(hanWords('川渝合作')).toEqual(['川渝', '合作']);
    expect(hanWords('养老服务协会')).toEqual(['养老', '服务', '协会']);
    expect(hanWords('长三角一体化')).toEqual(['长', '三角', '一体化']);
  });
  it('loosens a query only where a run of four or more characters splits into words', () => {
    expect(loosenQuery(q('川渝合作'))).toEqual([{ text: '川渝合作', pieces: ['川渝', '合作'], tokens: ['川渝', '合作'] }]);
    // A single character is required in the text but not asked of the index (it holds bigrams).
    expect(loosenQuery(q('长三角一体化'))).toEqual([{ text: '长三角一体化', pieces: ['长', '三角', '一体化'], tokens: ['三角', '一体', '体化'] }]);
    expect(loosenQuery(q('2024川渝合作 zhou'))).toEqual([
      { text: '2024川渝合作', pieces: ['2024', '川渝', '合作'], tokens: ['2024', '川渝', '合作'] },
      { text: 'zhou', pieces: ['zhou'], tokens: ['zhou'] },
    ]);
    expect(loosenQuery(q('民政局'))).toBeUndefined();
    expect(loosenQuery(q('周利民 zhou'))).toBeUndefined();
    const text = normalize('海惠推动川渝乡村振兴合作', toSimplified);
    expect(matchLevel(text, q('川渝合作'))).toBe(0);
    expect(matchLevel(text, loosenQuery(q('川渝合作'))!)).toBe(1);
  });
  it('marks every occurrence in an excerpt around the first', () => {
    const text = '开幕式上，民政部门代表讲话。随后两地民政部门签署协议，民政工作迎来新机制。';
    expect(marked(excerpt(text, q('民政部门'), 20))).toBe('开幕式上，[民政部门]代表讲话。随后两地[民政部门]…');
    expect(marked(excerpt('Zhou Limin 周利民', q('zhou'), 40))).toBe('[Zhou] Limin 周利民');
  });
});

describe('excerpt window', () => {
  it('starts a third of the way before the first match and marks ellipses', () => {
    const text = `${'甲'.repeat(50)}民政${'乙'.repeat(50)}`;
    const out = excerpt(text, q('民政'), 12);
    expect(marked(out)).toBe(`…${'甲'.repeat(4)}[民政]${'乙'.repeat(6)}…`);
  });
});
