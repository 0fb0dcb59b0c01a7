/**
 * Round 302 (stop 80), from OU3 to PB3 (read at round 298): `某市2022年“某宣传周”启动仪式…。“某宣传周”启动仪式由甲、乙联合
 * 主办`: a sentence that names the event without its place and the year after it speaks of the event, and its bodies
 * organized it (the place had been left out of the name's core, the year after it had not).
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 302', () => {
  it('reads who organized the event from a sentence naming it without its place and year', () => {
    const facts = reportFacts(
      '12月4日，平顶山市2022年“白江宣传周”启动仪式在青禾广场举行。“白江宣传周”启动仪式由市委宣传部、市司法局联合主办。',
    );
    expect(facts.organizers).toEqual(['市委宣传部', '市司法局']);
  });
});
