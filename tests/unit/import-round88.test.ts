/**
 * Round 88 of the importer (stop 49): a gate, not a rule. Outlets read only from a page's address were counted by where
 * they came from, over the 560 blind reports of stops 48 and 49; portals and writing platforms (新浪网, 腾讯网, 网易,
 * 搜狐网, 美篇) were wrong every time (no reader named one as an outlet), so their addresses now name no outlet and the
 * TODO says why, as Yahoo's since round 86. 正报 is named as it calls itself. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { aggregatorOf, outletFromUrl } from '../../src/lib/import/outlets.ts';
import { sameEvent } from '../../src/lib/import/score.ts';
import { eventTitle, factsOf } from '../support/import.ts';

describe('round 88: portals and writing platforms name no outlet by their address', () => {
  it('takes no outlet from a portal or platform address, and says which it is', () => {
    for (const [url, name] of [
      ['http://finance.sina.com.cn/g/20060713/1.shtml', '新浪网'],
      ['https://news.qq.com/rain/a/20241110A05SRB00', '腾讯网'],
      ['https://3g.163.com/dy/article/J00RFJKQ053478CE.html', '网易'],
      ['http://auto.sohu.com/20140114/n1.shtml', '搜狐网'],
      ['https://www.meipian.cn/3jdnw4fg', '美篇'],
    ]) {
      expect(outletFromUrl(url)).toBeUndefined();
      expect(aggregatorOf(url)).toBe(name);
    }
    const f = factsOf(
      'https://news.qq.com/rain/a/20241110A05SRB00\n11月9日，白江市对外友好协会召开第三届理事会，会长李青山作工作报告。\n',
    );
    expect(f.outlet).toBeUndefined();
    expect(f.todos.find((t) => t.field === 'sources[0].outlet')?.why).toMatch(/腾讯网/);
  });

  it('still reads the source a portal page names', () => {
    const f = factsOf(
      'https://news.qq.com/rain/a/20241110A05SRB00\n来源：白江日报\n11月9日，白江市对外友好协会召开第三届理事会，会长李青山作工作报告。\n',
    );
    expect(f.outlet).toBe('白江日报');
  });

  it('names 正报 as it calls itself', () => {
    expect(outletFromUrl('http://www.chengpou.com.mo/dailynews/1.html')).toBe('正报');
  });
});

describe('stop 49: event names', () => {
  it('leaves the day and a conjunction out of a name', () => {
    expect(eventTitle(['白江2024国际城市林务研讨会今日（10日）在白江举行，专家学者出席。'])).toBe(
      '白江2024国际城市林务研讨会',
    );
    expect(eventTitle(['因此白江省历史学会2010年年会暨白江文化学术报告会在白江召开，学者百余人出席。'])).toBe(
      '白江省历史学会2010年年会暨白江文化学术报告会',
    );
  });

  it('scores a quoted name with the generic 活动 after it as the name (a form the expectations write both ways)', () => {
    expect(sameEvent('「白江产业沟通平台启动宣示」活动', '白江产业沟通平台启动宣示', [])).toBe(true);
    expect(sameEvent('“白江金融知识巡回展·走进白江”活动', '白江金融知识巡回展·走进白江', [])).toBe(true);
    // Not a ceremony of the event: that is another thing.
    expect(sameEvent('“第二届白江食品产业交流会议”开幕式', '第二届白江食品产业交流会议', [])).toBe(false);
  });
});
