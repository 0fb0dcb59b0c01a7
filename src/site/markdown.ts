/**
 * The Markdown pipeline of the records, in one place: astro.config.mjs gives it to
 * Astro (for MDX, and for the site's own prose), and the pages render `.md` record
 * bodies with it themselves (renderMarkdownBody), so that Astro's content store
 * never holds their HTML. At 10,000 speeches the store's rendered HTML was three
 * quarters of it (44 of 59 million characters), and bundling the store for the
 * pages took Astro's process to 2.45 GB (docs/benchmarks.md).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeParagraphAnchors from '../lib/markdown/paragraph-anchors.ts';
import { footnoteOptions } from '../lib/markdown/footnotes.ts';
import { contentRoot } from '../schemas/layout.ts';

/**
 * No syntax highlighting (the archive has no code) and no smartypants (it only rewrites
 * Latin quotes, and walking every Chinese sentence for them was a fifth of the Markdown
 * time); GFM once, from remark-gfm as listed (the processor's own `gfm` would add it again).
 */
export const markdownProcessor = unified({
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkGfm],
  // Anchors on the records' paragraphs (the content root), not on the site's own prose (src/prose/).
  rehypePlugins: [[rehypeParagraphAnchors, { within: contentRoot() }]],
  remarkRehype: footnoteOptions,
});

let renderer: ReturnType<typeof markdownProcessor.createRenderer> | undefined;

/** A `.md` record's body as HTML, exactly as Astro's Markdown entries render it (same processor, same file URL). */
export async function renderMarkdownBody(body: string, filePath: string): Promise<string> {
  renderer ??= markdownProcessor.createRenderer({ syntaxHighlight: false });
  const result = await (await renderer).render(body, { fileURL: pathToFileURL(path.resolve(filePath)) });
  return result.code;
}

/** Whether pages render this record's body themselves (`.md`), or Astro does (`.mdx`, compiled as a module). */
export const rendersOwnBody = (filePath: string | undefined): filePath is string => !!filePath?.endsWith('.md');
