/**
 * Round 110 of the importer (stop 53), from wave VE to VL of stop 53 after its first run (which round 109 had left
 * fact for fact as it was): bodies an event was held by after 由 (`此次活动由甲和乙举办`) organized it; a flower
 * growers' association's short name (`中国花协`); exhibitions by invitation, of calligraphy and painting, of
 * photographs; a paper's masthead with its registration number, and a paper named on the line after an empty 来源.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;
const lead = '3月2日，白江市书法家协会第三届会员代表大会在白江召开，会长李明致辞。';

describe('round 110: organizers', () => {
  it('reads the bodies an event was held by, after 由', () => {
    const f = facts(
      '3月15日，白江县“3·15”消费者权益保护日宣传活动在白江广场举行。据悉，此次活动由白江县市场监管局和白江县消费者协会举办，以“守护安全”为主题。',
    );
    expect(f.organizers).toEqual(['白江县市场监管局', '白江县消费者协会']);
  });

  it('reads a flower growers’ association by its short name in a list', () => {
    const f = facts(
      '9月26日，第七届白江花卉博览会在白江开幕。第七届白江花卉博览会由国家林业局、中国花协、白江市人民政府和白东省人民政府联合主办。',
    );
    expect(f.organizers).toEqual(['国家林业局', '中国花协', '白江市人民政府', '白东省人民政府']);
  });
});

describe('round 110: exhibitions', () => {
  it('reads an exhibition by invitation, and who held it', () => {
    const f = facts(
      '12月30日，庆祝白江建市十周年书画作品邀请展在白江美术馆开幕。庆祝白江建市十周年书画作品邀请展由白江市书法家协会指导，白江书画院、白江艺术教育中心主办，白江文学艺术界联合会承办。',
    );
    expect(f.title).toBe('庆祝白江建市十周年书画作品邀请展');
    expect(f.organizers).toEqual(['白江书画院', '白江艺术教育中心']);
    expect(f.hosts).toEqual(['白江文学艺术界联合会']);
  });
});

describe('round 110: outlets', () => {
  it('reads a paper from its masthead with its registration number', () => {
    expect(facts(`白鹭报 国内统一刊号 CN-35(Q)第0003号\n\n白江书协换届\n\n${lead}`).outlet).toBe('白鹭报');
  });

  it('reads the paper named on the line after an empty 来源', () => {
    expect(facts(`白江书协换届\n${lead}\n来源:\n白江日报\n|`).outlet).toBe('白江日报');
  });
});
