/**
 * Round 35 of the importer (from the event names read wrong over the 76 development sets, and a date DK missed): a name
 * read after a verb ends at its head word, not in the venue after it; an address's slug may end in its date. On text
 * written for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { readEvent } from '../../src/lib/import/facts/event.ts';
import { dateFromUrl } from '../../src/lib/import/facts/source.ts';
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

describe('round 35: a date at the end of an address’s slug', () => {
  it('reads -2017-12-26 and a slug’s time stamp, not a date that is no real one', () => {
    expect(dateFromUrl('https://example.org/news/361-other-news-2017-12-26')).toBe('2017-12-26');
    expect(dateFromUrl('https://example.org/index.php/857-2017-01-16-23-08-29')).toBe('2017-01-16');
    expect(dateFromUrl('https://example.org/news/a-2017-13-40')).toBeUndefined();
  });
});
