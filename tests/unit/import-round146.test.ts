/**
 * Round 146 of the importer (stop 60), from stop 60's first wave (KQ to KX) after its honest run and from the misses of
 * the blind waves before it: weddings held for many couples are events; 近期 is said of when, as 近日 is; the day a
 * reporter learned of an event does not date it; `9月7、8日` is a run of days; names under a group label (`县领导甲、乙`)
 * get no position from it; what a mirror's converter left of a character (`?qū)W分会`) is no body; the hour after a day,
 * and the clock it is told by, are no part of who held the event, nor a dispatch's reporters; a day, 表彰 or a
 * box-drawing dash before a post is no part of it; a site's greeting spells out a 来源 named relatively; a short name that
 * is one prefecture-level city's and otherwise only districts' is the city; Taiwan's cities and counties are places. On
 * text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string, url = 'http://example.org/news/a.html') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;

describe('round 146', () => {
  it('reads a collective wedding as the event', () => {
    expect(
      facts('白江举办集体婚礼\n5月20日，“白江和鸣”2025年白江市白江区集体婚礼在白江广场举行。20对新人参加。').title,
    ).toBe('“白江和鸣”2025年白江市白江区集体婚礼');
  });

  it('reads an event said to be held 近期, and leaves its date unknown when only the day the reporter learned is given', () => {
    const f = facts('白江资本年会召开\n4月12日，记者获悉，2019白江资本年会近期在白江召开。');
    expect(f.title).toBe('2019白江资本年会');
    expect(f.startDate).toBeUndefined();
  });

  it('reads 9月7、8日 as a run of two days', () => {
    const f = facts('白江研讨会举行\n白江市工务局9月7、8日于白江大学举办「2023白江道路管理研讨会」。');
    expect([f.startDate, f.endDate]).toEqual(['2023-09-07', '2023-09-08']);
  });

  it('gives names under a group label no position', () => {
    const people = facts(
      '白江表彰会召开\n2023年3月5日，白江县表彰大会在县会堂召开。县领导钱一、孙二出席会议，县民政局局长李三讲话。',
    ).people.map((p) => [p.name, p.position]);
    expect(people).toEqual([
      ['钱一', undefined],
      ['孙二', undefined],
      ['李三', '县民政局局长'],
    ]);
  });

  it('leaves out a body a mirror garbled with pinyin and keeps the others of the list', () => {
    expect(
      facts(
        '白江论坛召开\n2015年12月18日，由白江省畜牧业协会羊业分会、白江省畜牧兽医学会养羊?qū)W分会、白江县林业局共同主办的白江羊业论坛在白江县召开。',
      ).organizers,
    ).toEqual(['白江省畜牧业协会羊业分会', '白江县林业局']);
  });

  it('reads who held the event before the clock and the hour it is told by', () => {
    expect(
      facts(
        '白江交易所举行开市仪式\n2007年5月6日，白江证券交易所于当地时间5月6日上午十点（北京时间晚上十点）在白江远程举行开市仪式。',
      ).organizers,
    ).toEqual(['白江证券交易所']);
  });

  it('reads who held the event after a dispatch and its reporters in brackets', () => {
    expect(
      facts(
        '白江集团举行揭牌仪式\n某社白江3月17日电 （钱一 孙二）白江建筑集团有限公司17日在白江举行“白江院士工作站”揭牌仪式。',
      ).organizers,
    ).toEqual(['白江建筑集团有限公司']);
  });

  it('leaves a day, 表彰 and a box-drawing dash out of the post that follows', () => {
    const people = (text: string) => facts(`白江展开幕\n${text}`).people.map((p) => [p.name, p.position]);
    expect(people('2018年9月5日白江市长钱一出席「白江国际半导体展」开幕典礼。')).toEqual([['钱一', '白江市长']]);
    expect(people('2018年9月5日，白江国际半导体展举行颁奖典礼，表彰白江半导体联盟名誉会长孙二。')).toEqual([
      ['孙二', '白江半导体联盟名誉会长'],
    ]);
    expect(people('2009年11月28日，白江药学会年会举行，邀请到杰出校友──白江科学院副院长李三出席。')).toEqual([
      ['李三', '白江科学院副院长'],
    ]);
  });

  it('spells out a 来源 named relatively from the site’s greeting', () => {
    expect(
      facts(
        '欢迎访问白江市统计局!\n白江统计年会举行\n时间：2022-04-08  来源:市统计局\n3月24日，2022年白江统计年会举行。',
      ).outlet,
    ).toBe('白江市统计局');
  });

  it('places an event held in 西安 in the city, not a district of that name, and one held in a city of Taiwan', () => {
    const city = (text: string) => facts(`大会举行\n${text}`).place?.city;
    expect(city('2019年12月2日，2019白江网络诚信大会在西安举行。')).toBe('西安市');
    expect(city('2011年11月7日，2011白江湿地论坛今天在台南市展开三天议程。')).toBe('台南市');
    expect(city('2008年4月27日，白江县民集团婚礼在桃园县大溪镇举行。')).toBe('桃园市');
    // (A dispatch from a city of Taiwan does not overrule a venue written with its province.)
    expect(city('某社桃园6月19日电（记者 钱一）白江大学大陆校友会成立大会6月17日在福建厦门举行。')).toBe('厦门市');
    // (Not 中山, which opens the names of universities, roads and parks.)
    expect(city('2024年9月19日，第五届白江学科建设研讨会在中山大学白江校区举行。')).toBeUndefined();
  });

  it('does not take a wedding’s kind alone, in a newlywed’s words, for its name', () => {
    expect(facts('白江集体婚礼举行\n5月20日，白江市第十二届青年集体婚礼在白江举办。').title).toBe(
      '白江市第十二届青年集体婚礼',
    );
    expect(
      facts(
        '共赴一场“白江之恋”\n12月8日，白江区民政局在白江度假区举办“白江之恋”集体婚礼活动。\n新郎说：“我们今天参加集体婚礼，很开心。”',
      ).title,
    ).toBe('“白江之恋”集体婚礼活动');
  });
});
