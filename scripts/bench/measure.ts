/**
 * Measuring a child process: wall time, and peak resident memory of its whole
 * process tree (Astro and Pagefind run as separate processes), sampled from
 * /proc every 100 ms. Also sizes of a built site on disk.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface RunResult {
  status: number | null;
  ms: number;
  /** Peak of the summed resident memory of the process and all its descendants, bytes. */
  peakBytes: number;
  /** Peak resident memory of each kind of process in the tree (by executable name), bytes. */
  peakByProcess: Record<string, number>;
  output: string;
}

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = byParent.get(ppid) ?? [];
      list.push(Number(name));
      byParent.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  return byParent;
}

function rss(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function name(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

/** Resident memory of `pid` and all its descendants, bytes, in total and by executable name. */
export function treeRss(pid: number): { total: number; byName: Record<string, number> } {
  const byParent = children();
  let total = 0;
  const byName: Record<string, number> = {};
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    const bytes = rss(p);
    total += bytes;
    const n = name(p);
    byName[n] = (byName[n] ?? 0) + bytes;
    stack.push(...(byParent.get(p) ?? []));
  }
  return { total, byName };
}

export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let peakBytes = 0;
    const peakByProcess: Record<string, number> = {};
    const onData = (d: Buffer) => {
      output += d.toString();
      if (options.echo) process.stderr.write(d);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setInterval(() => {
      if (!child.pid) return;
      const now = treeRss(child.pid);
      peakBytes = Math.max(peakBytes, now.total);
      for (const [n, b] of Object.entries(now.byName)) peakByProcess[n] = Math.max(peakByProcess[n] ?? 0, b);
    }, 100);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, ms: Math.round(performance.now() - started), peakBytes, peakByProcess, output });
    });
  });
}

export interface DirStats {
  files: number;
  bytes: number;
}

export function dirStats(dir: string): DirStats {
  let files = 0;
  let bytes = 0;
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    files += 1;
    bytes += fs.statSync(path.join(e.parentPath, e.name)).size;
  }
  return { files, bytes };
}

export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
export const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
export const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
