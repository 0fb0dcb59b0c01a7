/**
 * When each file was last changed, from git history, read once per build with a
 * single `git log` (a process per file would cost minutes at 10,000 speeches).
 * Outside a git checkout, or for untracked files, there is simply no date.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

let cache: Map<string, string> | undefined;

/** Parses `git log --format=%x00%cs --name-only` output: date lines then file lines. */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  let current = '';
  for (const line of output.split('\n')) {
    if (line.startsWith('\0')) current = line.slice(1).trim();
    else if (line.trim() && current && !dates.has(line.trim())) dates.set(line.trim(), current);
  }
  return dates;
}

function load(): Map<string, string> {
  try {
    const output = execFileSync(
      'git',
      ['log', '--format=%x00%cs', '--name-only', '--no-renames', '--', 'content', 'tests/fixtures'],
      {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    return parseGitLog(output);
  } catch {
    return new Map();
  }
}

/** `YYYY-MM-DD` of the last commit touching `file` (relative to the repository root or absolute). */
export function lastChanged(file: string | undefined): string | undefined {
  if (!file) return undefined;
  cache ??= load();
  const rel = path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
  return cache.get(rel.split(path.sep).join('/'));
}
