/**
 * Round 39 of the importer (from what the blind sets EA to ED, collected in stop 36 and measured at d1d10f7 before any
 * change, read wrong): a weekday in brackets after the day, a donation ceremony's list in its quoted name, a theme said
 * first, a founding said to be recent, what a body includes in brackets, and sources named as 转载自, after a reporter's
 * slashes, or before a comment link. On text written for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { readEvent } from '../../src/lib/import/facts/event.ts';
import { readOutlet } from '../../src/lib/import/facts/source.ts';
import { readReport } from '../../src/lib/import/read.ts';
import { sentences, withoutNotes } from '../../src/lib/import/text.ts';
import { people, report } from '../support/import.ts';

const facts = (text: string) => extractFacts(readReport(new TextEncoder().encode(text)));
const title = (lines: string[], headline?: string) => readEvent(sentences(lines), headline)?.title;

describe('round 39: event names', () => {
  it('reads a meeting held on a day with its weekday in brackets', () => {
    expect(title(['白江互助协会2023年会于5月7日（星期日）上午10时在某会馆举行，会上选举新会长。'])).toBe(
      '白江互助协会2023年会',
    );
  });

  it('keeps the list of what a ceremony donates inside its quoted name', () => {
    expect(title(['市长3日出席“白江救援协会创会十周年庆祝活动暨救灾车、器材车捐赠典礼”时表示，该会培养了人才。'])).toBe(
      '白江救援协会创会十周年庆祝活动暨救灾车、器材车捐赠典礼',
    );
  });

  it('drops a theme said first (主题为“…”的)', () => {
    expect(title(['9月12日，主题为“同心同行，共谋发展”的2023年白江勘察设计协会工作交流会在广州召开。'])).toBe(
      '2023年白江勘察设计协会工作交流会',
    );
  });

  it('names the founding meeting of a body said to be founded 近日', () => {
    expect(title(['近日，白江应急技术协会成立，这是当地首个此类协会。', '本次成立大会采用线上线下结合的方式。'])).toBe(
      '白江应急技术协会成立大会',
    );
  });

  it('drops what a body includes in brackets from the name', () => {
    expect(withoutNotes('白江工程师学会（含青禾市三个分会）联合年会')).toBe('白江工程师学会联合年会');
    expect(withoutNotes('白江总会（白江联合会）年会')).toBe('白江总会（白江联合会）年会');
  });
});

describe('round 39: outlets', () => {
  it('reads the outlet before a reporter credit with slashes and a time stamp', () => {
    const page = report(['白江救援协会十周年庆'], { info: ['白江好新闻/记者王明远/桃园报导 2018.06.04 00:14'] });
    expect(readOutlet(page, undefined)?.value).toBe('白江好新闻');
  });

  it('reads the outlet of a 来源 line run on into the comment link', () => {
    const page = report(['某会成立'], { info: ['2008年11月10日 15:53 来源:白江日报发表评论'] });
    expect(readOutlet(page, undefined)?.value).toBe('白江日报');
  });

  it('reads 新闻转载自 as the source, and takes no bullet line for the headline', () => {
    const got = facts(
      'https://www.example.edu.tw/news/1\n白江学会年会登场\n\n• 2025-11-19\n• 秘书室-王明远\n\n新闻转载自:白江日报\n\n白江学会年会登场 聚焦品质治理\n\n由白江学会主办的第61届年会于11月15日在白江举行，理事长李青山致辞。',
    );
    expect(got.outlet).toBe('白江日报');
    expect(got.headline).not.toMatch(/^•/);
  });
});

describe('round 39: people', () => {
  it('reads a name with a middle dot among the elected', () => {
    expect(people('刘明当选为会长，华青山、侯漫·柯尔博、彭湖当选为副会长。')).toContainEqual([
      '侯漫·柯尔博',
      '副会长',
      '其他',
    ]);
  });

  it('does not carry 增聘, an object given (匾额给) or a person named before into the post', () => {
    expect(people('会议增聘白江侨联党组书记王明远为名誉会长。')).toEqual([['王明远', '白江侨联党组书记', '其他']]);
    expect(people('他颁发匾额给主委李青山。')).toEqual([['李青山', '主委', '其他']]);
    expect(people('陈司长、白江商务局常任秘书长王明远出席。')).toEqual([['王明远', '白江商务局常任秘书长', '出席']]);
    // A post of the same person before 、 stays (副 is no surname).
    expect(people('副市长、公安局长张青出席。')).toEqual([['张青', '副市长、公安局长', '出席']]);
  });
});
