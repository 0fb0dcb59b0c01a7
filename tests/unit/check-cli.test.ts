/** `npm run check` for real: node scripts/check.ts on copies of the fixture archive. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent, runScriptAsync } from '../support/cli.ts';
import { applyEdits, expectedLine, MISTAKES } from '../support/mistakes.ts';

describe('npm run check', () => {
  it.concurrent('passes the fixture archive, listing its drafts as warnings, then a count', async () => {
    const content = copyContent();
    const run = await runScriptAsync('scripts/check.ts', [], content);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^提醒 warnings:/m);
    expect(run.stdout).toMatch(/conferences\/2023-donghai\/index\.mdx:\d+ draft: 草稿/);
    expect(run.stdout).toMatch(/0 个错误，\d+ 个提醒/);
  });
  it.concurrent('reports every error at once as file:line field: message with a hint, and exits 1', async () => {
    const content = copyContent();
    const conf = path.join(content, 'conferences/2023-xiling/index.mdx');
    fs.writeFileSync(
      conf,
      fs
        .readFileSync(conf, 'utf8')
        .replace('startDate: 2023-10-20', 'startDate: 2023-02-30')
        .replace('series: xiling-gongyi-luntan', 'series: xiling-gongyi-lunta'),
    );
    fs.appendFileSync(path.join(content, 'people/he-ping.yaml'), 'nmae: 何平\n');
    const run = await runScriptAsync('scripts/check.ts', [], content);
    expect(run.status).toBe(1);
    const errors = run.stdout
      .split('\n')
      .filter((l) => /^ {2}\S/.test(l) && run.stdout.indexOf(l) < run.stdout.indexOf('提醒 warnings:'));
    expect(errors.join('\n')).toMatch(
      /conferences\/2023-xiling\/index\.mdx:\d+ startDate: 不是真实存在的日期（提示：开幕日期/,
    );
    expect(errors.join('\n')).toMatch(
      /conferences\/2023-xiling\/index\.mdx:\d+ series: 找不到系列“xiling-gongyi-lunta”（提示：.*是不是 xiling-gongyi-luntan？）/,
    );
    expect(errors.join('\n')).toMatch(/people\/he-ping\.yaml:\d+ nmae: 未知字段 nmae/);
    expect(run.stdout).toMatch(/3 个错误，\d+ 个提醒 \(3 errors/);
  });
  it.concurrent('names file, line and field of every mistake in the catalogue, all at once, and exits 1', async () => {
    const content = copyContent();
    for (const m of MISTAKES) applyEdits(content, m.edits);
    const run = await runScriptAsync('scripts/check.ts', ['--quiet'], content);
    expect(run.status).toBe(1);
    const printed = run.stdout
      .split('\n')
      .filter((l) => l.startsWith('  '))
      .map((l) => l.slice(2));
    const expected = MISTAKES.flatMap((m) => m.errors.map((l) => expectedLine(content, l)));
    expect([...printed].sort()).toEqual([...expected].sort());
    expect(run.stdout).toContain(`${expected.length} 个错误`);
  });
});
