/**
 * Round 83 of the importer (stop 48), written from the blind sets QG to QN and checked on QO to QV: a paper's 据 before
 * the agency's dispatch is no part of the outlet; an event name read from its 暨 on, cut from the first half, is left to
 * the editor; a 之 before a quoted name is no part of it. On text written for the test (no sentence of any real report
 * is copied here).
 */
import { describe, expect, it } from 'vitest';
import { factsOf } from '../support/import.ts';

const body = '白江市体育局局长吴建中出席并致辞。';

describe('round 83', () => {
  it('takes the agency a paper cites for its dispatch as the outlet, without 据', () => {
    const f = factsOf(`据白江社北京2月23日电（记者 吴小林）白江排球联合会第三届代表会议23日在北京开幕。${body}\n`);
    expect(f.outlet).toBe('白江社');
  });

  // (Round 128 keeps a quoted part before a name whole, so this name is no longer cut at its 暨: it is read as written.)
  it('reads a quoted name joined by 暨 whole, not from its 暨 on', () => {
    const f = factsOf(
      '白江网8月27日讯 (通讯员 张小霞)8月26日,白江县召开“同心·光彩白江基金”暨全县助学基金表彰大会。会上奖励了一百多名学生。\n',
    );
    expect(f.title).toBe('“同心·光彩白江基金”暨全县助学基金表彰大会');
  });

  it('reads a quoted name after 之 without the 之', () => {
    const f = factsOf(`由白江义工联会主办之「2019白江义务工作推广研讨会」昨日在白江宾馆举行。${body}\n`);
    expect(f.title).toBe('2019白江义务工作推广研讨会');
  });
});
