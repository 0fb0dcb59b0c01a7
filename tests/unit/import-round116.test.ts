/**
 * Round 116 of the importer (stop 54), from wave WS to WZ of stop 54 after its first run (at round 115, which, with
 * rounds 113 and 114, had changed none of its facts): a drill (演习, 演练) is an event; a final that closed 在…的大力支持下
 * (without a comma) is named without who supported it; a headline's `(附图)` is no part of a name; the bodies of a
 * list are read after the event's theme said before them (`以“某某”为主题的某协会主办的`), with a body ending in 机构,
 * after a Taiwanese 今 before the day (`某局今11月14日晚上举办`), and before a quoted name read from inside its quote; a
 * society's name that holds a word of a gambling site's advertising (娱乐) is no advertising; `某某网讯` on a line of its
 * own is the dateline, not the headline. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;

describe('round 116: event names', () => {
  it('reads a drill', () => {
    const f = facts('9月28日，白江县防汛应急演练在白江水库举行，白江县副县长李明讲话。');
    expect(f.title).toBe('白江县防汛应急演练');
  });

  it('leaves out who supported a final, said without a comma', () => {
    const f = facts(
      '2009第二届白江导游技能大赛总决赛在各县文旅部门和多家旅行社的大力支持下，于11月28日上午，在白江宾馆圆满结束，局长李明致辞。',
    );
    expect(f.title).toBe('2009第二届白江导游技能大赛总决赛');
  });

  it('reads a headline without its note of a picture', () => {
    const f = facts('白江山火救援演习(附图)\n白江多个部门今早(9月28日)在白江山坡举行演习，处长李明讲话。');
    expect(f.title).toBe('白江山火救援演习');
  });
});

describe('round 116: organizers', () => {
  it('reads the bodies after the event’s theme', () => {
    const f = facts(
      '2016年8月17日，以“智慧消防、创新应用”为主题的白江省消防协会主办的“白江消防论坛”在白江会展中心隆重召开，会长李明致辞。',
    );
    expect(f.organizers).toEqual(['白江省消防协会']);
  });

  it('reads a body ending in 机构', () => {
    const f = facts(
      '由白江侨联、白江医科大学眼科中心、美国白江健康机构主办的“光明行”活动启动仪式12日在白江举行，主席李明致辞。',
    );
    expect(f.organizers).toEqual(['白江侨联', '白江医科大学眼科中心', '美国白江健康机构']);
  });

  it('reads who held it when 今 stands before the day', () => {
    const f = facts('白江市环保局今11月14日晚上举办「114年度白江市绩优环保志工表扬活动」，由市长李明亲自颁奖。');
    expect(f.organizers).toEqual(['白江市环保局']);
  });

  it('reads who held an event whose name is read inside its quote', () => {
    const f = facts(
      '白江市旅游局和白东市旅游局于11月11日在白江国际会议中心共同举办“白江之夜——白江白东区域旅游推介会”活动，副局长李明致辞。',
    );
    expect(f.organizers).toEqual(['白江市旅游局', '白东市旅游局']);
  });

  it('keeps a society named again and again whose name holds 娱乐', () => {
    const f = facts(
      '1月15日，首届白江电子竞技行业年会在白江召开。此次年会由白江文化娱乐行业协会主办。白江文化娱乐行业协会会长李明致辞。白江文化娱乐行业协会还发布了报告。',
    );
    expect(f.organizers).toEqual(['白江文化娱乐行业协会']);
  });
});

describe('round 116: outlets', () => {
  it('reads a dateline on a line of its own', () => {
    const f = facts('白江新闻网讯\n第三届白江家居博览会开幕式昨晚在白江大酒店隆重举行，副市长李明主持。');
    expect(f.outlet).toBe('白江新闻网');
  });
});
