/**
 * Round 169 of the importer (stop 66), from the outlets and lost paragraphs of the waves RC2 to RZ2: a paragraph that
 * names a hotline (`…开通了服务热线“12329”。…。`, a county's news site called `某某热线`) is article, not a line of
 * contacts; an agency's dateline with a slash before its city and day (`某社／ 台南30日电`, even on a line of its own taken
 * for the headline) names the outlet; and `【某快报/记者甲报导】`, `【某传媒/编辑部报导】` open an article with its outlet. On text written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { factsOf } from '../support/import.ts';

const held = '5月21日，白江协会2024年年会在白江市举行。白江协会会长李明江出席。';

describe('round 169', () => {
  it('keeps a paragraph that names a hotline', () => {
    const f = factsOf(
      `白江日报白江8月3日电 今天，全省白江工作推进会在白江市召开。会上开通了全省服务热线“12329”。副省长陈白山出席会议并讲话。`,
    );
    expect(f.title).toBe('全省白江工作推进会');
    expect(f.people.map((p) => p.name)).toEqual(['陈白山']);
  });

  it('reads an agency’s dateline with a slash', () => {
    expect(factsOf(`白江社／ 台南30日电\n${held}`).outlet).toBe('白江社');
  });

  it('reads an outlet before a slash and its reporter or newsroom', () => {
    expect(factsOf(`【白讯快报/记者戴白山报导】${held}`).outlet).toBe('白讯快报');
    expect(factsOf(`【白江传媒/编辑部报导】${held}`).outlet).toBe('白江传媒');
  });
});
