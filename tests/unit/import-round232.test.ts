/**
 * Round 232 (stop 73), from the 1,520 reports of the waves SY2 to YT2 pooled, on people and what they did:
 * - a transliterated name written with the hyphenation point (`佩特拉‧索林`, Taiwan's and Hong Kong's way) is read as one
 *   written with the middle dot is, and kept as written;
 * - a long sentence that ends saying those it names attended (round 66's rule) may hold posts whose names carry a word of
 *   another deed (`教授`, `二级巡视员`, `致公党`), and may end in `参与` or `与会`: they attended all the same;
 * - a label of attendance after the event it is of (`某嘉年华之主礼嘉宾包括：甲、乙`), or with its list in a clause of its
 *   own (`出席某盛典的四方嘉宾，他们是甲、乙`), leads attendees.
 * On the 1,520: 64 roles right that were 其他 (5 more now 出席 where their readers wrote 发言 or 致辞, wrong as before), and
 * 3 people with their positions. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { people, reportFacts } from '../support/import.ts';

describe('round 232', () => {
  it('reads a transliterated name written with the hyphenation point', () => {
    const names = reportFacts(
      '白江乒乓球日庆祝活动\n4月23日，白江乒乓球日庆祝活动在青禾广场举行。国际乒联主席佩特拉‧索林、青禾体育局局长李一青等出席。',
    ).people.map((p) => p.name);
    expect(names).toContain('佩特拉‧索林');
  });

  it('reads everyone a sentence of attendance names as attending, whatever their posts', () => {
    expect(
      people(
        '白江市副市长李一青，青禾县委书记王二白，白江农业大学教授张三青，白江省农业厅二级巡视员赵四江等出席开幕式。',
      ).map(([name, , role]) => [name, role]),
    ).toEqual([
      ['李一青', '出席'],
      ['王二白', '出席'],
      ['张三青', '出席'],
      ['赵四江', '出席'],
    ]);
    expect(
      people('白江县长李一青、副县长王二白、白江县议会议长张三青及多位议员等贵宾参与。').map(([, , role]) => role),
    ).toEqual(['出席', '出席', '出席']);
  });

  it('reads a label of attendance after the event it is of, or with its list in a clause of its own', () => {
    expect(
      people('“鼓动心弦”白江鼓乐嘉年华之主礼嘉宾包括：白江文化局常任秘书长李一青、立法会王二白议员。').map(
        ([name, , role]) => [name, role],
      ),
    ).toEqual([
      ['李一青', '出席'],
      ['王二白', '出席'],
    ]);
    expect(
      people('糖厂今天请来出席开榨盛典的各方来宾，他们是白江市李一青副市长、青禾省王二白副省长。').map(
        ([, , role]) => role,
      ),
    ).toEqual(['出席', '出席']);
  });
});
