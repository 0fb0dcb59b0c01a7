/**
 * Round 84 of the importer (stop 48): two reports of the blind sets QO to QV were refused although each names its
 * event, a speech's transcript and a quoted name with its theme after a colon. The event a speech was given at
 * (`于「某学苑」开幕礼的致辞`), an event attended after who held it (`参与今天由甲及乙合办的「某学苑」开学礼`), and a quoted
 * name with its theme (`「某研讨会：某某，某某」`) are now read. On text written for the test (no sentence of any real
 * report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, factsOf } from '../support/import.ts';

describe('round 84: reports that name their event are not refused', () => {
  it('reads the event a speech was given at, from the line that introduces its transcript', () => {
    expect(eventTitle(['白江局局长吴建中今日于「白江长者学苑」开幕礼的致辞全文：'])).toBe('「白江长者学苑」开幕礼');
    expect(eventTitle(['这是白江局局长在白江社区志愿服务大会上的讲话。'])).toBe('白江社区志愿服务大会');
  });

  it('reads an event attended, after the day and the bodies that held it together', () => {
    expect(eventTitle(['我很高兴和大家一起参与今天由白江中学及白江长者中心合办的「白江长者学苑」开学礼。'])).toBe(
      '「白江长者学苑」开学礼',
    );
  });

  it('reads a quoted name with its theme after a colon, the theme apart', () => {
    const f = factsOf(
      '白江教育局于11月7日、8日在白江大学举办「2019年白江乐龄学习研讨会：活跃到老，学到老」，邀请四国学者分享经验。\n',
    );
    expect(f.title).toBe('2019年白江乐龄学习研讨会');
    expect(f.theme).toBe('活跃到老，学到老');
  });
});
