/**
 * Round 142 of the importer (stop 59), from stop 59's second wave (PC to PJ) after its honest run: who backed an event,
 * listed before its organizers with 、 (`由某部支持、某团主办`), is none of them; a body that 开展 the event in the
 * headline convened it (a slogan and dash before it no part of its name); `某大会的主办方是某联盟` names its organizer;
 * `来源：某报网讯` names the site without 讯, and `【特约记者…报导】` names no outlet; a post leaves out 该集团 and 本网 before it
 * (`该集团CEO`, `本网总裁`), as it does 该会. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string, url = 'http://example.org/2019/1106/a.html') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;

describe('round 142: organizers', () => {
  it('leaves out who backed it, listed before the organizers with 、', () => {
    expect(
      facts('白江芭蕾艺术节开幕\n10月31日，由白江文化厅支持、白江芭蕾舞团主办的首届白江国际芭蕾艺术节在白江剧场开幕。')
        .organizers,
    ).toEqual(['白江芭蕾舞团']);
  });

  it('reads the body that 开展 the event in the headline, and 某大会的主办方是某联盟', () => {
    expect(
      facts(
        '守护白江安全——白江市红十字会开展水域救援实战演练\n为提升白江救援能力，8月30日下午，白江市红十字会水域救援实战演练火热举行！',
      ).organizers,
    ).toEqual(['白江市红十字会']);
    expect(
      facts(
        '第29届白江燃气大会开幕\n5月20日，第29届白江燃气大会在白江开幕。白江燃气大会的主办方是国际白江燃气联盟，该联盟主席致辞。',
      ).organizers,
    ).toEqual(['国际白江燃气联盟']);
  });
});

describe('round 142: outlets', () => {
  it('reads a 来源 without the 讯 of its dateline, and no outlet from the kind of reporter', () => {
    expect(facts('白江作协成立\n来源:白江商报网讯\n12月19日，白江市网络作家协会成立大会在白江召开。').outlet).toBe(
      '白江商报网',
    );
    expect(
      facts('白江夜市开幕\n【特约记者王明远/南竿报导】12月1日，第二届白江夜市开幕典礼在南竿举行。').outlet ?? '',
    ).not.toBe('特约');
  });
});

describe('round 142: people', () => {
  it('leaves the body referred back to (该集团) and the site speaking of itself (本网) out of a post', () => {
    expect(
      facts(
        '白江论坛召开\n第一届白江论坛在白江召开。白江集团董事长王玉锁出席。该集团CEO杨宇发言。本网总裁兼CEO毛吉成致辞。',
      ).people.map((p) => `${p.position}|${p.name}`),
    ).toEqual(['白江集团董事长|王玉锁', 'CEO|杨宇', '总裁兼CEO|毛吉成']);
  });
});
