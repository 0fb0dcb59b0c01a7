import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storeCatchUp, type CatchUpServer } from '../../src/integrations/store-catch-up.ts';
import { publishStoreBehind, storeBehind } from '../../src/lib/content/live-channel.ts';

/** A dev server that records what the catch-up asks of it. */
function fakeServer() {
  const events: string[] = [];
  const server: CatchUpServer = {
    config: { root: '/project' },
    watcher: { emit: (event, file) => events.push(`${event} ${file}`) },
    environments: Object.fromEntries(
      ['client', 'ssr', 'prerender'].map((name) => [
        name,
        { hot: { send: (payload: { type: string; path: string }) => events.push(`${name} ${payload.type}`) } },
      ]),
    ),
  };
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(`info ${m}`), warn: (m: string) => logged.push(`warn ${m}`) };
  return { server, logger, events, logged };
}

describe('the dev server catching up with its content store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    publishStoreBehind(undefined);
  });

  it('announces the files to the watcher at once, and reloads every environment once the store is written', () => {
    const { server, logger, events, logged } = fakeServer();
    const catchUp = storeCatchUp(server, logger, { delayMs: 1_000 });
    catchUp(['../tmp/content/conferences/2022-xiling/index.mdx']);
    expect(events).toEqual(['change /tmp/content/conferences/2022-xiling/index.mdx']);
    vi.advanceTimersByTime(999);
    expect(events).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(events.slice(1)).toEqual(['client full-reload', 'ssr full-reload', 'prerender full-reload']);
    expect(logged).toEqual([expect.stringMatching(/^info .*reloading\): \.\.\/tmp\/content\/conferences/)]);
  });

  it('runs one catch-up at a time: pages rendered meanwhile add nothing', () => {
    const { server, logger, events } = fakeServer();
    const catchUp = storeCatchUp(server, logger, { delayMs: 100 });
    catchUp(['a.md']);
    catchUp(['a.md']);
    catchUp(['b.md']);
    vi.advanceTimersByTime(100);
    expect(events.filter((e) => e.startsWith('change'))).toEqual(['change /project/a.md']);
    expect(events.filter((e) => e.startsWith('ssr'))).toHaveLength(1);
  });

  it('stops after a few catch-ups in a row for the same files and says so once, and starts again for other files', () => {
    const { server, logger, events, logged } = fakeServer();
    const catchUp = storeCatchUp(server, logger, { delayMs: 10, attempts: 2 });
    for (let i = 0; i < 5; i++) {
      catchUp(['b.md', 'a.md']);
      vi.advanceTimersByTime(10);
    }
    expect(events.filter((e) => e.startsWith('ssr'))).toHaveLength(2);
    expect(logged.filter((l) => l.startsWith('warn'))).toEqual([expect.stringContaining('请重新启动 npm run dev')]);
    catchUp(['c.md']);
    vi.advanceTimersByTime(10);
    expect(events.filter((e) => e.startsWith('ssr'))).toHaveLength(3);
  });

  it('does nothing for no files, nor outside the dev server (nothing published)', () => {
    const { server, logger, events } = fakeServer();
    storeCatchUp(server, logger)([]);
    vi.runAllTimers();
    expect(events).toEqual([]);
    expect(() => storeBehind(['a.md'])).not.toThrow();
  });

  it('is reached by getArchive() through the channel the integration publishes', () => {
    const { server, logger, events } = fakeServer();
    publishStoreBehind(storeCatchUp(server, logger, { delayMs: 10 }));
    storeBehind(['people/he-ping.yaml']);
    expect(events).toEqual(['change /project/people/he-ping.yaml']);
  });
});
