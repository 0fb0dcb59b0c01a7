/** /robots.txt: everything may be crawled; the sitemap index is named with its absolute URL. */
import type { APIRoute } from 'astro';
import { siteContext } from '../site/context.ts';
import { absoluteUrl } from '../lib/formats/context.ts';
import { paths } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) => {
  const ctx = siteContext(site);
  const body = [
    'User-agent: *',
    `Disallow: ${new URL(absoluteUrl(paths.search(), ctx)).pathname}`,
    `Sitemap: ${absoluteUrl('/sitemap-index.xml', ctx)}`,
    '',
  ];
  return new Response(body.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
