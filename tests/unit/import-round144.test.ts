/**
 * Round 144 of the importer (stop 59), from stop 59's fourth wave (PS to PZ) after its honest run: bodies that
 * 联合组织开展 the event (`由甲、乙等九个部门联合组织开展的某活动`) organized it; `文章来源：某网文章作者：…` names the site
 * without the 文章 of the next label; where a campaign went after its quoted name (`“某活动”走进某镇`) is no part of the
 * name. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string, url = 'http://example.org/2019/1106/a.html') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;

describe('round 144', () => {
  it('reads the bodies that 联合组织开展 the event as its organizers', () => {
    expect(
      facts(
        '白江禁毒宣传月启动\n6月1日，由白江市禁毒办、市委宣传部、市教委、团市委等九个部门联合组织开展的2017白江全民禁毒宣传月启动仪式在白江广场举行。',
      ).organizers,
    ).toEqual(['白江市禁毒办', '市委宣传部', '市教委', '团市委']);
  });

  it('reads the site of 文章来源 without the 文章 of the next label', () => {
    expect(
      facts('白江表彰会召开\n文章来源:白江网文章作者:王明 责任编辑:李文\n8月15日，白江县救援队伍表彰会召开。').outlet,
    ).toBe('白江网');
  });

  it('leaves where a campaign went out of its quoted name', () => {
    expect(
      facts('白江手艺培训走进白江镇\n4月30日，由白江文化馆举办的“白江手艺进乡村培训活动”走进白江镇，开展草编技艺培训。')
        .title,
    ).toBe('白江手艺进乡村培训活动');
  });
});
