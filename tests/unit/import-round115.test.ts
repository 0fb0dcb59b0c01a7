/**
 * Round 115 of the importer (stop 54), from wave WK to WR of stop 54 after its first run (at round 114): a party's
 * central committee (`民革中央`) is a body, and a list splits after it and after an office (`某河长制办公室与某办公室`);
 * where and the verb before a ceremony named by its kind (`在某小学举行启动仪式`) are no event's name; a dispatch with
 * its hour (`4月29日18时30分讯`) and a site's app after a dash (`某某网-新某某客户端`) give the site; `(来源:某厅)`
 * closing the article gives the outlet. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;

describe('round 115: organizers', () => {
  it('reads a party’s central committee in a list', () => {
    const f = facts(
      '10月25日，由白江省农业厅、民革中央和白江省人民政府共同主办的白江休闲农业发展高层论坛在白江举行，副省长李明致辞。',
    );
    expect(f.organizers).toEqual(['白江省农业厅', '民革中央', '白江省人民政府']);
  });

  it('splits a list after an office', () => {
    const f = facts(
      '4月29日，白江省河长制办公室与白东市河长办公室在白江联合召开白江河长制工作联席会议，主任李明讲话。',
    );
    expect(f.organizers).toEqual(['白江省河长制办公室', '白东市河长办公室']);
  });
});

describe('round 115: event names', () => {
  it('names no event by where it was held', () => {
    const f = facts('11月3日，白江县卫生健康委员会等单位二十余人参与了在白江县第一小学举行启动仪式，副主任李明讲话。');
    expect(f.title ?? '').not.toMatch(/^在/);
  });
});

describe('round 115: outlets', () => {
  const lead = '今(29)日，白江市河长制工作会议在白江举行，市长李明讲话。';

  it('reads a dispatch with its hour, without the site’s app', () => {
    const f = facts(`白江网-新白江客户端4月29日18时30分讯(首席记者 黄小明)${lead}`);
    expect(f.outlet).toBe('白江网');
  });

  it('reads the source in brackets closing the article', () => {
    const f = facts(`白江建筑业大会召开\n${lead}\n大会由白江市建筑业协会主办。(来源:白江市住房和城乡建设局)`);
    expect(f.outlet).toBe('白江市住房和城乡建设局');
  });
});
