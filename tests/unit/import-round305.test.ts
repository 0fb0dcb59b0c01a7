/**
 * Round 305 (stop 80), from PC3 to PJ3 (read at round 303): an event of history named by a place (南京大屠杀, 西安事变,
 * 淮海战役), commemorated everywhere, does not place the commemoration there: `某县在广场悼念南京大屠杀死难者` had been placed in 南京,
 * the one city its text names.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 305', () => {
  it('does not place a commemoration where the event of history it recalls took place', () => {
    const facts = reportFacts(
      '12月13日，我县在白江广场举行国家公祭日悼念活动，悼念南京大屠杀死难者。县委书记周明远出席。',
    );
    expect(facts.place?.city).not.toBe('南京市');
  });
});
