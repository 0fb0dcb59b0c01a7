/**
 * Round 147 of the importer (stop 60), from stop 60's second wave (KY to LF) after its honest run: what an event is, said
 * before 是 and the body that held it (`某论坛是某部主办的…`), is no body; a transliterated name does not take in the 在
 * before the deed (`某某·某某在致辞中表示`); 航务, 海事, 宣誓 and 专访 are no part of a name (水利 may be a given name) (`交通运输部长江航务管理局`
 * is no 部长 and no person); an interview's headline (`专访某署署长某某：…`) is no part of the post; seasons of
 * performances and shows put on for the public are events; a quoted award, then where it held the kind of event it is,
 * makes the name (`「某大奖2019」日前假某酒店举行颁奖典礼暨晚宴`), and who held the award held it. On text written for the
 * test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string, url = 'http://example.org/news/a.html') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;

describe('round 147', () => {
  it('reads the body that held the event after what the event is said to be', () => {
    expect(
      facts(
        '白江论坛举行\n2024年11月5日，2024年白江公共采购论坛在白江举行。白江公共采购论坛是白江财政厅主办的高级别论坛，已举办两届。',
      ).organizers,
    ).toEqual(['白江财政厅']);
  });

  it('ends a transliterated name before the 在 of what the person did', () => {
    expect(
      facts(
        '白江论坛举行\n2010年11月3日，首届白江内河航运论坛在白江举行。白江运输署署长大卫·马丁在致辞中表示，合作很重要。',
      ).people.map((p) => [p.name, p.position]),
    ).toEqual([['大卫·马丁', '白江运输署署长']]);
  });

  it('reads no person in a body’s name (部长江航务) nor in an oath or an interview', () => {
    const names = (text: string) => facts(`白江论坛举行\n${text}`).people.map((p) => p.name);
    expect(
      names(
        '2010年11月3日，首届白江内河航运论坛在白江举行。论坛由白江市政府、交通运输部长江航务管理局主办，白江港务局局长钱一致辞。',
      ),
    ).toEqual(['钱一']);
    expect(
      names('2010年11月3日，白江航运学院开学典礼在白江举行。白江航运学院院长孙二讲话，航海专业师生代表宣誓'),
    ).toEqual(['孙二']);
    // (水利 may be a given name: `张水利`.)
    expect(names('2010年11月3日，首届白江内河航运论坛在白江举行。白江县水务局局长张水利出席。')).toEqual(['张水利']);
  });

  it('leaves an interview’s headline out of the post', () => {
    expect(
      facts('2023年白江戏曲节开幕\n2023年6月16日，2023年白江戏曲节开幕。\n专访白江廉政专员李三：廉洁很重要').people.map(
        (p) => [p.name, p.position],
      ),
    ).toEqual([['李三', '白江廉政专员']]);
  });

  it('reads a season of performances and a show put on for the public as events', () => {
    expect(facts('白江京剧季开幕\n10月15日，2025白江京剧文化季在白江剧院开幕。').title).toBe('2025白江京剧文化季');
    expect(facts('白江演出举行\n2015年10月26日，“好戏连台”文化惠民演出在白江剧场举行。').title).toBe(
      '“好戏连台”文化惠民演出',
    );
  });

  it('names a quoted award by the kind of event held for it', () => {
    expect(
      facts(
        '白江大奖颁奖\n白江2019年8月6日 /美通社/ -- 由白江测量师学会举办的「白江测量师大奖2019」日前假白江万豪酒店举行颁奖典礼暨晚宴。',
      ).title,
    ).toBe('白江测量师大奖2019颁奖典礼暨晚宴');
    expect(
      facts(
        '白江大奖颁奖\n白江2019年8月6日 /美通社/ -- 由白江测量师学会举办的「白江测量师大奖2019」日前假白江万豪酒店举行颁奖典礼暨晚宴。',
      ).organizers,
    ).toEqual(['白江测量师学会']);
  });
});
