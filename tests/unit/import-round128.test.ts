/**
 * Round 128 of the importer (stop 56), from stop 56's third and fourth waves (US to QD, QE to QL) with the waves and
 * sets before them, after their honest runs: a quoted slogan written right before an event's name, without a dash, stays
 * part of the name (the readers of the blind sets of stops 53 to 56 kept it 18 times and left it out twice; since round
 * 220 one of two phrases before the year or edition does not) and is still its theme; an agency's bracketed dateline with 专电 dates 昨晚; 中央社's addresses date the page; how eagerly an
 * event was awaited (`备受某某期待的`) is no part of its name; a count of meetings (`三大会议`) names none. On text
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string, url = 'http://example.org/a') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;

describe('round 128: names', () => {
  // (Round 220, stop 72: a slogan of two phrases before the edition is left out of the name since, as the readers'
  // second wording has it; it is still the theme.)
  it('reads a quoted slogan before the name as its theme', () => {
    const f = facts(
      '白江沉香研讨会举行\n12月5日，“香传白江，情系两岸”第三届白江沉香学术研讨会在白江举行，会长李大明致辞。',
    );
    expect(f.title).toBe('第三届白江沉香学术研讨会');
    expect(f.theme).toBe('香传白江，情系两岸');
    expect(f.edition).toBe(3);
  });

  it('leaves out how eagerly it was awaited', () => {
    const f = facts(
      '白江观赏鱼展开幕\n2012-11-09\n备受白江水族迷期待的2012白江国际观赏鱼博览会今天开幕，会长李大明致辞。',
    );
    expect(f.title).toBe('2012白江国际观赏鱼博览会');
  });

  it('takes no count of meetings for a name', () => {
    const f = facts(
      '白江茶会召开\n5月2日，“白江茶食品论坛”、“白江茶产业联盟理事会”和“白江茶奥会研讨会”三大会议在白江召开，会长李大明致辞。',
    );
    expect(f.title).toBeUndefined();
  });
});

describe('round 128: dates', () => {
  it('reads 昨晚 against an agency’s bracketed 专电', () => {
    const f = facts(
      '白江影展开幕\n（中央社记者李大明墨尔本31日专电）第三届「白江台湾影展」昨晚盛大开幕，会长王小红致辞。',
      'https://www.cna.com.tw/news/amov/202405310038.aspx',
    );
    expect(f.published).toBe('2024-05-31');
    expect(f.startDate).toBe('2024-05-30');
  });
});
