/**
 * Round 106 of the importer (stop 52), from wave TY to UF of stop 52 after its first run: a paper's newsflash
 * (`某报快讯`), a bar after a site's channel (`某网-某频道丨`), a news app by its own name (`红网时刻`), `目录` as a
 * breadcrumb's first crumb, a gambling app's advertising in front of an event's name, and a list of bodies that
 * `合办单位` (cut to `合办单`) closes, which names no organizer. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;
const lead = '3月2日，白江市书法家协会第三届会员代表大会在白江召开，会长李明致辞。';

describe('round 106: outlets', () => {
  it('reads a paper’s newsflash as the paper', () => {
    expect(facts(`白江书协换届\n白江晨报快讯（记者 王刚）${lead}`).outlet).toBe('白江晨报');
  });

  it('drops a bar after a site’s channel', () => {
    expect(facts(`白江书协换届\n2019-06-12 10:20 来源：人民网-白江频道丨\n${lead}`).outlet).toBe('人民网-白江频道');
  });

  it('names the site of a news app', () => {
    expect(facts(`白江书协换届\n红网时刻3月2日讯（记者 王刚）${lead}`).outlet).toBe('红网');
  });

  it('reads no outlet from 目录 as a breadcrumb’s first crumb', () => {
    expect(facts(`目录 > 新闻公报\n白江书协换届\n${lead}`).outlet).toBeUndefined();
  });
});

describe('round 106: events and organizers', () => {
  it('drops a gambling app’s advertising in front of an event’s name', () => {
    expect(
      facts('白江讯 365某某官方app_0755 36553288白江开明书画院成立仪式9月29日在白江举行，院长李明致辞。').title,
    ).toBe('白江开明书画院成立仪式');
  });

  it('reads no organizers from a list that 合办单位, cut short, closes', () => {
    expect(
      facts(
        '11月8日，白江市女企业家协会第三次会员大会暨白江市创业大赛启动仪式在白江举行。大会表彰了优秀会员，白江市委宣传部、市总工会、市商务局和白江日报社等4家大赛合办单',
      ).organizers,
    ).toEqual([]);
  });
});
