/**
 * Round 125 of the importer (stop 56), from the 1,360 blind reports of stops 53 to 55 taken together, before the wave of
 * stop 56 was read: a report that dates a gathering it does not name (`某乡农民田间学校开班了`) is imported with its
 * headline in the name's place and a TODO, not refused (a rule taking effect on a day still is); the day a gathering was
 * first planned for (`原定于8月16日`) is not the day it was held, and `昨午` is yesterday at noon; a three-character name
 * whose last character opens the next word (`杨倩为…致辞`) is the two-character one the text also uses. On text
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { ImportError, importReport, readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const bytes = (text: string) => new TextEncoder().encode(`http://example.org/a\n${text}\n`);
const facts = (text: string) => readFacts(bytes(text), archive).facts;

describe('round 125: a dated gathering the report does not name', () => {
  const report = '白江乡开办农民夜校\n2021年3月23日，白江乡农民夜校开班了，这是全县第一所开班的农民夜校。';

  it('is imported with its date, the headline standing for the name until the editor writes it', () => {
    const { facts: f, draft } = importReport(bytes(report), archive);
    expect(f.title).toBeUndefined();
    expect(f.startDate).toBe('2021-03-23');
    expect(f.evidence.find((e) => e.fact === '会议日期')?.from).toContain('农民夜校开班了');
    const index = draft.files.find((x) => x.path.endsWith('index.mdx'))!;
    expect(index.text).toContain('title: 白江乡开办农民夜校');
    expect(index.text).toMatch(/TODO.*title/);
  });

  it('but a day a rule takes effect on is no gathering: still refused', () => {
    expect(() => facts('白江市新办法出台\n自2024年5月1日起，白江市新版管理办法正式施行，各单位要认真执行。')).toThrow(
      ImportError,
    );
  });
});

describe('round 125: the day it was held', () => {
  it('is not the day first planned, and 昨午 is the day before the page', () => {
    const f = facts(
      '发布时间：2010-08-18\n白江街坊会昨午假白江酒楼举行敬老联欢。\n联欢原定于8月16日晚上在广场举行，因下雨延后一天并改在酒楼。',
    );
    expect(f.startDate).toBe('2010-08-17');
  });
});

describe('round 125: a name run on into the next word', () => {
  it('is the shorter name the text also writes alone', () => {
    const f = facts(
      '3月2日，白江义诊周启动仪式在白江医院举行。白江医院副院长杨倩为启动仪式致辞，杨倩副院长欢迎各位来宾。',
    );
    expect(f.people.map((p) => [p.name, p.position, p.role])).toEqual([['杨倩', '白江医院副院长', '致辞']]);
  });

  it('keeps a three-character name the text never shortens', () => {
    const f = facts('3月2日，白江义诊周启动仪式在白江医院举行。白江医院副院长李有为致辞。');
    expect(f.people.map((p) => p.name)).toEqual(['李有为']);
  });
});
