/**
 * Round 164 of the importer (stop 65), from a count over the 1,040 blind reports of stops 62 to 64: a list under a label
 * saying its people attended (`出席大会的领导和嘉宾有甲、乙`, `参加开幕式的领导嘉宾有甲`, `出席者包括甲`), also without a
 * colon and also opening a later clause of the sentence (`…，主礼嘉宾包括：甲`), makes its people attendees (出席) unless
 * their own words say more. Readers wrote 出席 for 51 of the 53 people such a label leads that the importer had marked
 * 其他. Those named before the label keep their own role. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

const roles = (text: string) => Object.fromEntries(reportFacts(text).people.map((p) => [p.name, p.role]));
const open = '3月18日，第五届白江风筝节在白江广场开幕。';

describe('round 164', () => {
  it('reads a list under a label without a colon as attending', () => {
    expect(roles(`${open}出席大会的领导和嘉宾有白江市文化局局长张白江、白江市体育局副局长王明江。`)).toEqual({
      张白江: '出席',
      王明江: '出席',
    });
    expect(roles(`${open}参加开幕式的领导嘉宾有白江市文化局局长张白江，白江市体育局副局长王明江。`)).toEqual({
      张白江: '出席',
      王明江: '出席',
    });
  });

  it('reads 出席者包括 and a label opening a later clause', () => {
    expect(roles(`${open}出席者包括白江市文化局局长张白江及白江市体育局副局长王明江。`)).toEqual({
      张白江: '出席',
      王明江: '出席',
    });
    expect(roles(`${open}活动获各界支持，主礼嘉宾包括：白江市文化局局长张白江、白江市体育局副局长王明江。`)).toEqual({
      张白江: '出席',
      王明江: '出席',
    });
  });

  it('leaves the people named before the label and their own deeds alone', () => {
    const got = roles(
      `${open}白江风筝协会会长李白江主持，出席嘉宾有白江市文化局局长张白江、白江市体育局副局长王明江。`,
    );
    expect(got.李白江).toBe('主持');
    expect(got.张白江).toBe('出席');
    expect(roles(`${open}白江风筝协会会长李白江，出席嘉宾有白江市文化局局长张白江。`).李白江).toBe('其他');
  });
});
