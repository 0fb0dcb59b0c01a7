/**
 * What `npm run import -- --dry-run` shows an editor before anything is written:
 * each fact read with the sentence (or page line, or address) it came from, the
 * page text dropped as chrome, and what was left as TODO and why.
 */
import type { Draft } from './draft/index.ts';
import type { Facts } from './facts/types.ts';
import type { Report } from './read.ts';

const quote = (s: string, max = 160) => `“${s.length > max ? `${s.slice(0, max)}…` : s}”`;

export function explain(facts: Facts, report: Report, draft: Draft): string {
  const out: string[] = ['读到的事实（每项下面是它的出处）：'];
  for (const e of facts.evidence)
    out.push(
      `  ${e.fact}：${e.value}`,
      `      ← ${/^网址|^网页|^页面/.test(e.from) ? e.from : quote(e.from)}${e.how ? `（${e.how}）` : ''}`,
    );
  if (!facts.evidence.length) out.push('  （没有）');
  if (report.removed.length) {
    out.push('', `当作页面杂项去掉的文字（${report.removed.length} 处）：`);
    for (const r of report.removed) out.push(`  [${r.why}] ${r.line.length > 60 ? `${r.line.slice(0, 60)}…` : r.line}`);
  }
  out.push('', `留作 TODO 的（${draft.todos.length} 项，写入后 npm run check 会一直列出）：`);
  for (const t of draft.todos) out.push(`  - ${t}`);
  return out.join('\n');
}
