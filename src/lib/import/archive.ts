/**
 * What the importer needs to know about the archive already on disk: every
 * person, organization, series and region with the names it answers to, and the
 * conference ids taken. Read with the content check's own reader, so invalid
 * files are skipped, never half-read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readContent } from '../content/read.ts';
import { validateEntry } from '../content/validate.ts';
import type { Organization, Person, Region, Series } from '../../schemas/index.ts';
import { COLLECTIONS } from '../../schemas/layout.ts';

export interface KnownArchive {
  people: { id: string; names: string[]; note?: string }[];
  organizations: { id: string; name: string; names: string[] }[];
  series: { id: string; name: string; names: string[]; regions: string[] }[];
  regions: { id: string; name: string; shortName?: string; members: string[] }[];
  /** Every id in use per collection dir (people/…), including files that fail validation. */
  taken: {
    people: Set<string>;
    organizations: Set<string>;
    series: Set<string>;
    regions: Set<string>;
    conferences: Set<string>;
  };
}

export function emptyArchive(): KnownArchive {
  return {
    people: [],
    organizations: [],
    series: [],
    regions: [],
    taken: {
      people: new Set(),
      organizations: new Set(),
      series: new Set(),
      regions: new Set(),
      conferences: new Set(),
    },
  };
}

export function readArchive(root: string): KnownArchive {
  const known = emptyArchive();
  const { entries } = readContent(root);
  for (const raw of entries) {
    if (raw.collection !== 'speeches') known.taken[raw.collection].add(raw.id);
    const valid = validateEntry(raw).valid;
    if (!valid) continue;
    if (valid.collection === 'people') {
      const p = valid.data as Person;
      known.people.push({ id: valid.id, names: [p.name, ...p.variants], note: p.note });
    } else if (valid.collection === 'organizations') {
      const o = valid.data as Organization;
      known.organizations.push({
        id: valid.id,
        name: o.name,
        names: [o.name, o.shortName, ...o.aliases].filter((n): n is string => !!n),
      });
    } else if (valid.collection === 'series') {
      const s = valid.data as Series;
      known.series.push({
        id: valid.id,
        name: s.name,
        names: [s.name, s.shortName, ...s.aliases].filter((n): n is string => !!n),
        regions: s.regions,
      });
    } else if (valid.collection === 'regions') {
      const r = valid.data as Region;
      known.regions.push({ id: valid.id, name: r.name, shortName: r.shortName, members: r.members });
    }
  }
  // Folders without an index file still hold the slug.
  const confDir = path.join(root, COLLECTIONS.conferences.dir);
  if (fs.existsSync(confDir)) for (const d of fs.readdirSync(confDir)) known.taken.conferences.add(d);
  return known;
}
