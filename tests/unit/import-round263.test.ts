/**
 * Round 263 (stop 77), from the 80 of HC3 to HJ3 (read as the honest test of rounds 259 to 261):
 * - people: `省长甲，乙、丙等省领导` and `文联主席甲以及乙、丙等领导`: names after a comma or 以及, in a list closed by
 *   `等某省领导`, do not share the post of the person before them (eleven and five people had been given it);
 *   `跟村民代表谈判`: 谈判 (negotiate) is no name;
 * - event names: `某区召开了体育总会第一次代表大会`: a place's federation (体育总会, 文联, 科协…) numbered after whose it
 *   is takes the place in front, as round 261's women's congress does; `共同见证了某台协新老会长交接典礼`: what those
 *   present witnessed; `台商组织「某协会」(某台协)11日举行会员代表大会`: a quoted body with its short name in brackets
 *   before its own meeting.
 * On the 1,440 (BW3 to HJ3): 24 facts more right (16 posts no longer shared, three event names, three cities, a name
 * and a post gone), none wrong more. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, people } from '../support/import.ts';

describe('round 263', () => {
  it('gives names closed by 等某省领导 after a comma or 以及 no post of the person before them', () => {
    const after = people(
      '白江省委书记周明远出席开幕式并讲话，白江省委副书记、省长林青禾，甘霖、王一宏、包惠等省领导出席开幕式。',
    );
    expect(after.find(([name]) => name === '王一宏')?.[1]).toBeFalsy();
    expect(after.find(([name]) => name === '林青禾')?.[1]).toBe('白江省委副书记、省长');
    const also = people('白江省副省长周明远，政协副主席、文联主席林青禾以及黄瑞霖、张家坤、潘心城等领导出席大会。');
    expect(also.find(([name]) => name === '张家坤')?.[1]).toBeFalsy();
    expect(people('副市长周明远、林青禾出席大会。').find(([name]) => name === '林青禾')?.[1]).toBe('副市长');
  });

  it('reads no person named 谈判', () => {
    expect(people('后来白江省政府介入，跟村民代表谈判，官方做出让步。').map(([name]) => name)).not.toContain('谈判');
  });

  it("names a place's numbered federation congress, a witnessed ceremony and a quoted body's own meeting", () => {
    expect(eventTitle(['12月28日，白江县召开了体育总会第一次代表大会，周明远等出席。'])).toBe(
      '白江县体育总会第一次代表大会',
    );
    expect(eventTitle(['16日晚，白江市台商代表共七百多人，共同见证了白江台协新老会长交接典礼。'])).toBe(
      '白江台协新老会长交接典礼',
    );
    expect(eventTitle(['台商组织「白江市台湾同胞投资企业协会」(白江台协)11日举行会员代表大会，周明远续任会长。'])).toBe(
      '白江市台湾同胞投资企业协会会员代表大会',
    );
  });
});
