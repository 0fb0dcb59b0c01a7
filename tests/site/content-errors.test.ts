/**
 * An editor's mistakes never reach the published site: the real `astro build` on a
 * copy of the fixture archive with several mistakes at once fails, names every file
 * and field, and writes nothing to its output directory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../support/build.ts';
import { ROOT } from '../support/sites.ts';

function copyFixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-bad-'));
  fs.cpSync(path.join(ROOT, 'tests/fixtures/archive'), dir, { recursive: true });
  return dir;
}

function edit(dir: string, file: string, from: string, to: string): void {
  const p = path.join(dir, file);
  const text = fs.readFileSync(p, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
  fs.writeFileSync(p, text.replace(from, to));
}

/** Each mistake, and the `file:line field` the build must name for it. */
const mistakes: { what: string; file: string; from: string; to: string; expect: RegExp }[] = [
  { what: 'impossible date', file: 'conferences/2022-xiling/index.mdx', from: 'startDate: 2022-09-15', to: 'startDate: 2024-13-45', expect: /conferences\/2022-xiling\/index\.mdx:6 startDate: 不是真实存在的日期/ },
  { what: 'dangling person', file: 'conferences/2023-xiling/speeches/02-wang-qiang.md', from: 'person: wang-qiang\n', to: 'person: wang-qaing\n', expect: /02-wang-qiang\.md:7 speakers\[0\]\.person: 找不到人物“wang-qaing”.*是不是 wang-qiang/ },
  { what: 'dangling organization', file: 'organizations/qingchuan-minzhengting-shezuju.yaml', from: 'parent: qingchuan-minzhengting', to: 'parent: qingchuan', expect: /qingchuan-minzhengting-shezuju\.yaml:4 parent: 找不到机构“qingchuan”/ },
  { what: 'duplicate speech order', file: 'conferences/2023-xiling/speeches/03-wang-qiang-2.md', from: 'order: 3', to: 'order: 2', expect: /03-wang-qiang-2\.md:3 order: 发言顺序 2 与 .*02-wang-qiang\.md 重复/ },
  { what: 'unknown session', file: 'conferences/2022-xiling/speeches/01-lin-haiyan.md', from: 'session: opening', to: 'session: opennig', expect: /01-lin-haiyan\.md:2 session: 找不到环节“opennig”/ },
  { what: 'unknown series', file: 'conferences/2023-xiling/index.mdx', from: 'series: xiling-gongyi-luntan', to: 'series: xiling', expect: /2023-xiling\/index\.mdx:4 series: 找不到系列“xiling”/ },
  { what: 'bad speech kind', file: 'conferences/2022-xiling/speeches/03-chen-siyuan.md', from: 'kind: 交流发言', to: 'kind: 发言', expect: /03-chen-siyuan\.md:4 kind: / },
  { what: 'missing required field', file: 'people/he-ping.yaml', from: 'pinyin: Hé Píng\n', to: '', expect: /people\/he-ping\.yaml:1 pinyin: / },
  { what: 'misspelt field', file: 'people/liu-jia.yaml', from: 'pinyin:', to: 'pinyn:', expect: /people\/liu-jia\.yaml:3 pinyn: 未知字段 pinyn/ },
];

describe('a build with bad content', () => {
  const dir = copyFixture();
  for (const m of mistakes) edit(dir, m.file, m.from, m.to);
  const out = path.join(dir, '..', `${path.basename(dir)}-dist`);
  const result = astroBuild({ content: dir, out });

  it('fails', () => {
    expect(result.status).not.toBe(0);
  });
  it.each(mistakes)('names the file, line and field of: $what', (m) => {
    expect(result.output).toMatch(m.expect);
  });
  it('counts the errors and publishes nothing', () => {
    // The misspelt field is two errors: the unknown key and the missing required one.
    expect(result.output).toMatch(new RegExp(`内容检查发现 ${mistakes.length + 1} 个错误`));
    expect(fs.existsSync(path.join(out, 'index.html'))).toBe(false);
  });
});

describe('a build with broken Markdown', () => {
  it('fails naming the file', () => {
    const dir = copyFixture();
    edit(dir, 'conferences/2022-xiling/index.mdx', '与会人数约三百人。', '与会人数约三百人 <Unclosed');
    const result = astroBuild({ content: dir, out: path.join(dir, '..', `${path.basename(dir)}-dist`) });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('2022-xiling/index.mdx');
  });
});
