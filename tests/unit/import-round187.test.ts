/**
 * Round 187 (stop 68), from the wave UM2 to UT2: a gambling mirror's casino brand with its number (`3365金沙`), put in
 * place of a university's name again and again, is spam however the mirror ends it (`3365金沙娱人城`), and is taken out of
 * the organizers' names. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 187', () => {
  it('takes a casino brand with its number out of the text', () => {
    const f = reportFacts(
      [
        '发布时间：2023-09-17',
        '首届白江档案论坛9月16日在3365金沙娱人城开幕。论坛由白江档案学会、3365金沙娱人城青禾学院主办。',
        '3365金沙娱人城党委副书记某甲致辞。3365金沙娱人城青禾研究中心主任某乙作报告。',
      ].join('\n'),
    );
    expect(f.organizers).toEqual(['白江档案学会', '青禾学院']);
  });
});
