/**
 * Round 310 (stop 81), from QY3 to RF3 (read at round 309, its honest test): the days an event runs, from today in
 * brackets to its last (`某游艇展今(15)日起至18日`), are no part of its name; a meeting that makes results known
 * (`通报会`) is an event; a short stamp the cleaning takes away with the page's header or an editor's credit
 * (`某某网2017-08-25 08:30责编:某某网`) still dates the page when nothing else does.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, factsOf } from '../support/import.ts';

describe('round 310', () => {
  it('leaves the days an event runs out of its name, and reads a 通报会', () => {
    expect(eventTitle(['2018白江国际游艇展今(15)日起至18日在青禾展览馆盛大举行。'])).toBe('2018白江国际游艇展');
    expect(eventTitle(['10月24日，2009年度白江协会评优工作通报会在青禾召开。'])).toBe('2009年度白江协会评优工作通报会');
  });

  it('dates the page by a stamp taken away with its header when nothing else dates it', () => {
    const facts = factsOf(
      [
        'URL: http://www.example.org/t/1.html',
        '白江经验交流会召开',
        '白江彩票网2017-08-25 08:30责编:白江彩票网',
        '本报讯 (记者 周明远) 8月22日，由白江协会主办的白江经验交流会在青禾召开。',
      ].join('\n'),
    );
    expect(facts.published).toMatch(/^2017-08-25/);
  });
});
