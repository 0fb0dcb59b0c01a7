/**
 * The search index's own process: started by the search integration when
 * `astro build` starts, it builds the index (index-build.ts) while Astro renders
 * the pages on the other core, writes it into a staging directory, and reports
 * over IPC with the 繁 phrase table of the indexed pages' text (for
 * src/integrations/hant-phrases.ts). The integration moves the index into the
 * output when the build is done.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildIndex, type IndexOptions, type IndexStats } from './index-build.ts';
import { PhraseScanner } from '../../lib/text/s2t.ts';

export interface WorkerRequest {
  index: Omit<IndexOptions, 'log' | 'out'>;
  /** Staging directory: `pagefind/` is written into it. */
  staging: string;
}

export type WorkerMessage =
  | { type: 'log'; message: string }
  | ({ type: 'done'; phrases: string; phrasesMs: number } & IndexStats)
  | { type: 'error'; message: string; stack?: string };

const send = (m: WorkerMessage) =>
  new Promise<void>((resolve) => (process.send ? process.send(m, undefined, {}, () => resolve()) : resolve()));

let finished = false;
// The build that started this process is gone (stopped, or failed) before the index was done: stop too.
process.once('disconnect', () => process.exit(finished ? 0 : 1));

process.once('message', async (request: WorkerRequest) => {
  try {
    fs.rmSync(request.staging, { recursive: true, force: true });
    fs.mkdirSync(request.staging, { recursive: true });
    const scanner = new PhraseScanner();
    let phrasesMs = 0;
    const scan = (text: string) => {
      const t = performance.now();
      scanner.add(text);
      phrasesMs += performance.now() - t;
    };
    const stats = await buildIndex({
      ...request.index,
      out: path.join(request.staging, 'pagefind'),
      log: (message) => void send({ type: 'log', message }),
      onText: scan,
    });
    await send({ type: 'done', ...stats, phrases: scanner.result(), phrasesMs: Math.round(phrasesMs) });
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    await send({ type: 'error', message: err.message, stack: err.stack });
  }
  // Only once the last message is on its way: disconnecting first could drop it.
  finished = true;
  process.disconnect?.();
});
