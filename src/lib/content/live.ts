/**
 * The content check kept current while an editor works (`npm run dev`): the first
 * run checks every file; after that, a refresh parses and validates only the
 * files that were added or changed (by size and change times), and re-runs the
 * rules across records over everything in memory — which covers whatever refers
 * to what changed. The messages are `npm run check`'s own.
 *
 * `refresh(paths)` looks only at the paths the dev server's watcher reported;
 * `refresh()` walks the whole tree again (one stat per file) in case an event was
 * missed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkAcross, checkFile, type CheckOptions, type CheckResult, type FileCheck } from './check.ts';
import type { Problem } from './problems.ts';
import { byCollection, classify, listContent, type ContentFile } from './read.ts';

interface Cached {
  check: FileCheck;
  stamp: string;
}

export interface Refresh {
  /** Files added, changed or removed since the last refresh (absolute paths). */
  changed: string[];
  /** Milliseconds the refresh took. */
  ms: number;
}

export class LiveCheck {
  readonly root: string;
  #options: CheckOptions;
  #files = new Map<string, Cached>();
  #stray = new Set<string>();
  #result: CheckResult | undefined;

  constructor(root: string, options: CheckOptions = {}) {
    this.root = path.resolve(root);
    this.#options = options;
  }

  /** The current result, checking everything on first use. */
  get result(): CheckResult {
    if (!this.#result) this.refresh();
    return this.#result!;
  }

  /**
   * Re-checks what changed on disk: the given paths (files or folders under the
   * root), or the whole tree. The rules across records run again only if anything did.
   */
  refresh(paths?: readonly string[]): Refresh {
    const started = performance.now();
    const changed = paths && this.#result ? this.#look(paths) : this.#walk();
    if (changed.length || !this.#result) {
      const checks = [...this.#files.values()].map((c) => c.check).sort((a, b) => byCollection(a.file, b.file));
      this.#result = checkAcross(checks, [...this.#stray].sort(), this.#options);
    }
    return { changed, ms: Math.round(performance.now() - started) };
  }

  /** The whole tree: every file stat'ed, the new and changed ones checked, the gone ones dropped. */
  #walk(): string[] {
    const { files, stray } = listContent(this.root);
    const changed: string[] = [];
    const seen = new Set<string>();
    for (const file of files) {
      seen.add(file.path);
      if (this.#update(file)) changed.push(file.path);
    }
    for (const file of [...this.#files.keys()]) {
      if (!seen.has(file)) {
        this.#files.delete(file);
        changed.push(file);
      }
    }
    const strayNow = new Set(stray);
    for (const f of new Set([...strayNow, ...this.#stray])) if (strayNow.has(f) !== this.#stray.has(f)) changed.push(f);
    this.#stray = strayNow;
    return changed;
  }

  /** Only these paths; a folder (added, removed or renamed) means the whole tree. */
  #look(paths: readonly string[]): string[] {
    const changed: string[] = [];
    for (const p of paths) {
      const abs = path.resolve(p);
      const rel = path.relative(this.root, abs).split(path.sep).join('/');
      if (rel.startsWith('../') || path.isAbsolute(rel) || rel.split('/').some((part) => part.startsWith('.')))
        continue;
      const stat = statOf(abs);
      const known = this.#files.has(abs) || this.#stray.has(abs);
      if (stat?.isDirectory() || (!stat && !known)) return [...changed, ...this.#walk()];
      const kind = stat ? classify(this.root, rel) : undefined;
      if (kind && kind !== 'stray') {
        this.#stray.delete(abs);
        if (this.#update(kind)) changed.push(abs);
        continue;
      }
      // Gone, or no longer a record (stray, or not content at all).
      const was = this.#files.delete(abs) || this.#stray.delete(abs);
      if (kind === 'stray') this.#stray.add(abs);
      if (was || kind === 'stray') changed.push(abs);
    }
    return changed;
  }

  /** Checks a file again if its stamp changed; true when it did. A file that changes while it is read is read again. */
  #update(file: ContentFile): boolean {
    let stamp = stampOf(file.path);
    const cached = this.#files.get(file.path);
    if (cached && cached.stamp === stamp && cached.check.file.collection === file.collection) return false;
    for (let tries = 1; ; tries++) {
      const check = checkFile(file);
      const after = stampOf(file.path);
      if (after === stamp || tries === 3) {
        this.#files.set(file.path, { check, stamp });
        return true;
      }
      stamp = after;
    }
  }

  /** The problems of one file (and, for a conference's index file, of its speeches), for the page that shows it. */
  problemsOf(file: string): Problem[] {
    const abs = path.resolve(file);
    const conferenceDir = /[\\/]index\.mdx?$/.test(abs) ? path.dirname(abs) + path.sep : undefined;
    return this.result.problems.filter((p) => {
      const own = path.resolve(p.file);
      return own === abs || (!!conferenceDir && own.startsWith(`${conferenceDir}speeches${path.sep}`));
    });
  }
}

function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/** Size and change times to the nanosecond (where the file system keeps them): what an editor's save changes. */
function stampOf(file: string): string {
  try {
    const s = fs.statSync(file, { bigint: true });
    return `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`;
  } catch {
    return 'gone';
  }
}
