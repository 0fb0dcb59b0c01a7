import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../src/lib/text/t2s.ts';
import {
  countOf,
  excerpt,
  fold,
  hanTokens,
  hanWords,
  loosenQuery,
  indexTokens,
  matchLevel,
  matchWeight,
  normalize,
  parseQuery,
  queryHanTokens,
  runs,
} from '../../src/lib/text/zh.ts';

const q = (s: string) => parseQuery(normalize(s, toSimplified));
const marked = (segments: { text: string; mark: boolean }[]) =>
  segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('fold and normalize', () => {
  it('folds width, case, tone marks and spaces', () => {
    expect(fold('２０２４年　Ｚｈōｕ  Lìmín')).toBe('2024年 zhou limin');
    // ǚ carries two marks (diaeresis and tone): both go.
    expect(fold('Lǚ Xiǎo')).toBe('lu xiao');
    expect(fold('  周 ')).toBe('周');
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
    expect(indexTokens(text, toSimplified)).toEqual([
      '发挥',
      '挥学',
      '学会',
      '会优',
      '优势',
      '势',
      '赋能',
      '能科',
      '科技',
      '技创',
      '创新',
      '新',
      '2024',
      '年',
      'Zhou',
    ]);
    expect(indexTokens('Lǚ', toSimplified)).toEqual(['Lu']);
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
    // Pairs that cover the run without overlapping; an odd run adds its last pair.
    expect(queryHanTokens('养老服务')).toEqual(['养老', '服务']);
    expect(queryHanTokens('扬州市')).toEqual(['扬州', '州市']);
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
    expect(hanWords('合作川渝')).toEqual(['合作', '川渝']);
  });
  it('loosens a query only where a run of four or more characters splits into words', () => {
    expect(loosenQuery(q('川渝合作'))).toEqual([
      { text: '川渝合作', pieces: ['川渝', '合作'], tokens: ['川渝', '合作'] },
    ]);
    // A single character is required in the text but not asked of the index (it holds bigrams).
    expect(loosenQuery(q('长三角一体化'))).toEqual([
      { text: '长三角一体化', pieces: ['长', '三角', '一体化'], tokens: ['三角', '一体', '体化'] },
    ]);
    expect(loosenQuery(q('2024川渝合作 zhou'))).toEqual([
      { text: '2024川渝合作', pieces: ['2024', '川渝', '合作'], tokens: ['2024', '川渝', '合作'] },
      { text: 'zhou', pieces: ['zhou'], tokens: ['zhou'] },
    ]);
    expect(loosenQuery(q('民政局'))).toBeUndefined();
    expect(loosenQuery(q('周利民 zhou'))).toBeUndefined();
    // A long piece that is one word, or none of four characters: nothing to loosen.
    expect(loosenQuery(q('共和国 民政局'))).toBeUndefined();
    // A part of one character asks nothing of the index, but the other part still does.
    expect(loosenQuery(q('川渝合作 长'))).toEqual([
      { text: '川渝合作', pieces: ['川渝', '合作'], tokens: ['川渝', '合作'] },
      { text: '长', pieces: ['长'], tokens: [] },
    ]);
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

describe('counting and weighing matches', () => {
  it('counts occurrences without overlap, up to a cap', () => {
    expect(countOf('民政局民政厅民政', '民政')).toBe(3);
    expect(countOf('民政局', '民政')).toBe(1);
    expect(countOf('aaaa', 'aa')).toBe(2);
    expect(countOf('a'.repeat(30), 'a')).toBe(20);
    expect(countOf('a'.repeat(30), 'a', 5)).toBe(5);
    expect(countOf('a'.repeat(20), 'a')).toBe(20);
    expect(countOf('民政', '')).toBe(0);
    expect(countOf('民政', '局')).toBe(0);
  });
  it('weighs whole parts 10, pieces close together in order 5, single pieces ½ each', () => {
    // 2024川渝 is not whole in the text; 2024年川渝 holds its pieces within three characters (5);
    // 2024 occurs once (½) and 川渝 twice (1).
    expect(matchWeight('2024年川渝合作，川渝', q('2024川渝'))).toBe(6.5);
    // Pieces far apart or out of order are not close: only the single pieces count.
    expect(matchWeight('川渝合作2024', q('2024川渝'))).toBe(1);
    expect(matchWeight('川渝', q('2024川渝'))).toBe(0.5);
    // One piece: twice whole (20) and twice as a piece (1); no closeness bonus for a single piece.
    expect(matchWeight('民政民政', q('民政'))).toBe(21);
    // Each kind of count stops at 20.
    expect(matchWeight('2024川渝'.repeat(25), q('2024川渝'))).toBe(10 * 20 + 5 * 20 + 10 + 10);
    expect(matchWeight('周利民', [])).toBe(0);
  });
});

describe('excerpt window', () => {
  it('starts at the earliest match of any query word, and keeps within the text', () => {
    const far = `${'甲'.repeat(30)}民政${'乙'.repeat(10)}签署${'丙'.repeat(30)}`;
    expect(marked(excerpt(far, q('签署 民政'), 12))).toBe(`…${'甲'.repeat(4)}[民政]${'乙'.repeat(6)}…`);
    const atStart = `民政${'乙'.repeat(30)}签署${'丙'.repeat(30)}`;
    expect(marked(excerpt(atStart, q('民政 签署'), 12))).toBe(`[民政]${'乙'.repeat(10)}…`);
    // A query word this text lacks does not move the window.
    expect(marked(excerpt(far, q('民政 区块'), 12))).toBe(`…${'甲'.repeat(4)}[民政]${'乙'.repeat(6)}…`);
    const atEnd = `${'甲'.repeat(50)}民政`;
    expect(marked(excerpt(atEnd, q('民政'), 12))).toBe(`…${'甲'.repeat(10)}[民政]`);
  });
  it('marks the longest query word where words overlap, and each adjacent hit separately', () => {
    expect(marked(excerpt('两地民政部门签署', q('民政 民政部门'), 40))).toBe('两地[民政部门]签署');
    expect(excerpt('民政部门', q('民政 部门'), 40)).toEqual([
      { text: '民政', mark: true },
      { text: '部门', mark: true },
    ]);
  });
  it('joins unmarked text into one segment', () => {
    expect(excerpt(`${'甲'.repeat(50)}民政${'乙'.repeat(50)}`, q('民政'), 12)).toEqual([
      { text: `…${'甲'.repeat(4)}`, mark: false },
      { text: '民政', mark: true },
      { text: `${'乙'.repeat(6)}…`, mark: false },
    ]);
  });
  it('shows lower case where lower-casing changes the length, so marks stay on the words', () => {
    // İ lower-cases to i + combining dot (two code units).
    expect(marked(excerpt('İzmir 民政', q('民政'), 40))).toBe('i̇zmir [民政]');
  });
  it('starts a third of the way before the first match and marks ellipses', () => {
    const text = `${'甲'.repeat(50)}民政${'乙'.repeat(50)}`;
    const out = excerpt(text, q('民政'), 12);
    expect(marked(out)).toBe(`…${'甲'.repeat(4)}[民政]${'乙'.repeat(6)}…`);
  });
});
