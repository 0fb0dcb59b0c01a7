// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentRoot } from './src/schemas/layout.ts';
import { searchIndex } from './src/integrations/search/index.ts';
import { browserScripts } from './src/integrations/browser-scripts.ts';
import { hantPhrases } from './src/integrations/hant-phrases.ts';
import { markdownProcessor } from './src/site/markdown.ts';
import { englishRedirects } from './src/integrations/english-redirects.ts';
import { collectionStorage } from './src/integrations/content-store.ts';
import { siteOriginNotice } from './src/integrations/site-origin.ts';
import { siteOrigin } from './src/lib/site-origin.ts';
import { indexable } from './src/integrations/noindex.ts';

// The origin of every absolute URL: YILU_SITE, or the local preview's (src/lib/site-origin.ts).
const origin = siteOrigin(process.env.YILU_SITE);
const base = process.env.YILU_BASE || '/';
const outDir = process.env.YILU_OUT || './dist';
// Built in a process of its own beside the pages (src/integrations/search/); its 繁 phrases go to hantPhrases.
const search = searchIndex({
  content: contentRoot(),
  fragmentsPerFile: Number(process.env.YILU_FRAGMENTS_PER_FILE) || undefined,
  maxFiles: Number(process.env.YILU_MAX_FILES) || undefined,
  heapMb: process.env.YILU_INDEX_HEAP_MB ? Number(process.env.YILU_INDEX_HEAP_MB) : undefined,
});

export default defineConfig({
  site: origin.origin,
  base,
  outDir,
  cacheDir: process.env.YILU_CACHE || './node_modules/.astro',
  trailingSlash: 'always',
  integrations: [
    siteOriginNotice(origin.local),
    // First: a build starts its search indexer here, beside the content check that follows.
    search,
    contentCheck({ root: contentRoot() }),
    mdx(),
    browserScripts(),
    hantPhrases({ indexed: search.phrases }),
    englishRedirects(),
    // Pages only (not the search page, whose ?q= URLs are not content, nor pages that say noindex); absolute URLs under the base.
    sitemap({ filter: (page) => !/\/search\/$/.test(page) && indexable(outDir, base)(page) }),
  ],
  // Repeat builds reuse pages whose data did not change (cacheKey in getStaticPaths, src/lib/archive/cache-key.ts).
  experimental: {
    incrementalBuild: true,
    // One file, or 20 MiB chunks for archives too large for one (src/integrations/content-store.ts).
    collectionStorage: collectionStorage(contentRoot()),
  },
  markdown: {
    // The records' pipeline (src/site/markdown.ts); no syntax highlighting: the archive has no code.
    syntaxHighlight: false,
    processor: markdownProcessor,
  },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX module trips this harmless warning (withastro/astro#18087).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
