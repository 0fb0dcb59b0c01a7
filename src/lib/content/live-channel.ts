/**
 * How pages rendered by the dev server reach the live content check that
 * src/integrations/content-check.ts keeps. Astro renders pages in the same Node
 * process, but through Vite's module runner, which loads its own copy of every
 * module: a module-level variable would not be shared. So the one live check is
 * published on globalThis under this symbol, and this module is the only place
 * that reads or writes it. In a build nothing is published: pages get undefined.
 */
import type { LiveCheck } from './live.ts';

const KEY = Symbol.for('yilu.content-check.live');

type Holder = { [KEY]?: LiveCheck };

export function publishLiveCheck(live: LiveCheck | undefined): void {
  (globalThis as Holder)[KEY] = live;
}

/** The dev server's live content check, or undefined (in a build, or outside Astro). */
export function liveCheck(): LiveCheck | undefined {
  return (globalThis as Holder)[KEY];
}

/**
 * In the dev server, a record that failed its schema is stored as read, with this
 * key set (src/integrations/content-loader.ts), so that getArchive() can tell when
 * Astro's store has not yet caught up with a file the editor has just fixed.
 */
export const UNCHECKED = '__yiluUnchecked';

const BEHIND = Symbol.for('yilu.content-store.behind');

type BehindHolder = { [BEHIND]?: (files: readonly string[]) => void };

/** The dev server's catch-up (src/integrations/store-catch-up.ts), published beside the live check. */
export function publishStoreBehind(catchUp: ((files: readonly string[]) => void) | undefined): void {
  (globalThis as BehindHolder)[BEHIND] = catchUp;
}

/**
 * Called by getArchive() when Astro's store, as the pages see it, still holds records
 * marked UNCHECKED although the live check finds no error: the dev server catches up.
 * Does nothing in a build.
 */
export function storeBehind(files: readonly string[]): void {
  (globalThis as BehindHolder)[BEHIND]?.(files);
}
