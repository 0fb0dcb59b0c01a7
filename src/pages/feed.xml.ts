/** /feed.xml: RSS 2.0 feed of conferences, newest first (@astrojs/rss). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE } from '../config.ts';
import { siteContext } from '../site/context.ts';
import { getArchive } from '../site/archive.ts';
import { conferenceFeedItem } from '../lib/formats/feed.ts';
import { absoluteUrl } from '../lib/formats/context.ts';

export const GET: APIRoute = async ({ site }) => {
  const ctx = siteContext(site);
  const archive = await getArchive();
  return rss({
    title: `${SITE.name}：新收录的会议`,
    description: SITE.description,
    site: absoluteUrl('/', ctx),
    items: archive.conferences.map((c) => conferenceFeedItem(c, ctx)),
    customData: '<language>zh-CN</language>',
    trailingSlash: true,
  });
};
