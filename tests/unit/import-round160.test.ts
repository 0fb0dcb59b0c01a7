/**
 * Round 160 of the importer (stop 64), from a count over the 880 blind reports of stops 62 and 63: where nothing else in
 * the report places the event, a city's or county's short name opening the event's own name (after its year, edition
 * and a leading 中国) is where it was held; readers wrote that place 21 times of 22 where the importer read none (a
 * county's short name only where the report also writes it in full). On text written for the test. And a statement
 * of who held it whose subject refers to the event with 该 (`该文化节由…主办`), as with 本届 or 此次 (3 times of 3 the
 * readers' organizers).
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

const city = (...lines: string[]) => reportFacts(lines.join('\n')).place?.city;

describe('round 160', () => {
  it('places an event by the short name that opens its name', () => {
    expect(city('2024青岛沙滩音乐节开幕', '8月2日晚，2024青岛沙滩音乐节开幕，数万名游客到场。')).toBe('青岛市');
    expect(
      city('第七届中国寿光蔬菜文化节开幕', '4月20日，第七届中国寿光蔬菜文化节开幕，寿光市副市长张白江致辞。'),
    ).toBe('寿光市');
  });

  it('leaves a county in a quoted slogan, and a venue the report names comes first', () => {
    expect(
      city('「振兴乡村 白江同行」启动记者会', '今天，「振兴乡村 白江同行」启动记者会举行，县长张白江出席。'),
    ).toBeUndefined();
    // (合作, 合作市's short name, is a word: a county's short name counts only where the report writes it in full.)
    expect(city('合作社表彰大会举行', '7月20日，白江合作社表彰大会举行，县长张白江出席。')).toBeUndefined();
    expect(city('2024青岛啤酒文化周开幕', '8月2日，2024青岛啤酒文化周在济南市泉城广场开幕，数万名市民到场。')).toBe(
      '济南市',
    );
  });

  it('reads who held the event from a statement that refers to it with 该', () => {
    const f = reportFacts(
      [
        '白江牡丹节开幕',
        '4月10日，第三届白江牡丹节在白江公园开幕。',
        '开幕仪式上，副市长张白江致辞。',
        '该牡丹节由白江市文化局、白江市旅游局主办，白江市委常委李白江出席开幕仪式。',
      ].join('\n'),
    );
    // (The sentence names the 开幕仪式 as well, which the report tells apart: its subject, 该牡丹节, says what the bodies
    // held.)
    expect(f.organizers).toEqual(['白江市文化局', '白江市旅游局']);
  });
});
