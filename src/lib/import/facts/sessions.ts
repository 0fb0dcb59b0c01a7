/**
 * Parallel sessions a report names: `“A”“B”两场平行论坛将于次日举行`,
 * `“数字+光子”“现代制造+新能源”…3大主题分享会也将在大会期间举行` — held, or only
 * announced when the report says 将/拟/即将.
 */
import type { SessionFact } from './types.ts';

export function readSessions(text: string): SessionFact[] {
  const out: SessionFact[] = [];
  for (const m of text.matchAll(
    /((?:[“"][^”"]{1,30}[”"][、，,和及]?\s*){2,})(?:等)?(?:\d+|[一二两三四五六七八九十]+)?(?:大|个|场)?\s*(主题分享会|平行论坛|分论坛|专题论坛)([^。]{0,30})/g,
  )) {
    const status = /将|拟|即将/.test(m[3]! + text.slice(Math.max(0, m.index - 10), m.index)) ? 'announced' : 'held';
    const kind = m[2] === '主题分享会' ? '主题分享会' : '平行论坛';
    for (const name of m[1]!.matchAll(/[“"]([^”"]+)[”"]/g))
      out.push({ name: `${name[1]}${kind === '主题分享会' ? '主题分享会' : '分论坛'}`, kind, status });
  }
  return out;
}
