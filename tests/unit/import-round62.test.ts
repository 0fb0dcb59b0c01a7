/**
 * Round 62 of the importer (stop 40, from the people read where no one was named, over all thirty-six sets of the stop;
 * tuned, no blind set could be collected after it): words that stand where a name would (关于, 席间, 一堂, 认为, 导师,
 * 总统, 指导, 来到) are no part of a personal name. On text written for the test (no sentence of any real report is
 * copied here).
 */
import { describe, expect, it } from 'vitest';
import { people } from '../support/import.ts';

describe('round 62: no name made of running text', () => {
  it('reads no person from words that follow a post where a name would stand', () => {
    expect(people('白江协会会长陈博士于席间致辞。').map((p) => p[0])).toEqual([]);
    expect(people('与会理事皆认为，协会应加强服务。').map((p) => p[0])).toEqual([]);
    expect(people('白江协会会长李青山致辞。').map((p) => p[0])).toEqual(['李青山']);
  });
});
