/**
 * Keys for Astro's incremental build (experimental.incrementalBuild): a page is
 * re-rendered when its key changes, and reused from the previous build when it
 * does not (Astro also re-renders it when the page's code changes). A key is a
 * hash over every record the page shows — its own and its neighbours' — so it
 * must list all of them: a missing one would leave a stale page. Which records a
 * record refers to is read from the schemas (node.references, built from their
 * `ref()` declarations), so a new reference field is keyed without a change here;
 * only which records a page shows (its neighbours) is stated below. Pages pass what
 * else they show in `extra`: the file's last change, and the build day (the
 * 引用日期 of their citations), so pages are reused within a day only.
 */
import { createHash } from 'node:crypto';
import type { PersonNode, RecordNode, SpeechNode } from './types.ts';

interface Keyed {
  id: string;
  data: unknown;
  entry?: unknown;
}

/** A record's fingerprint: Astro's content digest (data and body) when there is one, else its data. */
function fingerprint(node: Keyed): string {
  const digest = (node.entry as { digest?: unknown } | undefined)?.digest;
  return `${node.id}:${typeof digest === 'string' ? digest : JSON.stringify(node.data)}`;
}

/** Settings read from the environment at render time (src/config.ts), which Astro's config hash does not see. */
const ENVIRONMENT = ['YILU_REPOSITORY', 'YILU_BRANCH'];

export function cacheKey(records: (Keyed | undefined)[], extra: (string | undefined)[] = []): string {
  const hash = createHash('sha256');
  for (const name of ENVIRONMENT) hash.update(process.env[name] ?? '-').update('\0');
  for (const r of records) hash.update(r ? fingerprint(r) : '-').update('\0');
  for (const x of extra) hash.update(x ?? '-').update('\0');
  return hash.digest('base64url').slice(0, 22);
}

/** A record and every record its data refers to (its schema's `ref()` fields: speakers, posts, series, organizers…). */
const withReferences = (node: RecordNode | undefined): (RecordNode | undefined)[] =>
  node ? [node, ...node.references] : [];

/** What a speech page shows: the speech and its conference, and the previous and next speeches, each with what it refers to. */
export function speechCacheKey(s: SpeechNode, extra: (string | undefined)[]): string {
  return cacheKey(
    [...withReferences(s), ...withReferences(s.conference), ...withReferences(s.prev), ...withReferences(s.next)],
    extra,
  );
}

/** What a person page shows: the person, every speech they gave with what it refers to and its conference, the conferences they presided at and those they attended. */
export function personCacheKey(p: PersonNode, extra: (string | undefined)[]): string {
  return cacheKey(
    [
      ...withReferences(p),
      ...p.appearances.flatMap((a) => [...withReferences(a.speech), a.speech.conference]),
      ...p.presided.map((x) => x.session.conference),
      ...p.attended.map((x) => x.conference),
    ],
    extra,
  );
}
