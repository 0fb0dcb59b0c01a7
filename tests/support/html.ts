/** Reading built pages in tests: files, text, links, with a tiny DOM (htmlparser2 + css-select-free helpers). */
import fs from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { AnyNode, Element, Text } from 'domhandler';

export interface Page {
  html: string;
  doc: ReturnType<typeof parseDocument>;
  /** Visible-ish text of the whole page, whitespace collapsed. */
  text: string;
  /** Text of the first element matching `test`. */
  find(test: (el: Element) => boolean): Element | undefined;
  findAll(test: (el: Element) => boolean): Element[];
  textOf(el: Element | undefined): string;
  /**
   * Text of an element as the English interface shows it, read from the built HTML:
   * `data-en` for the text it carries, `data-name-en` before a name (src/reading/site.ts
   * does this in the browser; tests/site/english.test.ts checks it there).
   */
  englishOf(el: Element | undefined): string;
}

/**
 * `inline`: elements whose edges are not word boundaries (default: span). Search tests add
 * `a`, since a link inside a run of text (时任 <a>白江大学</a>院长) reads as one run there.
 */
export function readPage(siteDir: string, sitePath: string, inline: readonly string[] = ['span']): Page {
  const rel = sitePath.replace(/^\//, '');
  const file = path.join(siteDir, rel.endsWith('.html') ? rel : path.join(rel, 'index.html'));
  const html = fs.readFileSync(file, 'utf8');
  const doc = parseDocument(html);
  // Element boundaries count as spaces, so `<dt>主办</dt><dd>甲</dd>` reads `主办 甲`; a <span> is
  // not a boundary (it marks a run of text: `（<span data-en="">时任</span>院长）` reads `（时任院长）`).
  const raw = (node: AnyNode): string => {
    if (node.type === 'text') return (node as Text).data;
    if (!('children' in node)) return '';
    const inner = (node.children as AnyNode[]).map(raw).join('');
    return inline.includes((node as Element).name) ? inner : ` ${inner} `;
  };
  const textOf = (el: Element | undefined) => (el ? raw(el).replace(/\s+/g, ' ').trim() : '');
  const english = (node: AnyNode): string => {
    if (node.type === 'text') return (node as Text).data;
    if (!('children' in node)) return '';
    const el = node as Element;
    const inner =
      el.attribs['data-en'] ??
      (el.attribs['data-name-en'] !== undefined ? `${el.attribs['data-name-en']} ` : '') +
        el.children.map(english).join('');
    return el.name === 'span' ? inner : ` ${inner} `;
  };
  const body = DomUtils.findOne((e) => e.name === 'body', doc.children);
  return {
    html,
    doc,
    text: textOf(body ?? undefined),
    find: (test) => DomUtils.findOne(test, doc.children) ?? undefined,
    findAll: (test) => DomUtils.findAll(test, doc.children),
    textOf,
    englishOf: (el) => (el ? english(el).replace(/\s+/g, ' ').trim() : ''),
  };
}

export const byTag = (name: string) => (e: Element) => e.name === name;
export const byAttr = (name: string, value?: string) => (e: Element) =>
  e.attribs[name] !== undefined && (value === undefined || e.attribs[name] === value);
export const byClass = (cls: string) => (e: Element) => (e.attribs.class ?? '').split(/\s+/).includes(cls);

/** Every `.html` file of a built site, relative. */
export function htmlFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}
