/**
 * English forms of positions (时任), where editors give them (`positionEnglish` beside
 * a speaker's, presider's or attendee's `position`). A position is the same words
 * wherever it recurs, so one record's English serves every page that shows the same
 * Chinese position (a person's timeline, an organization's speakers); the first
 * record in archive order gives it.
 */
import type { Archive } from './archive/types.ts';

const cache = new WeakMap<Archive, Map<string, string>>();

export function englishPositions(archive: Archive): Map<string, string> {
  const hit = cache.get(archive);
  if (hit) return hit;
  const map = new Map<string, string>();
  const add = (x: { position: string; positionEnglish?: string }) => {
    if (x.positionEnglish && !map.has(x.position)) map.set(x.position, x.positionEnglish);
  };
  for (const c of archive.conferences) {
    for (const s of c.data.sessions) s.presiders.forEach(add);
    (c.data.attendance?.people ?? []).forEach(add);
    for (const s of c.speeches) s.data.speakers.forEach(add);
  }
  cache.set(archive, map);
  return map;
}
