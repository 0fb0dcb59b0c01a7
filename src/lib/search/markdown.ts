/**
 * The text of an editor's Markdown (a speech's key points, a conference
 * overview) as blocks for search: paragraphs, list items, table rows and
 * headings, each heading with the id the page gives it (github-slugger, as
 * Astro's rehypeHeadingIds does), so a result can link to its section.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { footnoteOptions } from '../markdown/footnotes.ts';

const FOOTNOTES_LABEL = footnoteOptions.footnoteLabel;

export interface MarkdownBlock {
  text: string;
  heading?: boolean;
  id?: string;
}

const parser = unified().use(remarkParse).use(remarkGfm);

export function markdownBlocks(markdown: string): MarkdownBlock[] {
  if (!markdown.trim()) return [];
  const tree = parser.parse(markdown) as Root;
  const slugger = new GithubSlugger();
  const out: MarkdownBlock[] = [];
  const push = (text: string) => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t) out.push({ text: t });
  };
  const walk = (node: Nodes) => {
    switch (node.type) {
      case 'heading': {
        const text = textOf(node as Heading).trim();
        out.push({ text, heading: true, id: slugger.slug(text) });
        return;
      }
      case 'paragraph':
        push(textOf(node));
        return;
      case 'tableRow':
        push(node.children.map((c) => textOf(c)).join(' '));
        return;
      case 'code':
        push(node.value);
        return;
      case 'html':
      case 'yaml':
        return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  // GFM footnotes are gathered under a heading of their own on the page (src/lib/markdown/footnotes.ts).
  if (tree.children.some((n) => n.type === 'footnoteDefinition')) out.push({ text: FOOTNOTES_LABEL });
  return out;
}
