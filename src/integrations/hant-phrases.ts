/**
 * Writes `_yilu/hant-phrases.txt` after the build: the entries of OpenCC's phrase
 * table that occur in the built site's text (every page, and the search
 * interface's strings, read from its sources: the bundle itself also holds OpenCC's
 * T→S tables, whose text is never shown). The Traditional-script bundle (src/reading/hant.ts) fetches
 * it next to itself; 171 phrases (2.6 KB) for the real archive instead of the whole
 * 1 MB table, with the same result (see docs/i18n.md for the measurements).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_PHRASES, PhraseScanner } from '../lib/text/s2t.ts';
import { PHRASES_FILE } from '../reading/hant.ts';

export const PHRASES_PATH = `_yilu/${PHRASES_FILE}`;

/** Sources of text that scripts put on pages (the search interface). */
const UI_SOURCES = ['../search/strings.ts'];

async function* siteTexts(out: string): AsyncGenerator<string> {
  const entries = await fs.readdir(out, { recursive: true, withFileTypes: true });
  for (const e of entries) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    const rel = path.relative(out, file);
    if (rel.startsWith(`pagefind${path.sep}`) || !e.name.endsWith('.html')) continue;
    yield fs.readFile(file, 'utf8');
  }
  for (const source of UI_SOURCES) yield fs.readFile(fileURLToPath(new URL(source, import.meta.url)), 'utf8');
}

export async function writeHantPhrases(out: string): Promise<{ phrases: number; bytes: number; ms: number }> {
  const started = performance.now();
  // One page at a time: the built site (about 900 MB at 10,000 speeches) is never held at once.
  const scanner = new PhraseScanner();
  for await (const t of siteTexts(out)) scanner.add(t);
  const phrases = scanner.result();
  await fs.mkdir(path.join(out, '_yilu'), { recursive: true });
  await fs.writeFile(path.join(out, PHRASES_PATH), phrases);
  return { phrases: phrases ? phrases.split('|').length : 0, bytes: Buffer.byteLength(phrases), ms: Math.round(performance.now() - started) };
}

/** In dev there is no built site: the whole table. */
export const devPhrases = () => ALL_PHRASES;
