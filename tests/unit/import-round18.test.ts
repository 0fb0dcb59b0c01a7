/**
 * Round 18 of the importer (development sets AO and AP, after their blind runs): each rule on text written for the
 * test, in the shapes the reports use (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { joinWrapped } from '../../src/lib/import/clean.ts';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { isEventName } from '../../src/lib/import/facts/event.ts';
import { report } from '../support/import.ts';

describe('round 18: paragraphs broken at a fixed width', () => {
  const wrapped = [
    '（记者周明远报导）青禾同乡会于2月25日晚假座某酒家举行春宴暨成立23周',
    '年庆会。领馆副主任吴海平、领事郑小东；青禾市市长的代表副市长王建国、',
    '白江市议员 Dan Kalb、青禾商会会长林志平、副会长陈立新、秘书长何文',
    '华等出席联欢。',
  ];

  it('runs each line that ends mid-sentence on into the next, so a list meets its predicate', () => {
    const lines = joinWrapped(wrapped);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('成立23周年庆会');
    expect(lines[0]).toContain('秘书长何文华等出席联欢。');
    const facts = extractFacts(report(lines));
    expect(facts.people.find((p) => p.name === '林志平')?.role).toBe('出席');
  });

  it('keeps lines apart on a page with fewer than three such lines, and keeps the headline apart', () => {
    const prose = ['青禾同乡会举行春宴，领馆副主任吴海平出席并致辞，会长林志平主持了晚宴的各项议程', '会后合影。'];
    expect(joinWrapped(prose)).toEqual(prose);
    const headline = '青禾同乡会今年的春宴在某酒家宴会厅热闹登场并有四方嘉宾到场祝贺';
    expect(joinWrapped([headline, ...wrapped], headline)[0]).toBe(headline);
  });
});

describe('round 18: names and dates', () => {
  it('takes no end of a clause cut after 及, 和, 与 or 的 for an event name', () => {
    expect(isEventName('及捐赠仪式')).toBe(false);
    expect(isEventName('的属会活动')).toBe(false);
    expect(isEventName('社区公益基金启动及捐赠仪式')).toBe(true);
  });

  it('takes the day in brackets after 昨 for the event, and for a bare 昨日 elsewhere in the report', () => {
    const lines = [
      '青禾县慈善团体联合协会昨(十)日上午召开会员代表大会。',
      '协会昨日上午在县府礼堂举行颁奖典礼，县长周明远出席。',
    ];
    const facts = extractFacts(report(lines, { meta: { published: '2010-01-10' } }));
    expect(facts.startDate).toBe('2010-01-10');
    const other = extractFacts(report([lines[1]!], { meta: { published: '2010-01-10' } }));
    expect(other.startDate).toBe('2010-01-09');
  });
});

describe('round 18, after sets AQ and AR: what a fixed width is, and names in breadcrumbs', () => {
  it('keeps a caption of another length that ends with a name apart from the paragraph after it', () => {
    const caption = '得奖会馆的代表与总会会长周明远合影，左起：青禾陈氏公会会长陈立新、白江厦门公会会长吴海平';
    const lines = [
      '（记者林志平报导）青禾同乡会于2月25日晚假座某酒家举行春宴暨',
      '成立23周年庆会。领馆副主任吴海平、领事郑小东；副市长王建国、',
      '青禾商会会长林志平、副会长陈立新、秘书长何文华、理事周立民、',
      '王一帆等出席联欢。',
      caption,
      '总会会长周明远透过预录视频指出，奖项的目的在于鼓励各会馆。',
    ];
    const joined = joinWrapped(lines);
    expect(joined).toHaveLength(3);
    expect(joined[1]).toBe(caption);
  });

  it('reads a part of a breadcrumb headline as the name, and a name after 在…上 before 致词', () => {
    const facts = extractFacts(
      report(['他昨晚在白江会馆90周年庆、少年团30周年联欢晚宴上致词表示，意义重大。'], {
        headline: '大都会/白江会馆90周年庆晚宴/3图',
        meta: { published: '2023-12-11' },
      }),
    );
    expect(facts.title).toBe('白江会馆90周年庆、少年团30周年联欢晚宴');
    expect(facts.startDate).toBe('2023-12-10');
  });
});
