/**
 * Round 152 of the importer (stop 61), from stop 61's fifth wave (MM to MT) after its honest run: a venue in Hong Kong or
 * Macau is trusted over a dispatch filed elsewhere, and a dispatch's city places only an event the report names; a
 * convener that lists several places names none of them; the day a document was issued (`某日，国务院印发《…》`) is not
 * the event's; the first word of a ministry's name (`文化和旅游部`) is no other person's name (round 151 had cut it); the
 * slash after a dispatch (`某社北京9月10日电／`) is no part of the name. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/lib/import/facts/dates.ts';
import { people, reportFacts } from '../support/import.ts';

const facts = reportFacts;

describe('round 152', () => {
  it('trusts a venue in Hong Kong over the city a dispatch was filed from, and reads the name after the dispatch’s slash', () => {
    const f = facts('白江新闻\n中评社北京9月10日电／第五届白江论坛9日在香港会展中心举行，白江商会会长张三致辞。');
    expect(f.title).toBe('第五届白江论坛');
    expect(f.place?.city).toBe('香港特别行政区');
  });

  it('places no event the report does not name by its dispatch', () => {
    expect(
      facts('白江新闻\n中评社北京9月10日电／白江省副省长张三昨天出席并致辞，白江企业家代表李四发言。').place,
    ).toBeUndefined();
  });

  it('reads no place from a convener that lists several', () => {
    expect(
      facts(
        '白江友城交流\n2023年12月11日，福建泉州市鲤城区、河南洛阳市老城区、广东潮州市湘桥区共同举办2023年“白江友城”合作发展交流活动。',
      ).place,
    ).toBeUndefined();
  });

  it('keeps the first word of a ministry’s name (文化和旅游部) in the post', () => {
    expect(people('白江文化和旅游部党组成员杜江出席。').map(([name, post]) => [name, post])).toEqual([
      ['杜江', '白江文化和旅游部党组成员'],
    ]);
    expect(people('文化和旅游部党组成员杜江出席。').map(([name, post]) => [name, post])).toEqual([
      ['杜江', '文化和旅游部党组成员'],
    ]);
  });

  it('does not date the event by the day a document was issued', () => {
    expect(
      readDates(['1991年3月6日，国务院印发《白江高新技术企业认定办法》，批准白江高新区成立。'], {}).start,
    ).toBeUndefined();
    expect(readDates(['2021年3月6日，白江高新区建设30周年座谈会在白江召开。'], {}).start).toBe('2021-03-06');
  });
});
