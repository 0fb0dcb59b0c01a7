/** Runs the repository's CLIs for real (Node 24, as `npm run` would) against a throw-away content tree. */
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** A fresh copy of a content tree (default: the invented fixture archive) in a temporary folder; returns the content root. */
export function copyContent(from = path.join(repoRoot, 'tests/fixtures/archive')): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-cli-'));
  const root = path.join(dir, 'content');
  fs.cpSync(from, root, { recursive: true });
  return root;
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(script: string, args: string[], contentDir: string, input?: string): Run {
  const r = spawnSync(process.execPath, [path.join(repoRoot, script), ...args], {
    cwd: repoRoot,
    env: { ...process.env, YILU_CONTENT: contentDir },
    encoding: 'utf8',
    input: input ?? '',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `runScript` without blocking, so independent runs can go side by side. */
export function runScriptAsync(script: string, args: string[], contentDir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, script), ...args], {
      cwd: repoRoot,
      env: { ...process.env, YILU_CONTENT: contentDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Every file and folder under `dir` with a hash of its bytes: equal snapshots mean an unchanged tree. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (d: string, rel: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        out[`${r}/`] = 'dir';
        visit(path.join(d, e.name), r);
      } else
        out[r] = crypto
          .createHash('sha256')
          .update(fs.readFileSync(path.join(d, e.name)))
          .digest('hex');
    }
  };
  visit(dir, '');
  return out;
}

/**
 * Runs a CLI in a real terminal: util-linux `script` gives it a pseudo-terminal, so
 * `process.stdin.isTTY` is true as for an editor at a shell. Each time the output
 * ends with a prompt (`--flag > `), `answer(flag)` is typed, followed by Enter.
 */
export function runInTerminal(
  script: string,
  args: string[],
  contentDir: string,
  answer: (flag: string) => string,
): Promise<Run & { prompts: string[] }> {
  const command = [process.execPath, path.join(repoRoot, script), ...args]
    .map((a) => `'${a.replaceAll("'", `'\\''`)}'`)
    .join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: repoRoot,
      env: { ...process.env, YILU_CONTENT: contentDir, TERM: 'dumb' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const prompts: string[] = [];
    let stdout = '';
    let stderr = '';
    let answered = 0;
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      const asked = [...stdout.matchAll(/--([a-z-]+) > /g)].map((m) => m[1]!);
      while (answered < asked.length) {
        const flag = asked[answered++]!;
        prompts.push(flag);
        child.stdin.write(`${answer(flag)}\r`);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      child.stdin.end();
      resolve({ status, stdout, stderr, prompts });
    });
  });
}
