/**
 * Round 104 of the importer (stop 52), from wave TQ to TX of stop 52 after its first run: an editor's credit run on
 * after the 来源 (`来源：某网责任编辑：某某`), 指导 inside a body's name (`某孝指导士协会`), two radio stations joined by
 * 和, Hong Kong's government press releases (published by the government), a founding ceremony held 盛大 (a body's
 * own), and a body's leadership work meeting (`2025年度理事长工作会议`, named with the body and its own). On text
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const read = (url: string, text: string) => readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;
const facts = (text: string) => read('http://example.org/a', text);
const lead = '3月2日，白江市书法家协会第三届会员代表大会在白江召开，会长李明致辞。';

describe('round 104: outlets', () => {
  it('reads the outlet without the editor’s credit run on after it', () => {
    expect(facts(`白江书协换届\n2011-03-03 07:58:55 来源：白江新闻网责任编辑：王刚\n${lead}`).outlet).toBe(
      '白江新闻网',
    );
  });

  it('names the government for its press releases', () => {
    expect(
      read('https://www.info.gov.hk/gia/general/202505/10/P2025050900737p.htm', `白江书协换届\n${lead}`).outlet,
    ).toBe('香港特别行政区政府');
  });
});

describe('round 104: organizers', () => {
  it('keeps 指导 inside a body’s name', () => {
    expect(
      facts(
        '3月2日，白江孝文化研讨会在白江大学举行。这次会议由白江大学儒学研究院、东川市孝指导士协会主办，白江市老龄委协办。',
      ).organizers,
    ).toEqual(['白江大学儒学研究院', '东川市孝指导士协会']);
  });

  it('parts two radio stations joined by 和', () => {
    expect(
      facts('白江讯 由白江人民广播电台和东川国际广播电台共同主办的2008白江广播论坛3月2日在白江举行。').organizers,
    ).toEqual(['白江人民广播电台', '东川国际广播电台']);
  });

  it('reads a founding ceremony held 盛大 as the body’s own, with no organizer', () => {
    const f = facts('白江讯 白江旗袍文化协会17日晚在白江中城举办盛大成立仪式，数百位各界嘉宾出席。');
    expect(f.title).toBe('白江旗袍文化协会成立仪式');
    expect(f.organizers).toEqual([]);
  });

  it('names a body’s leadership work meeting with the body, as its own', () => {
    const f = facts('2025年11月11日，白江机械协会停车设备工作委员会在白江成功召开2025年度理事长工作会议。');
    expect(f.title).toBe('白江机械协会停车设备工作委员会2025年度理事长工作会议');
    expect(f.organizers).toEqual(['白江机械协会停车设备工作委员会']);
  });

  it('still reads a bureau’s work meeting as held by the bureau', () => {
    expect(facts('3月2日，白江市民政局召开2025年度全市民政工作会议，局长李明讲话。').organizers).toEqual([
      '白江市民政局',
    ]);
  });
});
