/** Astro content collections, wired to the schemas and file layout in src/schemas. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, contentRoot, entryId, type CollectionName } from './schemas/layout.ts';

const root = contentRoot();

function collection<N extends CollectionName>(name: N) {
  const { dir, pattern, schema } = COLLECTIONS[name];
  return defineCollection({
    loader: glob({
      pattern,
      base: `${root}/${dir}`,
      generateId: ({ entry }) => entryId(name, entry),
    }),
    schema: schema as (typeof COLLECTIONS)[N]['schema'],
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
