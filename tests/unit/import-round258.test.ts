/**
 * Round 258 (stop 76), from the 960 of BW3 to FN3 and the 80 of FO3 to FV3 (read first, as round 257's honest test):
 * - outlets: `来源：网络转摘` (reposted from the web) names none; `某快报本报讯`: the 本报 of 本报讯 is no part of the paper's
 *   name;
 * - people: `校友代表某研究所主任` (whom the person spoke for) and `主宾为某部长` (the guest of honour was) are no part of
 *   the post.
 * On the 1,040 (BW3 to FV3): one outlet read wrong gone, one more right; two posts more right. On text written for the
 * test.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { page, posts } from '../support/import.ts';

describe('round 258', () => {
  it('reads no outlet from 网络转摘, and a paper without the 本报 of 本报讯', () => {
    const reposted = extractFacts(
      page(
        'URL: http://www.example.org/a/1.html\n白江摄影大展开幕\n时间：2008-09-22 09:28来源：网络转摘 作者：网络\n9月19日，2008白江国际摄影大展在青禾开幕。',
      ),
    );
    expect(reposted.outlet).toBeUndefined();
    const paper = extractFacts(
      page(
        'URL: http://www.example.org/a/2.html\n白江交易会开幕\nhttp://www.example.org 2012-05-19 05:50 来源: 白江快报本报讯(记者甲乙丙/文丁戊/图)潮涌东南,风聚八闽。18日上午,第十四届白江交易会在青禾会展中心开幕。',
      ),
    );
    expect(paper.outlet).toBe('白江快报');
  });

  it('leaves whom a person spoke for, and 主宾为, out of the post', () => {
    expect(posts('校友代表白江科学院青禾研究所主任周明远致辞。')).toContainEqual([
      '周明远',
      '白江科学院青禾研究所主任',
    ]);
    expect(posts('逾千名宾客出席，包括本地政治领袖与会馆的董事与会员，主宾为白江国家发展部长林青禾。')).toContainEqual([
      '林青禾',
      '白江国家发展部长',
    ]);
  });
});
