/**
 * Round 157 of the importer (stop 62), from the posts of the six waves MU to OP pooled (480 reports) that readers wrote
 * longer than the importer: a scientist's post (`岗位科学家`, `首席科学家`), a convener's or founder's (`召集人`,
 * `发起人`) and a doctoral supervisor (`博士生导师`, `博导`) are posts, and a post written
 * before another one's name stays part of that person's position. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { posts } from '../support/import.ts';

describe('round 157', () => {
  it('keeps a scientist’s post written before another', () => {
    expect(posts('白江产业技术体系岗位科学家、白江省养蜂学会会长苏白江为活动授牌。')).toEqual([
      ['苏白江', '白江产业技术体系岗位科学家、白江省养蜂学会会长'],
    ]);
  });

  it('reads a founder’s, a convener’s and a supervisor’s post before a name', () => {
    expect(posts('白江青年合唱团发起人、白江合唱团团长张白江指挥演唱。')).toEqual([
      ['张白江', '白江青年合唱团发起人、白江合唱团团长'],
    ]);
    expect(posts('联席会议轮值召集人、白江省副省长王白江主持会议。')).toEqual([
      ['王白江', '联席会议轮值召集人、白江省副省长'],
    ]);
    expect(posts('白江大学博士生导师、白江学会副会长李白江作主旨演讲。')).toEqual([
      ['李白江', '白江大学博士生导师、白江学会副会长'],
    ]);
  });
});
