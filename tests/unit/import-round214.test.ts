/**
 * Round 214 (stop 71), from the 960 reports of the waves SY2 to WP2 pooled: what a body held, named after `由某会主办的`
 * where the clause ends, is the event though no verb of holding follows (`由某局主办的第三届某嘉年华，…`, `出席由某局主办的
 * 「某研讨会」。`), not what a clause only mentions (`承接由某办主办的某联赛，`); and a list opening with 连同 (events held
 * along with the one named before it) is no name. The last test holds before the round too, as its guard. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('round 214', () => {
  it('names what a body held where the clause ends', () => {
    expect(
      eventTitle([
        '2月15日，由白江省体育局、白江省体育总会主办的第三届白江省冰雪运动嘉年华，新年后的第一站落在青禾乐园，一场冰雪派对热闹登场。',
      ]),
    ).toBe('第三届白江省冰雪运动嘉年华');
    expect(eventTitle(['四十位专家出席由白江气象局主办的「第6届白江气象科技研讨会」。'])).toBe(
      '第6届白江气象科技研讨会',
    );
  });

  it('reads no name from a list opening with 连同', () => {
    expect(
      eventTitle([
        '7月20日，由白江贸易发展局主办的第12届白江书展，连同第5届白江运动博览以及第2届零食世界，在青禾会展中心举行。',
      ]),
    ).toBe('第12届白江书展');
  });

  it('reads no name from what a clause only mentions', () => {
    expect(
      eventTitle(['这是青禾首次承接由白江体育总会主办的全国业余网球公开赛，对青禾网球意义重大。']),
    ).toBeUndefined();
  });
});
