/**
 * The dev server's way back when the pages see an older content store than the files.
 *
 * Astro's dev server keeps the content store in its own process and writes it to
 * .astro/ half a second after a record changes; pages read it through Vite's module
 * runner, which loads that file again when it changes. A page rendered while the
 * file is being replaced can keep the old copy: seen once in CI, where the fixed
 * record stayed invisible to every later page until the next edit. getArchive()
 * sees this (a record still marked as failing its schema while the content check
 * finds no error) and reports the records' files here.
 *
 * The catch-up: the files are announced to the watcher again (Astro's glob() loader
 * stores any the store missed), then, once Astro has had time to write the store,
 * every Vite environment is told to reload: the module runner drops what it
 * evaluated and reads the store afresh, and the browser reloads the page. One
 * catch-up at a time; after a few in a row for the same files it stops and says so,
 * instead of reloading the editor's page for ever.
 */
import path from 'node:path';

/** What the catch-up needs of Vite's dev server (a ViteDevServer has all of it). */
export interface CatchUpServer {
  config: { root: string };
  watcher: { emit(event: 'change', file: string): unknown };
  environments: Record<string, { hot: { send(payload: { type: 'full-reload'; path: string }): void } }>;
}

export interface CatchUpLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface CatchUpOptions {
  /** How long to wait before the reload: more than Astro's store writer waits (500 ms) before it writes. */
  delayMs?: number;
  /** How many catch-ups in a row for the same files before giving up. */
  attempts?: number;
}

/** Returns what getArchive() calls with the files (relative to the project root) of records the pages see as they were. */
export function storeCatchUp(
  server: CatchUpServer,
  logger: CatchUpLogger,
  { delayMs = 1_000, attempts = 5 }: CatchUpOptions = {},
): (files: readonly string[]) => void {
  let pending = false;
  let last = '';
  let tries = 0;
  return (files) => {
    if (pending || !files.length) return;
    const key = [...files].sort().join('\n');
    tries = key === last ? tries + 1 : 1;
    last = key;
    if (tries > attempts) {
      if (tries === attempts + 1)
        logger.warn(
          `预览的内容存储仍未更新，请重新启动 npm run dev (the preview's content store is still behind the files): ${files.join(', ')}`,
        );
      return;
    }
    pending = true;
    for (const file of files) server.watcher.emit('change', path.resolve(server.config.root, file));
    const timer = setTimeout(() => {
      pending = false;
      logger.info(
        `预览的内容存储落后于文件，重新载入 (the pages saw an older content store; reloading): ${files.join(', ')}`,
      );
      for (const environment of Object.values(server.environments))
        environment.hot.send({ type: 'full-reload', path: '*' });
    }, delayMs);
    timer.unref?.();
  };
}
