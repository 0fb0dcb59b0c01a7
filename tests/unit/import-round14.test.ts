/**
 * Round 14 of the importer (development: the shared corpus's misses of organizations, then set AI after its blind
 * run): each rule on sentences written for the test, in the shapes the reports use (no sentence of any real report is
 * copied here).
 */
import { describe, expect, it } from 'vitest';
import { findAffiliations } from '../../src/lib/import/affiliations.ts';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { ownBody, placeBarePosts } from '../../src/lib/import/facts/bodies.ts';
import type { PersonFact } from '../../src/lib/import/facts/types.ts';
import { report } from '../support/import.ts';

const organizations = (...lines: string[]) =>
  extractFacts(report(lines)).people.map((p) => [
    p.name,
    p.organization ?? findAffiliations(p.position ?? '', []).at(-1)?.name,
  ]);

describe('round 14: organizations of a post', () => {
  it('reads a 人大常委会 (and a 人大工委) as the organization, a former post (原) kept in the role', () => {
    expect(findAffiliations('白江省人大常委会副主任', [])).toEqual([{ name: '白江省人大常委会', role: '副主任' }]);
    expect(findAffiliations('青禾街道人大工委主任', [])).toEqual([{ name: '青禾街道人大工委', role: '主任' }]);
    expect(findAffiliations('白江省人大常委会原党组书记、副主任', [])).toEqual([
      { name: '白江省人大常委会', role: '原党组书记、副主任' },
    ]);
  });

  it('reads a town, a township, a 街道 and a working group as the organization of their heads', () => {
    expect(findAffiliations('白江市青禾区云水镇镇长', [])).toEqual([{ name: '白江市青禾区云水镇', role: '镇长' }]);
    expect(findAffiliations('青禾乡乡长', [])).toEqual([{ name: '青禾乡', role: '乡长' }]);
    expect(findAffiliations('云水街道党工委书记', [])).toEqual([{ name: '云水街道党工委', role: '书记' }]);
    expect(findAffiliations('市第三巡回指导组副组长', [])).toEqual([{ name: '市第三巡回指导组', role: '副组长' }]);
    // A name that only starts with 乡 or 镇 is no township.
    expect(findAffiliations('乡村振兴局局长', [])).toEqual([{ name: '乡村振兴局', role: '局长' }]);
  });

  it('gives a bare office post the office of the person listed right before it, when the post is of that office', () => {
    expect(organizations('白江市民政局党组书记、局长周明远，副局长吴海平，二级调研员郑小东等出席会议并讲话。')).toEqual(
      [
        ['周明远', '白江市民政局'],
        ['吴海平', '白江市民政局'],
        ['郑小东', '白江市民政局'],
      ],
    );
  });

  it('leaves a bare office post alone after someone of another kind of body, or not listed right before it', () => {
    // A 局长 after someone of a 协会 is not of that 协会.
    expect(organizations('白江市慈善协会会长周明远，副局长吴海平出席会议。')).toEqual([
      ['周明远', '白江市慈善协会'],
      ['吴海平', undefined],
    ]);
    // In another sentence: no list.
    expect(organizations('白江市民政局局长周明远主持会议。副局长吴海平讲话。')).toEqual([
      ['周明远', '白江市民政局'],
      ['吴海平', undefined],
    ]);
  });
});

describe('round 14: bare posts, the cases the mutation tests found untested', () => {
  const person = (name: string, position: string | undefined, from: string): PersonFact => ({
    name,
    position,
    role: '出席',
    kindStated: false,
    known: false,
    from,
  });

  it('takes the convener as the body of its own meeting when its name has more than Han characters in it', () => {
    expect(ownBody('白江IT协会第二次会员大会', '白江IT协会')).toBe('白江IT协会');
    expect(ownBody('白江IT协会第二次会员大会')).toBeUndefined();
  });

  it('falls back to the event’s body when the list item before names no organization', () => {
    const from = '特邀教授周明远、常务副会长吴海平出席。';
    const found = [person('周明远', '特邀教授', from), person('吴海平', '常务副会长', from)];
    placeBarePosts(found, '青禾商会', []);
    expect(found.map((p) => p.organization)).toEqual([undefined, '青禾商会']);
  });

  it('takes no organization from a list item in another sentence or not joined to it', () => {
    const found = [
      person('周明远', '白江市慈善总会会长', '白江市慈善总会会长周明远致辞。'),
      person('吴海平', '常务副会长', '常务副会长吴海平主持。'),
      person('郑小东', '白江市民政局局长', '白江市民政局局长郑小东和副会长王五出席。'),
      person('王五', '副会长', '白江市民政局局长郑小东和副会长王五出席。'),
    ];
    placeBarePosts(found, undefined, []);
    expect(found.map((p) => p.organization)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
