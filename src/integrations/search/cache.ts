/**
 * Search documents of earlier builds, kept in Astro's cacheDir and keyed by a
 * hash of the built page, so a repeat build re-tokenises only pages that
 * changed. The key also covers the code that turns pages into documents: any
 * change to it starts the cache afresh. Only documents used by the current build
 * are written back, so the file does not grow with deleted pages.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CODE = ['./document.ts', './extract.ts', '../../lib/text/zh.ts', '../../lib/text/t2s.ts'];

function codeVersion(): string {
  const hash = createHash('sha256');
  for (const rel of CODE) hash.update(fs.readFileSync(fileURLToPath(new URL(rel, import.meta.url))));
  return hash.digest('hex').slice(0, 16);
}

export class DocumentCache {
  private previous = new Map<string, string>();
  private current = new Map<string, string>();
  hits = 0;
  private version: string;
  private file: string | undefined;

  constructor(file: string | undefined) {
    this.file = file;
    this.version = codeVersion();
    if (!file || !fs.existsSync(file)) return;
    try {
      const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string; documents: Record<string, string> };
      if (stored.version === this.version) this.previous = new Map(Object.entries(stored.documents));
    } catch {
      // an unreadable cache is only a slower build
    }
  }

  static key(html: string): string {
    return createHash('sha256').update(html).digest('base64url').slice(0, 22);
  }

  /** The cached document for this page, or the one `make` builds (then remembered). */
  get(html: string, make: () => string): string {
    const key = DocumentCache.key(html);
    let doc = this.previous.get(key);
    if (doc !== undefined) this.hits += 1;
    else doc = make();
    this.current.set(key, doc);
    return doc;
  }

  save(): void {
    if (!this.file) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(`${this.file}.tmp`, JSON.stringify({ version: this.version, documents: Object.fromEntries(this.current) }));
    fs.renameSync(`${this.file}.tmp`, this.file);
  }
}
