/**
 * Round 189 (stop 68), from the 560 reports of the waves SY2 to VB2 pooled: a bank's head office (`某银行总行`) is a
 * body; a list of bodies closed by their count without 等 (`…七家单位共同举办`, `…四家单位主办`) is read without it; and a
 * sentence about the event named without the sponsor's quoted words and the edition its title opens with
 * (`“某某科技”第一届某公开赛` → `某公开赛…由某会主办`) says who held it. On text written for the test. (The third test
 * passes before the round too: written text reaches the body another way; the round was measured on the blind report.)
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 189', () => {
  it('reads a bank’s head office as a body', () => {
    const f = reportFacts(
      '发布时间：2021-09-08\n【本报消息】白江银行总行主办、青禾银行承办的二〇二一“白江杯”全国大学生金融科技创新大赛昨开幕。',
    );
    expect(f.organizers).toEqual(['白江银行总行']);
  });

  it('reads a list closed by its count without 等', () => {
    const f = reportFacts(
      '发布时间：2015-09-24\n9月21日至23日，由白江省经信委、青禾市总工会、白江省造船工程学会三家单位共同举办的白江省船舶行业电焊工技能大赛决赛在青禾举行。',
    );
    expect(f.organizers).toEqual(['白江省经信委', '青禾市总工会', '白江省造船工程学会']);
    const g = reportFacts(
      '发布时间：2019-11-02\n11月1日，第三届白江肥料出海大会在青禾召开。大会由白江产业海外发展协会、青禾农学会两家单位主办。',
    );
    expect(g.organizers).toEqual(['白江产业海外发展协会', '青禾农学会']);
  });

  it('reads who held an event named without its sponsor and edition', () => {
    const f = reportFacts(
      '发布时间：2024-08-12\n8月11日，“白江猛士科技”第一届青禾武术少年公开赛暨集训营在白江体育中心开幕。\n青禾武术少年公开赛暨集训营系首次举行，由青禾武术联合会主办。',
    );
    expect(f.organizers).toEqual(['青禾武术联合会']);
  });
});
