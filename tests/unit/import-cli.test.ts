/**
 * `npm run import` for real: node scripts/import.ts on fixture files, in a
 * temporary copy of the invented fixture archive. Asserts the files written, the
 * messages, the exit codes, that the draft passes the content check with its
 * TODOs listed, and that every refusal leaves the tree byte-for-byte unchanged.
 * The importer's steps in this process (drafting, writing all or nothing) are in
 * import-write.test.ts, which mutation testing runs (a child process never sees a mutant).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { copyContent, repoRoot, runScript, runScriptAsync, snapshot } from '../support/cli.ts';

const fixture = (name: string) => path.join(repoRoot, 'tests/fixtures/import', name);
const importFile = (content: string, ...args: string[]) => runScript('scripts/import.ts', args, content);
const rel = (content: string, file: string) => path.relative(content, path.resolve(file)).split(path.sep).join('/');

describe('a fresh report of a conference the archive does not have', () => {
  const content = copyContent();
  const run = importFile(content, fixture('gb18030.txt'));
  const result = checkContent(content);
  const mine = result.problems.filter(
    (p) =>
      !rel(content, p.file).startsWith('..') &&
      /qiangui|guiyang|wu-wenhua|huang-liping|yang-fan|guizhou|guangxi/.test(p.file),
  );

  it('writes the draft conference, one speech per speaker and the new records', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const conf = fs.readFileSync(path.join(content, 'conferences/2025-qiangui-guiyang/index.mdx'), 'utf8');
    expect(conf).toMatch(/^draft: true$/m);
    expect(conf).toContain('title: 2025年黔桂社会组织合作发展大会');
    expect(conf).toContain('startDate: 2025-06-12');
    expect(conf).toContain('theme: 协作共赢 服务基层');
    expect(conf).toContain('- kind: agreement\n    title: 黔桂社会组织合作框架协议');
    expect(conf).toMatch(
      /outlet: 黔南晚报\n\s+headline: 黔桂携手谱新篇 社会组织合作发展大会召开\n\s+published: 2025-06-12 18:20\n\s+reporters:\n\s+- 白露\n\s+- 田川\n\s+editors:\n\s+- 苗青/,
    );
    expect(fs.readdirSync(path.join(content, 'conferences/2025-qiangui-guiyang/speeches')).sort()).toEqual([
      '01-wu-wenhua.md',
      '02-huang-liping.md',
      '03-yang-fan.md',
    ]);
    const speech = fs.readFileSync(
      path.join(content, 'conferences/2025-qiangui-guiyang/speeches/03-yang-fan.md'),
      'utf8',
    );
    expect(speech).toContain('title: 携手共建西南协作新格局');
    expect(speech).toContain('position: 黔桂企业家协会会长兼秘书长');
    expect(speech).toContain('kind: 交流发言');
    for (const f of [
      'people/wu-wenhua.yaml',
      'people/huang-liping.yaml',
      'people/yang-fan.yaml',
      'organizations/guizhou-minzhengting.yaml',
      'organizations/guangxi-zhuangzu-minzhengting.yaml',
      'organizations/guiyang-shehui-zuzhi-lianhehui.yaml',
      'regions/guiyang.yaml',
    ]) {
      expect(fs.existsSync(path.join(content, f)), f).toBe(true);
    }
    expect(fs.readFileSync(path.join(content, 'people/huang-liping.yaml'), 'utf8')).toContain('pinyin: Huáng Lìpíng');
    expect(run.stdout).toContain('已写入 14 个文件');
    expect(run.stdout).toContain('读入：gb18030');
  });
  it('passes the content check with no errors, listing its TODOs and drafts as warnings', () => {
    expect(result.errors).toEqual([]);
    const codes = new Set(mine.map((p) => p.code));
    expect([...codes].sort()).toEqual(['draft', 'no-summary', 'todo']);
    const todos = mine.filter((p) => p.code === 'todo').map((p) => p.message);
    expect(todos.some((t) => t.includes('city：报道写作“筑”，已写成“贵阳市”'))).toBe(true);
    expect(todos.some((t) => t.includes('核对发言类型（报道未明说，暂定“讲话”）'))).toBe(true);
    expect(todos.some((t) => t.includes('新建的系列'))).toBe(true);
    expect(run.stdout).toContain(`待核对 ${mine.length} 项`);
  });
  it('lists facts for the editor instead of copying the report', () => {
    const conf = fs.readFileSync(path.join(content, 'conferences/2025-qiangui-guiyang/index.mdx'), 'utf8');
    expect(conf).toContain('贵州省民政厅副厅长 吴文华（wu-wenhua），讲话（类型为推测）');
    // No sentence of the report's body made it into the draft.
    for (const sentence of ['两地社会组织应在乡村治理中相互借鉴', '将推动两地建立经验交流机制'])
      expect(conf).not.toContain(sentence);
  });
  it('refuses to import the same report twice and changes nothing', () => {
    const before = snapshot(content);
    const again = importFile(content, fixture('gb18030.txt'));
    expect(again.status).toBe(1);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toContain('已存在');
    expect(snapshot(content)).toEqual(before);
  });
});

describe('reports of a series the archive has', () => {
  it('reuses people and organizations by name, variant or alias (Traditional with converter pinyin)', () => {
    const content = copyContent();
    const run = importFile(content, fixture('traditional-pinyin.txt'), '--slug', '2025-xiling');
    expect(run.status).toBe(0);
    const conf = fs.readFileSync(path.join(content, 'conferences/2025-xiling/index.mdx'), 'utf8');
    expect(conf).toContain('series: xiling-gongyi-luntan');
    expect(conf).toMatch(/organizers:\n\s+- qingchuan-minzhengting\nhosts:\n\s+- baijiang-gongyi-lianhehui/);
    expect(conf).toContain('note: 原文为网页转换器生成的繁体稿');
    expect(conf).toMatch(/photoCredits:\n\s+- 白江网供图/);
    expect(conf).toMatch(/status: announced/);
    expect(fs.readdirSync(path.join(content, 'conferences/2025-xiling/speeches')).sort()).toEqual([
      '01-lin-haiyan.md',
      '02-zhou-mingde.md',
      '03-chen-siyuan.md',
      '04-gu-wentao.md',
    ]);
    expect(fs.existsSync(path.join(content, 'people/lin-haiyan-2.yaml'))).toBe(false);
    expect(run.stdout).toContain('沿用已有人物 2 位');
    expect(checkContent(content).errors).toEqual([]);
  });
  it('takes the article out of an HTML page and flags namesakes', () => {
    const content = copyContent();
    const run = importFile(content, fixture('page.html'));
    expect(run.status).toBe(0);
    const speech = fs.readFileSync(
      path.join(content, 'conferences/2024-donghai-lanshan/speeches/02-wang-qiang-2.md'),
      'utf8',
    );
    expect(speech).toContain('# TODO: 档案中有 2 位“王强”');
    expect(speech).toContain('kind: 交流发言');
    const conf = fs.readFileSync(path.join(content, 'conferences/2024-donghai-lanshan/index.mdx'), 'utf8');
    expect(conf).toContain('url: https://example.org/news/2024/0903/yanglao.html');
    expect(conf).not.toMatch(/统计代码|分享到|版权所有/);
    expect(checkContent(content).errors).toEqual([]);
  });
  it('--dry-run prints the files and writes nothing', () => {
    const content = copyContent();
    const before = snapshot(content);
    const run = importFile(content, fixture('page.html'), '--dry-run');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('=== ');
    expect(run.stdout).toContain('conferences/2024-donghai-lanshan/index.mdx ===');
    expect(run.stdout).toContain('不会写入');
    expect(snapshot(content)).toEqual(before);
  });
});

describe('a saved portal page in Traditional: facts, places, attendees and the dry run', () => {
  const content = copyContent();
  const before = snapshot(content);
  const dry = importFile(content, fixture('portal-traditional.txt'), '--dry-run');
  it('--dry-run lists each fact with the sentence it came from, the chrome dropped and the TODOs with reasons', () => {
    expect(dry.status).toBe(0);
    const out = dry.stdout;
    expect(out).toMatch(/会议名称：第二届湾区社会组织协作论坛暨公益成果展\n\s+← “湾区晚报广州6月18日讯/);
    expect(out).toMatch(/会议日期：2024-06-18\n.*（报道写“今天”，按电头日期 6月18日推算/);
    expect(out).toMatch(/举办城市：广州市（南沙区）/);
    expect(out).toMatch(/人物（主持）：白江市民政局局长 方志明/);
    expect(out).toMatch(/人物（出席）：白江市慈善总会副会长 周晓光/);
    expect(out).toMatch(/\[镜像网站插入的广告词\] 吉祥彩票官网登录入口/);
    expect(out).toMatch(/\[网站备案信息\] 主管单位/);
    expect(out).toContain('city：报道写作“广州南沙”，已写成“广州市”（南沙区），请核对');
    expect(out).toContain('不会写入');
    expect(snapshot(content)).toEqual(before);
  });
  it('writes a draft that passes the check: presider on a session, attendees only listed, nothing of the chrome', () => {
    const run = importFile(content, fixture('portal-traditional.txt'));
    expect(run.status).toBe(0);
    const conf = fs.readFileSync(path.join(content, 'conferences/2024-wanqu-guangzhou/index.mdx'), 'utf8');
    expect(conf).toContain('city: 广州市');
    expect(conf).toMatch(
      /organizers:\n\s+- qingchuan-minzhengting\n\s+- baijiang-minzhengju\nhosts:\n\s+- baijiang-shehui-zuzhi-lianhehui/,
    );
    expect(conf).toMatch(/presiders:\n\s+- person: fang-zhiming\n\s+position: 白江市民政局局长/);
    expect(conf).toContain('url: https://news.example.org/shehui/2024/0618/1234.html');
    expect(conf).toContain('出席及其他与会者（不会发布）：白江市慈善总会副会长 周晓光（出席）');
    expect(conf).not.toMatch(/彩票|ICP|湾区晚报网/);
    const speeches = fs.readdirSync(path.join(content, 'conferences/2024-wanqu-guangzhou/speeches')).sort();
    expect(speeches).toEqual([
      '01-huang-yiming.md',
      '02-chen-siyuan.md',
      '03-liu-haibo.md',
      '04-he-jing.md',
      '05-liang-wenbo.md',
    ]);
    // Attendees get no person record (nothing would refer to it).
    expect(fs.existsSync(path.join(content, 'people/zhou-xiaoguang.yaml'))).toBe(false);
    expect(checkContent(content).errors).toEqual([]);
  });
  it('never dates a report by the day of the import: an unknown date is a placeholder with a TODO on its line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-nodate-'));
    const file = path.join(dir, 'report.txt');
    fs.writeFileSync(
      file,
      '6月18日，白江市社会组织联合会第五次会员代表大会在白江举行。白江市民政局局长方志明出席会议并讲话。',
    );
    const c = copyContent();
    const run = importFile(c, file);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.status).toBe(0);
    const slug = fs.readdirSync(path.join(c, 'conferences')).find((d) => d.includes('baijiang'))!;
    const conf = fs.readFileSync(path.join(c, 'conferences', slug, 'index.mdx'), 'utf8');
    expect(conf).toMatch(/^startDate: 1900-01-01 # TODO：占位日期/m);
    expect(conf).toContain('startDate：报道写“6月18日”，但报道没有写年份');
    expect(conf).not.toContain(new Date().toISOString().slice(0, 10));
    expect(checkContent(c).errors).toEqual([]);
  });
});

describe('bad input is refused with a one-line reason and nothing written', () => {
  // Each case runs side by side with the others, on a content copy of its own: a write by one cannot pass or fail another.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-bad-'));
  const big = path.join(tmp, 'big.txt');
  fs.writeFileSync(big, Buffer.alloc(5 * 1024 * 1024 + 10, '会'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const binary = path.join(tmp, 'photo.jpg');
  fs.writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]));
  const cases: [string, string[], RegExp][] = [
    ['a missing file', [path.join(tmp, 'nope.txt')], /找不到文件/],
    ['an empty file', [fixture('empty.txt')], /空/],
    ['a binary file', [binary], /二进制/],
    ['English-only text', [fixture('english.txt')], /不像中文/],
    ['input over 5 MB', [big], /5 MB/],
    ['a folder', [tmp], /不是文件/],
    ['a bad --slug', [fixture('page.html'), '--slug', 'Bad Slug'], /--slug/],
    ['an existing conference slug', [fixture('page.html'), '--slug', '2023-donghai'], /已存在/],
    ['no file at all', [], /报道文件/],
    ['an unknown flag', [fixture('page.html'), '--force'], /force/],
  ];
  for (const [what, args, reason] of cases) {
    it.concurrent(what, async () => {
      const content = copyContent();
      const before = snapshot(content);
      const run = await runScriptAsync('scripts/import.ts', args, content);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(reason);
      expect(snapshot(content)).toEqual(before);
    });
  }
});
