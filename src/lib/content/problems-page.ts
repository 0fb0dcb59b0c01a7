/**
 * The page the dev server shows in place of any page while the content has
 * errors: every error as `npm run check` prints it (file:line field: message and
 * hint), with the line of the file it is on. It is a plain page in Chinese that
 * reads without JavaScript; Vite's client script, when given, reloads it as soon
 * as a file is saved.
 */
import { formatProblem, type Problem } from './problems.ts';

export interface ProblemsPage {
  /** The errors (every one is listed). */
  errors: readonly Problem[];
  /** How many warnings there are besides (listed by `npm run check`, and on their own pages). */
  warnings: number;
  /** The address the editor asked for. */
  url: string;
  /** URL of Vite's client script, so the page reloads when a file changes. */
  client?: string;
  /** The text of line `line` of `file`, shown under its problem. */
  lineText?: (file: string, line: number) => string | undefined;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function problemsPage(page: ProblemsPage): string {
  const items = page.errors.map((p) => {
    const text = p.line ? page.lineText?.(p.file, p.line) : undefined;
    const excerpt =
      text === undefined ? '' : `<pre><span aria-hidden="true">${p.line} | </span>${escapeHtml(text)}</pre>`;
    return `<li><p><code>${escapeHtml(formatProblem(p))}</code></p>${excerpt}</li>`;
  });
  const title = `内容有 ${page.errors.length} 个错误`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · 议录预览</title>
<style>
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; font: 1rem/1.7 system-ui, 'PingFang SC', 'Noto Sans CJK SC', sans-serif; color: #1f2328; background: #fdfcf9; }
h1 { color: #a3302b; font-size: 1.5rem; }
li { margin-block-end: 1rem; }
code { overflow-wrap: anywhere; font-size: 0.95em; }
pre { margin: 0.25rem 0 0; padding: 0.5rem 0.75rem; background: #f3f1ec; border-inline-start: 4px solid #a3302b; overflow-x: auto; }
@media (prefers-color-scheme: dark) { body { color: #e6e3dc; background: #15171a; } h1 { color: #f08b84; } pre { background: #23262b; } }
</style>
${page.client ? `<script type="module" src="${escapeHtml(page.client)}"></script>\n` : ''}</head>
<body>
<main data-content-errors>
<h1>${title}：正式构建会拒绝发布</h1>
<p>为免把错误的内容当作正确的显示出来，预览暂不显示 <code>${escapeHtml(page.url)}</code>。逐条改正下列问题并保存文件，页面会自动刷新；全部改正后即恢复显示。每条的写法与 <code>npm run check</code> 相同：文件:行 字段: 说明（提示：怎样改）。</p>
<ol>
${items.join('\n')}
</ol>
${page.warnings ? `<p>另有 ${page.warnings} 条提醒（不阻止发布），列在 <code>npm run check</code> 的输出和各自的页面顶部。</p>\n` : ''}</main>
</body>
</html>
`;
}
