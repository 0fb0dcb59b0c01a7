/**
 * The content check kept current while an editor works (`npm run dev`): the first
 * run checks every file; after that, `refresh()` looks at the tree again (one
 * directory walk and a stat per file), parses and validates only the files that
 * were added or changed (by size and change times), and re-runs the rules
 * across records over everything in memory — which covers whatever refers to
 * what changed. The messages are `npm run check`'s own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkAcross, checkFile, type CheckOptions, type CheckResult, type FileCheck } from './check.ts';
import type { Problem } from './problems.ts';
import { listContent } from './read.ts';

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
  #stray: string[] = [];
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

  /** Re-checks what changed on disk since the last call; the rules across records run again only if anything did. */
  refresh(): Refresh {
    const started = performance.now();
    const { files, stray } = listContent(this.root);
    const changed: string[] = [];
    const next = new Map<string, Cached>();
    for (const file of files) {
      const stamp = stampOf(file.path);
      const cached = this.#files.get(file.path);
      if (cached && cached.stamp === stamp && cached.check.file.collection === file.collection) next.set(file.path, cached);
      else {
        next.set(file.path, { check: checkFile(file), stamp });
        changed.push(file.path);
      }
    }
    for (const file of this.#files.keys()) if (!next.has(file)) changed.push(file);
    const strayChanged = this.#result ? stray.join('\n') !== this.#stray.join('\n') : true;
    this.#files = next;
    this.#stray = stray;
    if (changed.length || strayChanged || !this.#result) {
      this.#result = checkAcross([...next.values()].map((c) => c.check), stray, this.#options);
    }
    return { changed, ms: Math.round(performance.now() - started) };
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

/** Size and change times to the nanosecond (where the file system keeps them): what an editor's save changes. */
function stampOf(file: string): string {
  try {
    const s = fs.statSync(file, { bigint: true });
    return `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`;
  } catch {
    return 'gone';
  }
}
