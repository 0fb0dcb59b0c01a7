/**
 * Entry of the Traditional-script bundle (`_yilu/hant.<hash>.js`, built by
 * src/integrations/browser-scripts.ts). Pages import it only when a reader picks 繁
 * in the header, or at once on later pages once a reader has chosen 繁.
 *
 * It converts every element whose language is `zh-CN` (the whole page in the
 * Chinese interface; the records' Chinese in the English one) with opencc-js's
 * HTMLConverter, which marks them `lang="zh-Hant"` and keeps the originals for
 * switching back. Names with a recorded Traditional form (`data-hant` on name
 * links) are written as recorded. Content added later (search results) is
 * converted as it appears. Switching the interface language takes the conversion
 * off and puts it back on (src/reading/site.ts), so each apply starts afresh.
 */
import { HTMLConverter } from 'opencc-js/core';
import { preferNames, traditionalConverter } from '../lib/text/s2t-core.ts';

/** Written next to this bundle at build time: the OpenCC phrases the site's text uses (docs/i18n.md). */
export const PHRASES_FILE = 'hant-phrases.txt';

const FROM = 'zh-CN';
const TO = 'zh-Hant';

type Handler = ReturnType<typeof HTMLConverter>;

let convert: ((s: string) => string) | undefined;
let handlers: Handler[] = [];
let observer: MutationObserver | undefined;

/** Simplified name → recorded Traditional form, from the name links on this page. */
function pageNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const el of document.querySelectorAll<HTMLElement>('[data-hant]')) {
    const name = (el.dataset.name ?? el.textContent ?? '').trim();
    if (name && el.dataset.hant) names.set(name, el.dataset.hant);
  }
  return names;
}

let phrases: Promise<string> | undefined;

function loadPhrases(): Promise<string> {
  phrases ??= fetch(new URL(PHRASES_FILE, import.meta.url)).then((r) => {
    if (!r.ok) throw new Error(`${PHRASES_FILE}: HTTP ${r.status}`);
    return r.text();
  });
  return phrases;
}

function converter(): (s: string) => string {
  if (!convert) throw new Error('hant: apply() first');
  return convert;
}

function convertRoot(root: HTMLElement): void {
  const handler = HTMLConverter(converter(), root, FROM, TO);
  handler.convert();
  handlers.push(handler);
}

/** New content inside a converted part (search results, status lines) is converted too. */
function onMutations(records: MutationRecord[]): void {
  const c = converter();
  for (const record of records) {
    for (const node of record.addedNodes) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.ignore-opencc')) continue;
      if (parent.closest('[lang]')?.getAttribute('lang') !== TO) continue;
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node as Text & { originalString?: string };
        if (text.originalString == null) {
          text.originalString = text.data;
          text.data = c(text.data);
        }
      } else if (node instanceof HTMLElement && !node.hasAttribute('lang')) {
        node.lang = FROM;
        convertRoot(node);
      }
    }
  }
}

/** In the English interface, added content (search results) converts where it holds the records' Chinese. */
function onMutationsInEnglish(records: MutationRecord[]): void {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (!(node instanceof HTMLElement) || node.closest('.ignore-opencc')) continue;
      const zh =
        node.getAttribute('lang') === FROM ? [node] : [...node.querySelectorAll<HTMLElement>(`[lang="${FROM}"]`)];
      for (const el of zh) convertRoot(el);
    }
  }
}

/** Converts the page to Traditional. */
export async function apply(): Promise<void> {
  convert ??= preferNames(traditionalConverter((await loadPhrases()).trim()), pageNames());
  if (handlers.length) return;
  const html = document.documentElement;
  // The <title> is converted with the rest of <head> (text is never converted twice:
  // Traditional → Traditional is not idempotent, 余 would become 餘).
  convertRoot(html);
  observer = new MutationObserver((records) => {
    onMutations(records);
    onMutationsInEnglish(records);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  html.dataset.script = 'hant';
}

/** What HTMLConverter leaves on nodes to restore them; `restore()` would apply it again on every later call. */
const KEPT = [
  'shouldChangeLang',
  'originalString',
  'originalContent',
  'originalAlt',
  'originalValue',
  'originalPlaceholder',
  'originalAriaLabel',
];

/** Back to the page as written (Simplified). */
export function revert(): void {
  observer?.disconnect();
  observer = undefined;
  for (const h of handlers.reverse()) h.restore();
  handlers = [];
  // Forget what was restored: the interface language may change attributes and text before the next apply.
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode())
    for (const k of KEPT) delete (n as unknown as Record<string, unknown>)[k];
  delete document.documentElement.dataset.script;
}
