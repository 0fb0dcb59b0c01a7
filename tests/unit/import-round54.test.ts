/**
 * Round 54 of the importer (from what the blind sets HK to HP, collected during stop 39 and measured at b538188 before
 * any change, read wrong): this month written with its number in brackets (`本（十二）月七日`), and 廿 in an edition; a
 * page posted long after the event, whose name writes the event's year; an event the report says is still to come;
 * a quoted name followed by what the meeting discussed; 指导小组 as part of a body's name, not its role. On text written
 * for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/lib/import/facts/dates.ts';
import { readOrganizers } from '../../src/lib/import/facts/organizers.ts';
import { eventTitle, factsOf } from '../support/import.ts';

describe('round 54: days and years', () => {
  it('reads this month written with its number in brackets, and an edition counted with 廿', () => {
    const got = factsOf(
      '白江引水协会开会\n2025-12-08 10:00\n\n白江引水协会本（十二）月七日于白江饭店召开「第廿二届第二次会员代表大会」，会长李青山致词。',
    );
    expect(got.startDate).toBe('2025-12-07');
    expect(got.title).toBe('白江引水协会第廿二届第二次会员代表大会');
  });

  it("takes the year the event's name writes when the page was posted long after", () => {
    expect(
      readDates(['白江航运论坛于12月19日在白江举行。'], { title: '2022白江航运论坛', published: '2024-03-28' }).start,
    ).toBe('2022-12-19');
    // A year's review held early the next year, and a page posted soon after, keep the publication's year.
    expect(
      readDates(['1月10日，白江协会召开表彰大会。'], { title: '2022年度白江协会表彰大会', published: '2023-01-12' })
        .start,
    ).toBe('2023-01-10');
    expect(
      readDates(['5月10日，白江协会召开大会。'], { title: '2022白江协会大会', published: '2022-05-12' }).start,
    ).toBe('2022-05-10');
  });
});

describe('round 54: event names', () => {
  it('prefers the event reported to one the report says is still to come', () => {
    expect(
      eventTitle(
        ['白江省心理学会召开新春座谈会。', '会议提出，积极筹备将于2023年6月2日在青山举办的白江省心理学会学术年会。'],
        '白江省心理学会召开新春座谈会',
      ),
    ).toBe('白江省心理学会新春座谈会');
  });

  it('takes a quoted name, not what the meeting discussed after it', () => {
    expect(
      eventTitle(['白江文献学会于3月1日举办会员大会，并召开“白江慈善文献座谈会”探讨慈善组织的救济活动。']),
    ).not.toMatch(/探讨/);
  });
});

describe('round 54: organizers', () => {
  it('reads 指导小组 as part of a body’s name', () => {
    const got = readOrganizers(
      ['这次会议由白江地方志指导小组办公室、白江地方志学会主办，白江师范大学承办。'],
      {
        title: '白江地方志学术年会',
        sentence: '白江地方志学术年会在白江召开。',
      },
      [],
    );
    expect(got.organizers).toEqual(['白江地方志指导小组办公室', '白江地方志学会']);
  });
});
