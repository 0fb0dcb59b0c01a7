/**
 * Round 35 of the importer (from the event names read wrong over the 76 development sets): a name read after a verb
 * ends at its head word, not in the venue after it; on text written for the test (no sentence of any real report is
 * copied here).
 */
import { describe, expect, it } from 'vitest';
import { readEvent } from '../../src/lib/import/facts/event.ts';
import { sentences } from '../../src/lib/import/text.ts';

const title = (lines: string[]) => readEvent(sentences(lines))?.title;

describe('round 35: where a name ends', () => {
  it('ends a name at its head word, not at a head word inside the venue after 在', () => {
    expect(title(['3月2日上午，由白江县青禾协会举办的2020年青禾志愿者表彰大会在白江青禾艺术会议中心隆重召开。'])).toBe(
      '2020年青禾志愿者表彰大会',
    );
  });

  it('still reads a name whose own words hold 在 before its head word', () => {
    expect(title(['5月6日，“青禾在行动”志愿服务启动仪式在白江举行。'])).toBe('“青禾在行动”志愿服务启动仪式');
  });
});
