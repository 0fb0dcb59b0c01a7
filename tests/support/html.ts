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
}

export function readPage(siteDir: string, sitePath: string): Page {
  const rel = sitePath.replace(/^\//, '');
  const file = path.join(siteDir, rel.endsWith('.html') ? rel : path.join(rel, 'index.html'));
  const html = fs.readFileSync(file, 'utf8');
  const doc = parseDocument(html);
  // Element boundaries count as spaces, so `<dt>主办</dt><dd>甲</dd>` reads `主办 甲`.
  const raw = (node: AnyNode): string =>
    node.type === 'text' ? (node as Text).data : 'children' in node ? ` ${(node.children as AnyNode[]).map(raw).join('')} ` : '';
  const textOf = (el: Element | undefined) => (el ? raw(el).replace(/\s+/g, ' ').trim() : '');
  const body = DomUtils.findOne((e) => e.name === 'body', doc.children);
  return {
    html,
    doc,
    text: textOf(body ?? undefined),
    find: (test) => DomUtils.findOne(test, doc.children) ?? undefined,
    findAll: (test) => DomUtils.findAll(test, doc.children),
    textOf,
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
