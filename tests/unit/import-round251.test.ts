/**
 * Round 251 (stop 75), after the wave DK3 to DR3's run (read once at 552eb74, after rounds 246 to 250), from the 480 of
 * BW3 to DR3:
 * - a venue placed only in its province (`在茅台镇某村的基地`) no longer ends the search for the city: the event's name or
 *   its convener, in that province, still places it (`贵州省仁怀市某公司…大典`);
 * - `以加快某某发展为出发点的 X`: what it sets out from (or aims at, 落脚点, 主线, 目标) is said as a theme is, no part of
 *   the name.
 * On the 480: one city and one event name right. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 251', () => {
  it('places an event by its name when its venue is placed only in its province', () => {
    const facts = reportFacts(
      '白江酒业下沙大典举行\n10月14日，贵州省仁怀市茅台镇白江酒业有限公司第42轮重阳下沙大典在贵州茅台镇双龙村的总部生产基地举行。董事长李一青致辞。',
    );
    expect(facts.place?.city).toBe('仁怀市');
  });

  it('reads a name without what it sets out from', () => {
    expect(
      eventTitle(['3月21日，以加快白江产业新旧动能转换、高质量发展为出发点的第十三届白江农机博览会在青禾开幕。']),
    ).toBe('第十三届白江农机博览会');
  });
});
