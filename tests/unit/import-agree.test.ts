/**
 * Two readings of the same reports compared with the bench's scorer (src/lib/import/agreement.ts) and the CLI that
 * prints it (npm run bench:agree). On readings written for the test.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { agreement, type Reading } from '../../src/lib/import/agreement.ts';
import { precision, recall } from '../../src/lib/import/score.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

const first: Record<string, Reading> = {
  'a.txt': {
    event: '白江市调解协会第二次会员代表大会',
    date: '2024-05-06',
    city: '成都市',
    outlet: '白江日报',
    people: [
      { name: '王青山', position: '白江市司法局局长', organization: '白江市司法局', role: '讲话' },
      { name: '李小河', position: '会长', organization: '白江市调解协会', role: '其他' },
    ],
    organizers: [],
    hosts: [],
    documents: ['白江市调解协会章程'],
  },
  'b.txt': {
    event: '青山论坛',
    date: null,
    outlet: '页面未署名(域名 example.com)',
    people: [{ name: '张青', position: '青山大学教授', organization: '青山大学', role: '主旨演讲' }],
    organizers: ['青山大学'],
  },
};

describe('agreement of two readings', () => {
  it('is whole when the second reading is the first', () => {
    const a = agreement(first, structuredClone(first));
    expect(a.reports).toBe(2);
    for (const t of Object.values(a.secondVsFirst)) expect([precision(t), recall(t)]).toEqual([1, 1]);
    expect(a.misses).toEqual([]);
  });

  it('counts a position written otherwise as a disagreement both ways, and a missing date as a miss only one way', () => {
    const second = structuredClone(first);
    second['a.txt']!.people![1]!.position = '白江建材公司董事长、会长';
    second['a.txt']!.date = null;
    const a = agreement(first, second);
    expect(a.secondVsFirst.peopleWithPositions).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(a.secondVsFirst.date).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(a.firstVsSecond.date).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(a.misses.map((m) => m.miss.kind)).toEqual(['date', 'peopleWithPositions']);
  });

  it('reads an outlet that names none as no outlet, and names the reports only one reader read', () => {
    const second = { 'b.txt': { ...first['b.txt']!, outlet: '页面未署名(域名 example.com)' }, 'c.txt': {} };
    const a = agreement(first, second);
    expect(a.reports).toBe(1);
    expect(a.secondVsFirst.outlet).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(a.unpaired.sort()).toEqual(['a.txt', 'c.txt']);
  });
});

describe('npm run bench:agree', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-agree-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, value: unknown) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
    return file;
  };
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/bench/import-agree.ts'), ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: r.status, out: r.stdout, err: r.stderr };
  };

  it('prints each kind for two readings, and every disagreement with --details', () => {
    const second = structuredClone(first);
    second['b.txt']!.event = '第二届青山论坛';
    const r = run(write('first.json', first), write('second.json', second), '--details');
    expect(r.status, r.err).toBe(0);
    expect(r.out).toContain('two readings of 2 reports');
    expect(r.out).toMatch(/event name\s+50\.0%\s+50\.0%\s+1\/1\/1/);
    expect(r.out).toMatch(/organizers\s+100\.0%\s+100\.0%\s+1\/0\/0/);
    expect(r.out).toContain('b.txt  event                first 青山论坛 | second 第二届青山论坛');
  });

  it('exits 2 with a one-line reason for readings not given in pairs, a missing file, or no report in common', () => {
    const one = write('one.json', first);
    for (const [args, reason] of [
      [[one], 'give the readings in pairs'],
      [[one, path.join(dir, 'nowhere.json')], 'nowhere.json does not exist'],
      [[one, write('bad.json', '[1, 2')], 'bad.json is not JSON'],
      [[one, write('list.json', [])], 'list.json is not a reading'],
      [[one, write('other.json', { 'z.txt': {} })], 'no report was read by both readers'],
    ] as const) {
      const r = run(...args);
      expect(r.status).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toContain(reason);
    }
  });
});
