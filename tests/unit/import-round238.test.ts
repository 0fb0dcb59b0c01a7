/**
 * Round 238 (stop 74), from the 160 reports of the waves ZS2 to AH3, on event names read wrong:
 * - one dash between two parties after a year and an edition in brackets (`2023（第十二届）中国—东盟某论坛`) is no slogan's;
 * - how the event was held, said before its name (`“线下、线上”相结合的`, `考察和研讨相结合方式的`), is no part of it;
 * - who opened it and how, before 为 and the event (`某某、某某共同触摸启幕球为大会启幕`), is no name.
 * On the 160: 4 event names wrong before; two right, two left unread; one organizer wrong gone. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 238', () => {
  it('keeps the dash between two parties after an edition in brackets', () => {
    const text =
      '青禾论坛开幕\n5月18日，由白江市政府主办的2023（第十二届）中国—东盟青禾合作论坛暨推介展示会在白江开幕。白江市副市长李一青出席并致辞。';
    expect(reportFacts(text).title).toBe('2023（第十二届）中国—东盟青禾合作论坛暨推介展示会');
  });

  it('leaves out how the meeting was held, said before its name', () => {
    const text =
      '白江青禾协会召开会员大会\n2024年10月25日下午，白江青禾协会在白江宾馆和网上会议室召开了“线下、线上”相结合的二届六次会员大会。会长李一青主持会议。';
    const facts = reportFacts(text);
    expect(facts.title).not.toMatch(/相结合/);
    expect(facts.organizers.join()).not.toMatch(/相结合/);
    const other =
      '第四届白江沙漠论坛开幕\n8月2日，采取沙漠考察和会议研讨相结合方式的第四届白江沙漠论坛在青禾开幕。白江市副市长李一青出席并致辞。';
    expect(reportFacts(other).title).toBe('第四届白江沙漠论坛');
  });

  it('reads no name from who opened the event before 为 and the event', () => {
    const text = '白江市委书记李一青、白江市市长王青禾共同触摸启幕球为大会启幕。白江市副市长张白在开幕式上致辞。';
    expect(reportFacts(text).title ?? '').not.toMatch(/李一青|启幕球/);
  });
});
