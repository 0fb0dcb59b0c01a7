/**
 * The real `astro dev` on a content root, as an editor runs `npm run dev`: started
 * as a child process (its own process group, so stop() ends it and its workers),
 * with its own cache directory, and ready once it prints its local URL. Astro 7
 * runs one dev server per project at a time: with `npm run dev` already running in
 * this checkout, starting fails with Astro's own message saying so.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './sites.ts';

export interface DevServer {
  /** Absolute URL of a site path: `url('/people/')`. */
  url(p: string): string;
  /** Everything the server printed so far. */
  log(): string;
  stop(): Promise<void>;
}

export async function startDev(content: string, timeoutMs = 90_000): Promise<DevServer> {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-dev-cache-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '0'],
    {
      cwd: ROOT,
      env: {
        ...withoutVitest(process.env),
        YILU_CONTENT: content,
        YILU_CACHE: cache,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  // Astro allows one dev server per project: never leave this one behind, even if the test process dies.
  const killOnExit = () => child.pid && child.exitCode === null && process.kill(-child.pid, 'SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (output += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (output += d));
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }
    fs.rmSync(cache, { recursive: true, force: true });
  };
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`astro dev did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const look = () => {
      const m = /Local\s+(http:\/\/[^\s/]+)\//.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', look);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`astro dev exited (${code}) before it was ready:\n${output}`));
    });
  }).catch(async (error) => {
    await stop();
    throw error;
  });
  return { url: (p) => origin + p, log: () => output, stop };
}

/**
 * The environment an editor's shell has, without what Vitest sets: Astro's dev
 * server leaves its page handler out when VITEST is set, and with NODE_ENV=test
 * the browser is not reloaded when a file changes.
 */
function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([k]) => !k.startsWith('VITEST') && k !== 'TEST' && k !== 'NODE_ENV'),
  );
}
