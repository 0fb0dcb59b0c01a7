/**
 * Round 102 of the importer (stop 52), from the outlets wrong on the 1,010 blind reports of stops 48 to 51, before the
 * wave of stop 52 was read: a site's local edition after a middle dot (`某网·某区`); and three things that are no
 * outlet: a time stamp's `互联网`, the `当前位置` of a breadcrumb, a gambling brand (`必威`) as its first crumb. A paper
 * and its site (`某网-某日报`) and a paper's bureau (`某日报某省记者站`) stay as the page writes them: the shared corpus
 * and two of three blind waves record them so. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;
const lead = '3月2日，白江市书法家协会第三届会员代表大会在白江召开，会长李明致辞，副会长王刚主持。';

describe('round 102: the outlet behind a site, a bureau or an edition', () => {
  it('keeps a paper named after the site that carries it as the page writes it (as the shared corpus records it)', () => {
    expect(facts(`白江书协换届\n2011年03月03日 06:10:38来源：白江网-白江晚报\n${lead}`).outlet).toBe('白江网-白江晚报');
  });

  it('keeps a site whose name has a dash and no paper after it', () => {
    expect(facts(`白江书协换届\n来源：白江网-文化频道\n${lead}`).outlet).toBe('白江网');
  });

  it('keeps a paper’s bureau as the page writes it (two blind waves of three record it so)', () => {
    expect(facts(`白江书协换届\n来源：华南日报白江记者站（记者 李明） 编辑：王刚\n${lead}`).outlet).toBe(
      '华南日报白江记者站',
    );
  });

  it('takes the site, not its local edition after a middle dot', () => {
    expect(facts(`白江书协换届\n白江网·东川讯 ${lead}`).outlet).toBe('白江网');
  });
});

describe('round 102: no outlet', () => {
  it('reads no outlet from a time stamp that says the piece came from the web', () => {
    expect(facts(`白江书协换届\n2011-03-03 06:10 互联网\n${lead}`).outlet).toBeUndefined();
    expect(facts(`白江書協換屆\n2011-03-03 06:10 互聯網\n${lead}`).outlet).toBeUndefined();
  });

  it('reads no outlet from the words 当前位置 of a breadcrumb', () => {
    expect(facts(`当前位置 >> 书协动态\n白江书协换届\n${lead}`).outlet).toBeUndefined();
  });

  it('still reads the site a breadcrumb names first', () => {
    expect(facts(`当前位置：白江文化网 >> 书协动态\n白江书协换届\n${lead}`).outlet).toBe('白江文化网');
  });

  it('reads no outlet from a gambling brand put where the site’s name stood', () => {
    expect(facts(`您的位置： 必威 > betway必威体育 > 正文\n白江书协换届\n${lead}`).outlet).toBeUndefined();
  });
});
