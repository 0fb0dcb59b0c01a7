/**
 * A rehype step: every paragraph of a Markdown body gets a stable anchor id and a
 * small permalink, so readers can cite one paragraph (`…/07-guo-qinghua/#p-2`).
 *
 * "Paragraph" means a top-level block of text: a `<p>` directly in the body, or an
 * item of a top-level list (speech bodies are lists of key points). Ids are
 * ordinal (`p-1`, `p-2`… in document order), not derived from the text: the
 * archive's edits are mostly corrections inside a paragraph (a name, a number),
 * and a citation to "the third point" must survive them. Inserting a paragraph
 * in the middle shifts the later numbers, so editors add new points at the end
 * (docs/data.md).
 */
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { en } from '../i18n/en.ts';
import { zh } from '../i18n/zh.ts';

export interface ParagraphAnchorOptions {
  /** Id prefix; `p-` gives `p-1`, `p-2`… */
  prefix?: string;
  /**
   * Only files under this directory get anchors (the content root: the records'
   * paragraphs, not the site's own prose in src/prose/). Files of unknown path do.
   */
  within?: string;
}

const isElement = (n: unknown, tag?: string): boolean =>
  typeof n === 'object' && n !== null && (n as Element).type === 'element' && (!tag || (n as Element).tagName === tag);

/** The blocks that get anchors, in document order. */
function paragraphs(tree: Root): Element[] {
  const found: Element[] = [];
  for (const node of tree.children) {
    if (isElement(node, 'p')) found.push(node as Element);
    else if (isElement(node, 'ul') || isElement(node, 'ol')) {
      for (const li of (node as Element).children) if (isElement(li, 'li')) found.push(li as Element);
    }
  }
  return found;
}

function permalink(id: string, n: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    // Nothing else: a speech has a dozen of these on each of 10,000 pages (styled by the
    // attribute; the search index is built from the content, not from the pages).
    properties: {
      href: `#${id}`,
      ariaLabel: zh.paragraphLink(n),
      // The English interface's label (src/reading/site.ts swaps it in).
      dataEnAriaLabel: en.paragraphLink(n),
      dataParaLink: '',
    },
    children: [{ type: 'text', value: '¶' }],
  };
}

/** Gives every paragraph an id and appends a permalink to it. Existing ids are kept. */
export function anchorParagraphs(tree: Root, options: ParagraphAnchorOptions = {}): void {
  const prefix = options.prefix ?? 'p-';
  paragraphs(tree).forEach((el, i) => {
    const n = i + 1;
    const id = typeof el.properties.id === 'string' ? el.properties.id : `${prefix}${n}`;
    el.properties.id = id;
    const link: ElementContent[] = [{ type: 'text', value: ' ' }, permalink(id, n)];
    // The link ends the item's own text: inside its first <p> (loose lists), or before a nested list.
    const firstP = el.children.find((c) => isElement(c, 'p')) as Element | undefined;
    if (el.tagName === 'li' && firstP) firstP.children.push(...link);
    else {
      const nested = el.children.findIndex((c) => isElement(c, 'ul') || isElement(c, 'ol'));
      el.children.splice(nested === -1 ? el.children.length : nested, 0, ...link);
    }
  });
}

/** The unified plugin wrapping `anchorParagraphs`. */
export default function rehypeParagraphAnchors(options: ParagraphAnchorOptions = {}) {
  const within = options.within && path.resolve(options.within) + path.sep;
  return (tree: Root, file?: { path?: string }) => {
    if (within && file?.path && !path.resolve(file.path).startsWith(within)) return;
    anchorParagraphs(tree, options);
  };
}
