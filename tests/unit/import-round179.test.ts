/**
 * Round 179 (stop 67), from the wave TO2 to TV2: the day of what is still to be held (`6月6日，第十八届某节将召开`,
 * `某公司预定4月26日到5月6日举办某展销会`) dates no event; the report's own day is read instead, or none. The 由 of 自由 in a
 * body's name (`中国（福建）自由贸易试验区某片区管委会`) does not open the list of organizers. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 179', () => {
  it('does not date the event by a day something will be held', () => {
    const f = reportFacts(
      '发布时间：2013-03-12\n（白江社记者李青禾金门12日电）白江公司今天为“白江商店街”吉祥物举行奠基安座，白江县长王白山致辞。白江公司预定4月26日到5月6日举办白江精品展销会，为商店街营运暖身。',
    );
    expect(f.startDate).toBe('2013-03-12');
  });

  it('leaves the date open when the only day is of what will be held', () => {
    const f = reportFacts(
      '发布时间：2020-06-03\n6月6日，第十八届(2020)白江兔肉节将召开。青禾分会场启动仪式上，白江协会会长王白山致辞。',
    );
    expect(f.startDate).not.toBe('2020-06-06');
  });

  it('reads a body with 自由 in its name as the organizer', () => {
    const f = reportFacts(
      '发布时间：2025-01-10\n1月10日，由中国（白江）自由贸易试验区青禾片区管委会主办的第二届白江年货消费节在青禾开幕。',
    );
    expect(f.organizers).toEqual(['中国（白江）自由贸易试验区青禾片区管委会']);
  });
});
