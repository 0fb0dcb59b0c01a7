/**
 * Round 216 (stop 71), from the 960 reports of the waves SY2 to WP2 pooled: what stands before a post and is no part of
 * it, whichever path read the post: the writer's own body (`我司`, a county government's `本府`; not the term, `本届顾问`,
 * which round 91 keeps), a body referred back to with 该 (`该公会`, `该宫`; a team named in full keeps its name,
 * `该创新团队` → `创新团队`), `正如` (as someone said), who the person was among those present (`颁奖贵宾有`, `市领导及`).
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { posts } from '../support/import.ts';

describe('round 216', () => {
  it("leaves out the writer's own body", () => {
    expect(posts('本府文化局长罗一舟致辞。')).toEqual([['罗一舟', '文化局长']]);
    expect(posts('我司党委委员、副校长罗一舟出席。')).toEqual([['罗一舟', '党委委员、副校长']]);
  });

  it('leaves out a body referred back to with 该', () => {
    expect(posts('该公会会务顾问罗一舟表示，活动很成功。')).toEqual([['罗一舟', '会务顾问']]);
    expect(posts('该宫主席罗一舟致辞。')).toEqual([['罗一舟', '主席']]);
    expect(posts('该创新团队首席专家、白江所副所长罗一舟介绍了项目。')).toEqual([
      ['罗一舟', '创新团队首席专家、白江所副所长'],
    ]);
  });

  it('leaves out 正如 and who the person was among those present', () => {
    expect(posts('正如白江银联董事长兼青禾银联董事长罗一舟所说，支付很重要。')).toEqual([
      ['罗一舟', '白江银联董事长兼青禾银联董事长'],
    ]);
    expect(posts('市领导及白江花卉协会常务副会长、青禾农科院副院长罗一舟出席。')).toEqual([
      ['罗一舟', '白江花卉协会常务副会长、青禾农科院副院长'],
    ]);
  });
});
