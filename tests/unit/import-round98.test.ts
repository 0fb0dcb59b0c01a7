/**
 * Round 98 of the importer (stop 51), from the outlets missed on the 880 blind reports of stops 48 to 50, before the
 * wave of stop 51 was read: a portal's stamp under the headline (`http://www.门户.com 2005年05月25日05:40 某日报`,
 * also run on after the headline), a journal and its issue, `据某网消息`, `某在线消息（记者…）`, `【某网】` with a
 * one-character name, `某网（记者 甲）`, a paper's name alone in brackets after the last sentence, a closing credit
 * with a table's pipes after it, a doubled 来源 label, a site as the page's poster, `《某报》记者了解到` and
 * `某某新闻记者 甲 报道`. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;
const lead = '3月2日，白江市书法家协会第三届会员代表大会在白江召开，会长李明致辞，副会长王刚主持。';

describe('round 98: a portal’s stamp and a journal’s issue', () => {
  it('reads the outlet a portal’s stamp names under the headline, and keeps the headline', () => {
    const f = facts(`白江书协换届\n\nhttp://www.portal.com.cn 2011年03月03日06:10 白江晚报\n\n${lead}`);
    expect(f.outlet).toBe('白江晚报');
    expect(f.title).toBe('白江市书法家协会第三届会员代表大会');
  });

  it('reads the stamp run on after the headline, with a table’s pipes after it', () => {
    expect(facts(`白江书协换届http://www.portal.com.cn 2011年03月03日 06:10 白江晚报 | ||||\n${lead}`).outlet).toBe(
      '白江晚报',
    );
  });

  it('reads a stamp without a time, with the reporter after the outlet', () => {
    expect(facts(`白江书协换届\nhttp://www.portal.com 2011年3月3日 白江卫生报 李明\n${lead}`).outlet).toBe(
      '白江卫生报',
    );
  });

  it('takes no outlet from a stamp whose last word is not a name', () => {
    expect(
      facts(`白江书协换届\nhttp://www.portal.com 2011年3月3日 白江卫生报 阅读全文\n${lead}`).outlet,
    ).toBeUndefined();
  });

  it('reads a journal and its issue at the top of a periodical’s article page', () => {
    expect(facts(`白江书协换届记\n\n2011-05-30李明\n\n书法研究 2011年4期\n关键词:书法协会\n\n${lead}`).outlet).toBe(
      '书法研究',
    );
  });
});

describe('round 98: datelines and credits', () => {
  it('reads 据某网消息 opening the article, and 某在线消息 with its reporter', () => {
    expect(facts(`据白江政府网消息 2011年3月2日，白江市书法家协会第三届会员代表大会在白江召开。`).outlet).toBe(
      '白江政府网',
    );
    expect(facts(`白江在线消息(记者 王刚):3月2日，白江市书法家协会第三届会员代表大会在白江召开。`).outlet).toBe(
      '白江在线',
    );
  });

  it('reads a site of one character before 网 in brackets, but not 据某社消息', () => {
    expect(facts(`【江网】 昨天上午，白江市书法家协会第三届会员代表大会在白江召开。`).outlet).toBe('江网');
    expect(facts(`据白江社消息，3月2日，白江市书法家协会第三届会员代表大会在白江召开。`).outlet).toBeUndefined();
  });

  it('reads a site’s own reporter in brackets without 本报', () => {
    expect(facts(`白江书画网(记者 王刚)3月2日，白江市书法家协会第三届会员代表大会在白江召开。`).outlet).toBe(
      '白江书画网',
    );
  });

  it('reads a paper’s name alone in brackets after the last sentence, and a closing credit with pipes after it', () => {
    expect(facts(`${lead}\n会议选举了新一届理事会，赢得了广泛赞誉。（白江日报）`).outlet).toBe('白江日报');
    expect(facts(`${lead}会议选举了新一届理事会。（白江日报记者 王刚） |`).outlet).toBe('白江日报');
    // (Not a body's name: a paper's.)
    expect(facts(`${lead}\n会议选举了新一届理事会。（白江会展）`).outlet).toBeUndefined();
  });

  it('reads a 来源 label written twice, a site as the poster, 《某报》记者了解到 and 某新闻记者 甲 报道', () => {
    expect(facts(`白江书协换届\n文章来源:来源:白江书画在线 作者: 发布时间:2011-03-03\n${lead}`).outlet).toBe(
      '白江书画在线',
    );
    expect(facts(`白江书协换届\n发布时间:2011-03-03 发布者:白江书画在线\n${lead}`).outlet).toBe('白江书画在线');
    expect(facts(`${lead}《白江投资报》记者了解到，协会将举办书法展。`).outlet).toBe('白江投资报');
    expect(facts(`白江书协换届\n白江新闻记者 王刚 报道\n${lead}`).outlet).toBe('白江新闻');
  });
});
