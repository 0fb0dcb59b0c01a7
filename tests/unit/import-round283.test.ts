/**
 * Rounds 283 and 284 (stop 79), from the 80 of LS3 to LZ3 (read as the honest test of rounds 279 to 282):
 * - 283: a signing named by its agreement's kind alone (`战略合作框架协议签约仪式`) is named after its two parties, and
 *   a party may be a government, a development zone's committee, a company or an exchange
 *   (`某高新区管委会与某证券交易所于1月19日晚在上海举行…`);
 * - 284: the years an anniversary spans or a term runs, in brackets after it (`成立四十周年庆典(1983-2022)`,
 *   `国庆78周年(1945~2023)招待会`), are left out of the name; not inside a book's title.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('rounds 283 and 284', () => {
  it('names an agreement’s signing after its two parties', () => {
    expect(
      eventTitle(['白江高新区管委会与青禾证券交易所于3月2日在白江举行战略合作框架协议签约仪式，建立全面合作关系。']),
    ).toBe('白江高新区管委会与青禾证券交易所战略合作框架协议签约仪式');
  });

  it('leaves the years in brackets out of an anniversary’s name, not out of a book’s title', () => {
    expect(eventTitle(['11月6日，白江市冬泳协会成立四十周年庆典(1983-2022)在青禾酒店举行。'])).toBe(
      '白江市冬泳协会成立四十周年庆典',
    );
    expect(eventTitle(['7月8日，《白江县志(1990-2010)》发行仪式在县档案馆举行。'])).toBe(
      '《白江县志(1990-2010)》发行仪式',
    );
  });
});
