/**
 * Reads what a built page offers to search: the text of its `data-pagefind-body`
 * region as blocks (paragraphs, list items, headings with their ids), the
 * metadata, filters and sort keys it declares with Pagefind's own attributes, and
 * extra keywords (`data-yilu-keywords`, e.g. pinyin of a name). Pages keep using
 * plain Pagefind markup; only the text is re-tokenised before indexing.
 */
import { Parser } from 'htmlparser2';

export interface Block {
  /** `h1`…`h6` for headings, `p` for any other block of text. */
  tag: string;
  /** The heading's id, which Pagefind turns into a sub-result anchor. */
  id?: string;
  text: string;
}

export interface SearchDocument {
  /** Page language from `<html lang>`. */
  lang: string;
  /** `<title>` text, used when the page declares no `title` metadata. */
  pageTitle: string;
  blocks: Block[];
  meta: [string, string][];
  filters: [string, string][];
  sort: [string, string][];
  keywords: string[];
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'details', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button', 'select', 'textarea', 'input']);
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

interface Frame {
  tag: string;
  /** Inside the data-pagefind-body region. */
  body: boolean;
  /** Text here is not indexed (data-pagefind-ignore, or a skipped element). */
  ignored: boolean;
  /** `data-pagefind-ignore="all"`: metadata and filters inside are dropped too. */
  ignoredAll: boolean;
  /** Attribute-declared values waiting for this element's text: [kind, name]. */
  capture: [keyof Pick<SearchDocument, 'meta' | 'filters' | 'sort'>, string][];
  text: string;
}

/** `title, date:2024-12-04` → [['title', undefined], ['date', '2024-12-04']]. */
export function parseAttributeList(value: string): [string, string | undefined][] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      return colon < 0 ? [part, undefined] : [part.slice(0, colon).trim(), part.slice(colon + 1).trim()];
    });
}

/** Whether a page takes part in search at all (cheap test before parsing). */
export const isSearchable = (html: string) => html.includes('data-pagefind-body');

export function extractDocument(html: string): SearchDocument {
  const doc: SearchDocument = { lang: '', pageTitle: '', blocks: [], meta: [], filters: [], sort: [], keywords: [] };
  const stack: Frame[] = [{ tag: '#root', body: false, ignored: false, ignoredAll: false, capture: [], text: '' }];
  let block: Block = { tag: 'p', text: '' };
  let inTitle = false;

  const flush = () => {
    const text = block.text.replace(/\s+/g, ' ').trim();
    if (text) doc.blocks.push({ ...block, text });
    block = { tag: 'p', text: '' };
  };

  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const parent = stack[stack.length - 1]!;
        if (tag === 'html' && attrs.lang) doc.lang = attrs.lang;
        if (tag === 'title') inTitle = true;
        const ignoreAttr = attrs['data-pagefind-ignore'];
        const frame: Frame = {
          tag,
          body: parent.body || 'data-pagefind-body' in attrs,
          ignored:
            parent.ignored ||
            ignoreAttr !== undefined ||
            SKIP_TAGS.has(tag) ||
            'hidden' in attrs ||
            attrs['aria-hidden'] === 'true' ||
            // A filter or sort value written as an element's text is a label, not content.
            ((attrs['data-pagefind-filter'] ?? attrs['data-pagefind-sort']) !== undefined &&
              attrs['data-pagefind-meta'] === undefined),
          ignoredAll: parent.ignoredAll || ignoreAttr === 'all',
          capture: [],
          text: '',
        };
        if (!frame.ignoredAll) {
          for (const [attr, kind] of [
            ['data-pagefind-meta', 'meta'],
            ['data-pagefind-filter', 'filters'],
            ['data-pagefind-sort', 'sort'],
          ] as const) {
            const value = attrs[attr];
            if (value === undefined) continue;
            for (const [name, inline] of parseAttributeList(value)) {
              if (inline !== undefined) doc[kind].push([name, inline]);
              else frame.capture.push([kind, name]);
            }
          }
          if (frame.body && attrs['data-yilu-keywords']) doc.keywords.push(attrs['data-yilu-keywords']);
        }
        if (frame.body && !frame.ignored && BLOCK_TAGS.has(tag)) {
          flush();
          if (/^h[1-6]$/.test(tag)) block = { tag, id: attrs.id, text: '' };
        }
        if (VOID_TAGS.has(tag)) {
          if (tag === 'br' && frame.body && !frame.ignored) flush();
          return;
        }
        stack.push(frame);
      },
      ontext(text) {
        if (inTitle) doc.pageTitle += text;
        for (const f of stack) if (f.capture.length) f.text += text;
        const top = stack[stack.length - 1]!;
        if (top.body && !top.ignored) block.text += text;
      },
      onclosetag(tag, isImplied) {
        if (VOID_TAGS.has(tag)) return;
        if (tag === 'title') inTitle = false;
        const frame = stack.pop();
        if (!frame) return;
        if (frame.tag !== tag && !isImplied) {
          // Mismatched markup: put the frame back and ignore the stray close tag.
          stack.push(frame);
          return;
        }
        for (const [kind, name] of frame.capture) doc[kind].push([name, frame.text.replace(/\s+/g, ' ').trim()]);
        if (frame.body && !frame.ignored && BLOCK_TAGS.has(tag)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  doc.pageTitle = doc.pageTitle.replace(/\s+/g, ' ').trim();
  return doc;
}
