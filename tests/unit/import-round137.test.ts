/**
 * Round 137 of the importer (stop 58), from stop 58's third wave (TG to TN) after its honest run: a report that names no
 * event but a place opened on the day (`某动物园今日欢乐开园`, `某大剧院迎来了开业盛典`) is about its opening, a name
 * composed for the editor to check (held back since round 138); a gambling brand with its mirror's number (`某集团
 * 3354CC`) is no outlet; `本活动由…主办` speaks of this event, as 本次 does; the grid's `国网某省电力` is a body. On text
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { isOrganization } from '../../src/lib/import/facts/organizers.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string, url = 'http://example.org/2023/0928/a.html') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;

describe('round 137', () => {
  it('takes in a report of a place opened on the day, its name composed for the editor to check', () => {
    const f = facts('“江城有板眼” 白江动物园今日欢乐开园\n9月28日上午，市民早早来到园门口排队入园。');
    expect(f.title).toBeUndefined();
    expect(f.titleHeldBack).toBe('白江动物园开园仪式');
    const g = facts(
      '白江大剧院运营管理方与各企业签约\n7月22日上午，一场灯光秀在白江大剧院上演，伴随着阵阵掌声，白江大剧院迎来了开业盛典。\n开业仪式上，区长王明远致辞。',
    );
    expect(g.titleHeldBack).toBe('白江大剧院开业盛典');
  });

  it("takes no gambling brand with its mirror's number for the outlet", () => {
    const f = facts(
      '白江老年食堂现场会召开\n发布日期：2023-11-10 来源：白江集团3354CC\n11月8日下午，白江市召开全市老年食堂建设工作现场会。',
    );
    expect(f.outlet ?? '').not.toMatch(/3354/);
  });

  it('reads who held it from 本活动 as from 本次活动', () => {
    const f = facts(
      '白江活动启动\n9月20日，2020白江新能源汽车下乡活动在白江正式启动，与2020白江智慧出行大会同期举行。本活动由白江部指导，白江汽车工业协会、国网白江电力等单位联合主办。',
    );
    expect(f.organizers).toEqual(['白江汽车工业协会', '国网白江电力']);
    expect(isOrganization('国网白江电力')).toBe(true);
    expect(isOrganization('白江电力')).toBe(false);
  });
});
