/**
 * Round 118 of the importer (stop 54), from the misses of stop 54's four waves taken together (320 reports), before
 * wave XI to XP was read: the publishing body speaking of itself before a post (`我厅副厅长`) is no part of the post, as
 * `该会` and `我市` are not; an auction (拍卖会) is an event. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;

describe('round 118', () => {
  it('leaves 我厅 out of a post', () => {
    const f = facts('3月5日，白江省渔业厅召开渔业工作会议，我厅副厅长黄大峰出席并讲话。');
    expect(f.people.find((p) => p.name === '黄大峰')?.position).toBe('副厅长');
  });

  it('reads an auction held with a forum', () => {
    const f = facts('5月9日，白江翡翠高端论坛暨翡翠精品拍卖会在白江举行，馆长李明致辞。');
    expect(f.title).toBe('白江翡翠高端论坛暨翡翠精品拍卖会');
  });
});
