/** Astro content collections, wired to the schemas and file layout in src/schemas. */
import { defineCollection } from 'astro:content';
import { contentLoader } from './integrations/content-loader.ts';
import { COLLECTIONS, contentRoot, type CollectionName } from './schemas/layout.ts';

const root = contentRoot();

function collection<N extends CollectionName>(name: N) {
  return defineCollection({
    loader: contentLoader(name, root),
    schema: COLLECTIONS[name].schema as (typeof COLLECTIONS)[N]['schema'],
  });
}

export const collections = {
  regions: collection('regions'),
  series: collection('series'),
  people: collection('people'),
  organizations: collection('organizations'),
  conferences: collection('conferences'),
  speeches: collection('speeches'),
};
