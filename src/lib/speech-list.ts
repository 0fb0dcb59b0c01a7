/** The list of all speeches (/speeches/ and /speeches/<year>/): years that have speeches, and how many one page may list. */
import type { Archive, ConferenceNode, YearNode } from './archive/types.ts';

/**
 * /speeches/ lists every speech while there are at most this many (about 55 KB of
 * HTML at ~550 bytes a speech, within the pages' weight budget); beyond, it lists the
 * years and each year's page lists its speeches.
 */
export const SPEECH_LIST_MAX = 100;

export interface SpeechYear {
  year: YearNode;
  /** The year's conferences that have published speeches, newest first. */
  conferences: ConferenceNode[];
  speeches: number;
}

export function speechYears(archive: Archive): SpeechYear[] {
  return archive.years
    .map((year) => {
      const conferences = year.conferences.filter((c) => c.speeches.length > 0);
      return { year, conferences, speeches: conferences.reduce((n, c) => n + c.speeches.length, 0) };
    })
    .filter((y) => y.speeches > 0);
}
