/**
 * Marks the words a reader searched for on the page a result led to
 * (`?hl=<words>`), inside the main content only, and scrolls to the first.
 * Loaded only when that parameter is present. The search client puts the query
 * there already normalised (Simplified, folded), so this script needs no
 * conversion tables and stays small.
 */
import { fold, parseQuery } from '../lib/text/zh.ts';

export function highlight(root: HTMLElement, query: string): number {
  const needles = [...new Set(parseQuery(fold(query)).flatMap((p) => [p.text, ...p.pieces]))]
    .filter((n) => n.length > 0)
    .sort((a, b) => b.length - a.length);
  if (!needles.length) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('script,style,mark,[hidden]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    const folded = text.toLowerCase();
    if (folded.length !== text.length) continue;
    const frag = document.createDocumentFragment();
    let i = 0;
    let last = 0;
    while (i < text.length) {
      const hit = needles.find((n) => folded.startsWith(n, i));
      if (!hit) {
        i += 1;
        continue;
      }
      if (i > last) frag.append(text.slice(last, i));
      const mark = document.createElement('mark');
      mark.className = 'yilu-hl';
      mark.textContent = text.slice(i, i + hit.length);
      frag.append(mark);
      count += 1;
      i += hit.length;
      last = i;
    }
    if (last === 0) continue;
    if (last < text.length) frag.append(text.slice(last));
    node.replaceWith(frag);
  }
  return count;
}

export function run(): void {
  const query = new URLSearchParams(location.search).get('hl');
  const root = document.querySelector<HTMLElement>('main article') ?? document.querySelector<HTMLElement>('main');
  if (!query || !root) return;
  const count = highlight(root, query);
  if (count && !location.hash) root.querySelector('mark.yilu-hl')?.scrollIntoView({ block: 'center' });
}
