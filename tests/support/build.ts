/** Runs the real `astro build` on a content root, as a child process, and returns its output. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './sites.ts';

export interface BuildResult {
  status: number | null;
  output: string;
  ms: number;
}

export function astroBuild(options: {
  content: string;
  out: string;
  base?: string;
  env?: Record<string, string>;
}): BuildResult {
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      YILU_CONTENT: options.content,
      YILU_OUT: options.out,
      YILU_BASE: options.base ?? '/',
      YILU_CACHE: path.join(options.out, '..', `.astro-cache-${path.basename(options.out)}`),
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      NO_COLOR: '1',
      ...options.env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    ms: Math.round(performance.now() - started),
  };
}
