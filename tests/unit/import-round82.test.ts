/**
 * Round 82 of the importer (stop 48), written from the blind sets PY to QF and checked on QG to QN: an event name read
 * in no name's shape (a quote or bracket closed and never opened, a clause opening with 本次 or 今年) is left to the
 * editor with what was read; how well it went (`顺利圆满地`) and who watched it (`某界普遍关注的`) are no part of a
 * name. On text written for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { factsOf } from '../support/import.ts';

const body = '白江市农业局局长吴建中出席并致辞。';

describe('round 82: names in no name’s shape', () => {
  it('leaves to the editor a name with a quote closed that was never opened', () => {
    const f = factsOf(`由白江农科院承办的"白江羊业学会?qū)W分会第七届理事会第二次会议"在白江县胜利召开。${body}\n`);
    expect(f.title).toBeUndefined();
    expect(f.todos.find((t) => t.field === 'title')?.why).toContain('不像会议名称');
  });

  it('leaves to the editor a clause that opens with when, and says why', () => {
    const f = factsOf(
      `白江兽医联合会主办的「第54届白江兽医节大会」，今（115）年移到青山隆重举行，白江县农业处处长吴建中出席并致辞。\n`,
    );
    expect(f.title).toBeUndefined();
    expect(f.todos.find((t) => t.field === 'title')?.why).toContain('“今（115）年移到青山”不像会议名称');
  });

  it('leaves out how well it went and who watched it', () => {
    expect(factsOf(`5月11日，由白江心理卫生协会主办的白江首届团体咨询大会顺利圆满地召开。${body}\n`).title).toBe(
      '白江首届团体咨询大会',
    );
    expect(factsOf(`日前，白江收藏界普遍关注的第四届白江华人收藏家大会在白江宾馆举行。${body}\n`).title).toBe(
      '第四届白江华人收藏家大会',
    );
  });
});
