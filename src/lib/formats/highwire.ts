/**
 * `citation_*` meta tags (Highwire Press), read by Google Scholar and Zotero's
 * page translator, from the same CSL item as the other citation formats.
 */
import type { CslItem } from './csl.ts';

export type MetaTag = { name: string; content: string };

const slashDate = (item: CslItem) => item.issued['date-parts'][0]!.map((n) => String(n).padStart(2, '0')).join('/');

export function highwireTags(item: CslItem): MetaTag[] {
  const tags: MetaTag[] = [{ name: 'citation_title', content: item.title }];
  for (const a of item.author ?? []) tags.push({ name: 'citation_author', content: a.literal });
  tags.push(
    { name: 'citation_date', content: slashDate(item) },
    { name: 'citation_publication_date', content: slashDate(item) },
    { name: 'citation_conference_title', content: item['event-title'] },
    { name: 'citation_conference_place', content: item['event-place'] },
    { name: 'citation_publisher', content: item.publisher },
    { name: 'citation_language', content: 'zh' },
    { name: 'citation_abstract_html_url', content: item.URL },
  );
  if (item.abstract) tags.push({ name: 'citation_abstract', content: item.abstract });
  return tags;
}
