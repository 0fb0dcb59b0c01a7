/**
 * Round 99 of the importer (stop 51), from the positions read too long on the 880 blind reports of stops 48 to 50,
 * before the wave of stop 51 was read: what the person was at the event (`讲者`), `承蒙`, `推选` and the body that
 * honoured the person (`某协会为历任会长`) stand before the post and are no part of it. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const people = (text: string) =>
  readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts.people.map(
    (p) => `${p.position ?? ''} ${p.name}`,
  );

describe('round 99: words before a post', () => {
  it('drops 讲者 and 承蒙 before the post', () => {
    expect(people('3月2日，白江市物流研讨会举行，讲者白江工会副理事长王刚介绍了行业现状。')).toEqual([
      '白江工会副理事长 王刚',
    ]);
    expect(people('3月2日，白江市音乐协会年会举行，承蒙白江艺术发展局主席王刚到场支持。')).toEqual([
      '白江艺术发展局主席 王刚',
    ]);
  });

  it('drops 大会推选 before the post of the one chosen', () => {
    expect(people('3月2日，白江大学校友会成立大会举行，大会推选白江市委副书记、市长李明为名誉会长。')).toContain(
      '白江市委副书记、市长 李明',
    );
  });

  it('drops the body that honoured the person before the post', () => {
    expect(people('3月2日，白江台商协会成立三十周年庆祝大会举行，协会为历任会长王刚颁发纪念牌。')).toEqual([
      '历任会长 王刚',
    ]);
  });
});
