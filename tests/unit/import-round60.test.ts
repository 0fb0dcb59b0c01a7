/**
 * Round 60 of the importer (stop 40, from what the blind sets IU to IZ, collected this stop and measured at ec70940
 * before any change, read wrong): a quoted name does not run on past its closing quote into the venue; a page's date run
 * on in front of a name; 简朴而热烈的庆典 describes an event; a body founded in a clause of its own (after a comma or
 * after who set it up) when nothing names an event; the headline's fuller name when the body says only the kind (and
 * the report would otherwise be refused). On text written for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, factsOf } from '../support/import.ts';

describe('round 60: event names', () => {
  it('ends a quoted name at its closing quote, not in the venue after it', () => {
    expect(eventTitle(['昨日，由白江游艇协会举办的第二届「白江游艇码头论坛」在白江国际会议展览中心举行。'])).toMatch(
      /第二届「白江游艇码头论坛」$/,
    );
  });

  it('leaves a page’s date run on in front of a name', () => {
    expect(eventTitle(['2023-02-23白江电梯协会第七届第四次会长会议于2月16日在白江召开。'])).toBe(
      '白江电梯协会第七届第四次会长会议',
    );
  });

  it('does not take a description of the gathering for its name', () => {
    expect(factsOf('白江退役军人协会举行了一场简朴而热烈的庆典，会长李青山致辞。').title).toBeUndefined();
  });

  it('reads a founding said in a clause of its own when nothing names an event', () => {
    expect(
      factsOf(
        '白江电梯行业协会在青山成立\n\n12月8日，由白江研究所等七家单位发起的白江电梯行业协会在青山正式成立。副主任李青山在成立大会上讲话。',
      ).title,
    ).toBe('白江电梯行业协会成立大会');
    expect(factsOf('白江小吃协会成立\n\n27日，白江市小吃协会在白江大饭店成立，会长李青山发言。').title).toBe(
      '白江市小吃协会成立',
    );
  });

  it('takes the headline’s fuller name when the body says only the kind, rather than refusing the report', () => {
    const got = factsOf(
      '2019白江帆船年度颁奖典礼闪耀青山 李青山登荣誉殿堂\n\n来源：白江网\n\n李青山表示，去年他曾受邀参加颁奖典礼，当时没能来。',
    );
    expect(got.title).toBe('2019白江帆船年度颁奖典礼');
  });
});
