/**
 * Round 260 (stop 77), from the 80 of GE3 to GL3:
 * - `在商会成立大会上` naming the event by a bare body word, when the headline or lead names it with the body in front
 *   (`某出席张家界市某商会成立大会暨某活动`): the name with the body, all of it (the importer had read no name);
 * - `某展览会(MIF)昨开幕`: 昨 after the event's initials in brackets is no part of its name;
 * - `在“某基金会”成立大会上说`: the meeting someone spoke at, with 说 after it and a quoted body in its name.
 * On the 1,200 (BW3 to GL3): two event names and a city more right, none wrong more. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 260', () => {
  it('names the event with its body when a later sentence names it by a bare body word', () => {
    const facts = reportFacts(
      [
        '周明远出席青禾市白江商会成立大会暨白青文化交流活动',
        '作者:白江省商会联合会 时间:2021-06-23 来源:白江省商会联合会',
        '白江省政协原副主席、白江省商会联合会换届筹备领导小组组长周明远受邀出席青禾市白江商会成立大会暨白青文化交流活动，为商会揭牌并发表讲话。',
        '青禾市白江商会是正式成立的第248家白江商会组织，女企业家林青禾当选为首任会长。6月18日，在商会成立大会上，周明远和青禾市委常委、统战部部长林白江共同为商会揭牌。',
      ].join('\n'),
    );
    expect(facts.title).toBe('青禾市白江商会成立大会暨白青文化交流活动');
  });

  it('leaves 昨 after the initials in brackets out of the name', () => {
    expect(eventTitle(['【本报讯】第十九届白江国际贸易投资展览会(BTF)昨开幕，当天有数百场洽谈。'])).toBe(
      '第十九届白江国际贸易投资展览会',
    );
  });

  it('reads the meeting someone spoke at, with 说 after it', () => {
    expect(
      eventTitle([
        '白江社北京七月二十五日电 民政部副部长周明远二十五日在“青禾社会救助基金会”成立大会上说，救助要及时。',
      ]),
    ).toMatch(/^“?青禾社会救助基金会”?成立大会$/);
  });
});
