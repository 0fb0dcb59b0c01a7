/** Feed items (@astrojs/rss) of conferences: newest first, absolute links. */
import type { ConferenceNode } from '../archive/types.ts';
import { absoluteUrl, type SiteContext } from './context.ts';

export function conferenceFeedItem(c: ConferenceNode, ctx: Pick<SiteContext, 'site' | 'base'>) {
  const d = c.data;
  const speakers = c.speeches.length ? `共${c.speeches.length}篇发言。` : '';
  return {
    title: d.title,
    link: absoluteUrl(c.path, ctx),
    // The opening day at 09:00 in China (UTC+8): feeds need a time, the archive records days.
    pubDate: new Date(`${d.startDate}T09:00:00+08:00`),
    description: `${d.summary}（${d.city}，${d.startDate}${d.endDate ? `至${d.endDate}` : ''}）${speakers}`,
    categories: [c.series.data.name, ...c.regions.map((r) => r.data.name), ...d.tags],
  };
}
