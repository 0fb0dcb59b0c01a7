/**
 * Round 120 of the importer (stop 55), from the misses of stop 55's first three waves taken together (240 reports),
 * before its fourth was read.
 * - Outlets: a site's name alone on a line of the page's header (`中国某某信息网`) is its masthead, when no address table
 *   or fuller crumb names the site; `…讯息` is no dateline; `记者某某台北` read from a reporter's credit is no outlet.
 * - Event names: a short name in the article (`食品安全宣传周`) gives way to the headline's full one that holds it; a grand
 *   ceremony (大典), a dialogue (对话会) and a week numbered by edition are events; a purpose (旨在…的), an investment
 *   (总投资…的), a theme without its 以 (“…”为主题的) or a count before a theme (两场以…) in front of a name, and the
 *   days it runs (今明两天, 今日（12日）起一连4天), a short name (（下称“峰会”）) or an hour (昨晚七时) after it, are no
 *   part of it; a sentence saying what something is (`某月是…的专门活动`) and events of every
 *   kind (`各项慈善活动`) are no names; the opening or closing of a fair, a meeting, a festival or a season is that event.
 * - Cleaning: a Markdown heading's marks (`#### `) are no part of the line.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;
const outletOf = (text: string) => {
  const o = facts(text).outlet as { value?: string } | string | undefined;
  return typeof o === 'string' ? o : o?.value;
};
const titleOf = (text: string) => facts(text).title;

describe('round 120: outlets', () => {
  it("reads a site's name alone on a line of the page's header as its masthead", () => {
    const page = [
      '首页·园地·公棚·协会·俱乐部·商城·论坛·博客·会员区',
      '白江信鸽信息网',
      '手机版',
      '白江金翅颁奖盛典 新年新棚新揭幕',
      '2025/1/6 9:40:01',
      '2025年1月3日，白江金翅赛鸽公棚第二届颁奖大会在白江市蓝海大饭店隆重揭幕，会长李大明致辞。',
    ].join('\n');
    expect(outletOf(page)).toBe('白江信鸽信息网');
  });

  it('does not read 讯息 as a dateline', () => {
    const page = [
      '2014交通安全嘉年华明日举行',
      '为让市民多了解交通安全讯息，白江交通事务局将于11月2日举办2014交通安全嘉年华，局长李大明致辞。',
    ].join('\n');
    expect(outletOf(page) ?? '').not.toMatch(/交通安全$/);
  });

  it("takes no reporter's name and city for an outlet", () => {
    const page = [
      '白江都市更新高峰论坛登场',
      '【记者洪大群台北采访报导】',
      '第十一届白江都市更新高峰论坛昨日在台北登场，理事长江大志致词。',
    ].join('\n');
    expect(outletOf(page) ?? '').not.toMatch(/^记者/);
  });
});

describe('round 120: event names', () => {
  it("takes the headline's full name for a short one the article uses", () => {
    const page = [
      '白江市2020年食品安全宣传周启动仪式在青山区举行',
      '9月23日上午，白江市食品安全委员会在青山区广场举办了2020年“食品安全宣传周”活动启动仪式，副市长李大明讲话。',
    ].join('\n');
    expect(titleOf(page)).toBe('白江市2020年食品安全宣传周启动仪式');
  });

  it('reads a grand ceremony', () => {
    expect(titleOf('2010中国（白江）国际文化节祭孔大典28日在白江孔庙举行，副省长李大明出席。')).toBe(
      '2010中国（白江）国际文化节祭孔大典',
    );
  });

  it('reads a dialogue and leaves out the short name given after it', () => {
    expect(
      titleOf('16日上午，首届白江经济带人力资源服务产业创新发展高峰对话会（下称“峰会”）在白江召开，会长李大明致辞。'),
    ).toBe('首届白江经济带人力资源服务产业创新发展高峰对话会');
  });

  it('reads a week numbered by its edition, joined to a forum', () => {
    expect(
      titleOf('27日晚，第三届白江城市更新论坛暨第二届白江城市更新周在白江钟鼓楼文化广场开幕，副市长李大明致辞。'),
    ).toBe('第三届白江城市更新论坛暨第二届白江城市更新周');
  });

  it('leaves out the days a fair runs, said after its name', () => {
    expect(titleOf('白江汽车零部件博览会今日（12日）起一连4天在白江会展中心举行，会长李大明致辞。')).toBe(
      '白江汽车零部件博览会',
    );
    expect(titleOf('第6届白江金融论坛今明两天在白江举行，行长李大明致辞。')).toBe('第6届白江金融论坛');
  });

  it('leaves out a purpose, an investment and a theme said before a name', () => {
    expect(titleOf('旨在推介白江人力资源项目的白江人才服务合作大会今天在白江开幕。')).toBe('白江人才服务合作大会');
    expect(titleOf('4月30日，总投资64亿元的白江光伏发电项目合作协议签约仪式在白江县举行。')).toBe(
      '白江光伏发电项目合作协议签约仪式',
    );
    expect(
      titleOf('近日，两场以“就业帮扶 真情相助”为主题的2024年白江市就业援助月残疾人专场招聘会在白江人力资源市场举行。'),
    ).toBe('2024年白江市就业援助月残疾人专场招聘会');
  });

  it('takes no sentence saying what something is', () => {
    const page = [
      '本报讯 近日，两场以“就业帮扶”为主题的白江就业援助月专场招聘会在白江人力资源市场举行。',
      '每年春节前后的就业援助月是帮助困难群众找到工作的专门活动。',
    ].join('\n');
    expect(titleOf(page) ?? '').not.toMatch(/是.*的/);
  });

  it('takes no events of every kind (各项) for a name', () => {
    const page = [
      '白江慈善会选出新一届理事',
      '本报讯 白江慈善会12月10日选出新一届理事，会长李大明表示，将继续举办社区服务及持续支持各项慈善活动。',
    ].join('\n');
    expect(titleOf(page) ?? '').not.toMatch(/各项/);
  });

  it('names a fair or a festival by itself, not by its opening or closing', () => {
    // (The quotes that set the name apart stay, as they do before an opening already dropped: round 71.)
    expect(titleOf('5月29日下午，“2020白江购物节”开幕式举行，市长李大明致辞。')).toBe('“2020白江购物节”');
    expect(titleOf('10月29日上午，2017全国蜂业大会暨白江蜂产品博览会闭幕式在白江会展中心举行。')).toBe(
      '2017全国蜂业大会暨白江蜂产品博览会',
    );
  });

  it('keeps the opening of ceremonies joined by 暨 (a guard)', () => {
    expect(titleOf('7月11日，“海洋日”活动启动仪式暨“白江首届海洋文化节”开幕式在白江举行，市长李大明致辞。')).toBe(
      '“海洋日”活动启动仪式暨“白江首届海洋文化节”开幕式',
    );
  });
});

describe('round 120: cleaning', () => {
  it("drops a Markdown heading's marks", () => {
    const page = [
      '#### 白江校友总会第15届第1次会员代表大会在白江举行',
      '11月8日上午，大会在白江国际会议中心举行，校长李大明致辞。',
    ].join('\n');
    expect(titleOf(page)).toBe('白江校友总会第15届第1次会员代表大会');
  });
});
