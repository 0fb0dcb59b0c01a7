/**
 * Round 127 of the importer (stop 56), from stop 56's second wave (UK to UR) with its first (UC to UJ) and the 1,360
 * blind reports of stops 53 to 55, after the second wave's honest runs: 今早 (this morning) and Cantonese 寻日
 * (yesterday) date an event; a phrase that praises a meeting's rank with 的 (`某界内高层次的大会`) is no name, so the
 * sentence that names it is read; a forum's `发表于` stamp is not the day of the report it reposts with its own stamp;
 * two bodies are split after a fund (`某公益基金与某公司`); `来源：某网综合` is the site. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string, url = 'http://example.org/a') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;

describe('round 127: dates', () => {
  it('reads 今早 against the dispatch', () => {
    const f = facts(
      '白江同盟会汉服登高\n（吉隆坡17日讯）配合重阳节，白江同盟会今早在白江公园举办“九九重阳·汉服登高”活动，会长李大明致辞。',
      'https://example.com.my/news/20211017/nation/1.html',
    );
    expect(f.startDate).toBe('2021-10-17');
  });

  it('reads Cantonese 寻日 as the day before the page', () => {
    const f = facts(
      '白江义工嘉许礼\n时间：2017-05-08 03:15:17\n白江义工协会寻日在白江会堂举行第十届义工嘉许典礼，主席李大明致辞。',
    );
    expect(f.startDate).toBe('2017-05-07');
  });

  it('takes a report’s own stamp over the forum post that carries it', () => {
    const f = facts(
      '白江漆器节开幕\n发表于 2024-4-18 18:00:32 | 查看： 581\n2005年04月23日09:59 今日白江\n昨天上午，2005中国·白江漆器文化艺术节在白江拉开帷幕，市长李大明致辞。',
    );
    expect(f.published?.slice(0, 10)).toBe('2005-04-23');
    expect(f.startDate).toBe('2005-04-22');
  });
});

describe('round 127: names, organizers and outlets', () => {
  it('does not take praise of a meeting’s rank for its name', () => {
    const f = facts(
      '白江调料大会召开\n近日，一场白江调料界内高层次的大会在白江召开。\n9月5日至8日，2023白江调料行业大会暨白江调味品产业发展高峰论坛在白江举办。',
    );
    expect(f.title).toBe('2023白江调料行业大会暨白江调味品产业发展高峰论坛');
    expect(f.startDate).toBe('2023-09-05');
  });

  it('splits two bodies after a fund', () => {
    const f = facts(
      '白江公益项目启动\n2016年11月5日，白江艺术基金会李大明公益基金与白江市小红金融服务有限公司共同主办的“百千小花”公益项目启动仪式在白江举行。',
    );
    expect(f.organizers).toEqual(['白江艺术基金会李大明公益基金', '白江市小红金融服务有限公司']);
  });

  it('reads a site’s compiled report as the site', () => {
    const f = facts('白江汉服节开幕\n来源：白江网综合 责任编辑：李大明\n5月2日，首届白江汉服文化节在白江开幕。');
    expect(f.outlet).toBe('白江网');
  });
});
