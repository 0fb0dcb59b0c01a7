/**
 * Round 123 of the importer (stop 55), from stop 55's six waves taken together (480 reports), before its seventh was
 * read: a name whose only words besides the leg of a series in brackets are its kind (`推介会（某站）`) is too short to
 * stand, as `推介会` is; another person named with a post before this one's (`某校教练员甲乙丙和某段工会主席`, `某部主任
 * 甲乙参赞，某联首席执行官`) is no part of this one's post. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;

describe('round 123', () => {
  it('holds back a name that is only its kind and the leg of a series', () => {
    const f = facts(
      '12月7日，“白江好物——白江山水 特色农产品”推介会（澳门站）在澳门某酒店举办。活动由白江省农业农村厅主办，厅长李大明致辞。',
    );
    expect(f.title ?? '').not.toBe('推介会（澳门站）');
  });

  it("leaves another person's name and post out of this one's post", () => {
    const f = facts(
      '1月21日，白江市乒乓球协会换届选举大会举行，白江市体育运动学校乒乓球教练员林大炳和白江市车务段工会主席詹大国当选副会长。',
    );
    const person = f.people.find((p) => p.name === '詹大国');
    expect(person?.position ?? '').not.toMatch(/林大炳/);
  });
});
