/**
 * Writes a draft all-or-nothing: every file goes into a temporary folder next to
 * the content root, then is moved into place with renames on the same file
 * system. Nothing existing is ever overwritten; if any move fails, the moves
 * already made are undone and the temporary folder is removed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ImportError } from './decode.ts';

export interface FileToWrite {
  path: string;
  text: string;
}

/** Top-level things to move: `conferences/<slug>` as one folder, each record file on its own. */
function units(files: readonly FileToWrite[]): string[] {
  const out = new Set<string>();
  for (const f of files) {
    const parts = f.path.split('/');
    out.add(parts[0] === 'conferences' ? parts.slice(0, 2).join('/') : f.path);
  }
  return [...out];
}

export function existing(root: string, files: readonly FileToWrite[]): string[] {
  return units(files).filter((u) => fs.existsSync(path.join(root, u)));
}

export function writeAllOrNothing(root: string, files: readonly FileToWrite[]): void {
  const clash = existing(root, files);
  if (clash.length) throw new ImportError(`不会覆盖已有的文件：${clash.join('、')} (refusing to overwrite)`);
  const absRoot = path.resolve(root);
  const created: string[] = [];
  const made = fs.mkdirSync(absRoot, { recursive: true });
  if (made) created.push(made);
  const tmp = fs.mkdtempSync(path.join(path.dirname(absRoot), `.${path.basename(absRoot)}-import-`));
  const moved: string[] = [];
  try {
    for (const f of files) {
      const file = path.join(tmp, f.path);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, f.text);
    }
    for (const unit of units(files)) {
      const target = path.join(absRoot, unit);
      const dir = fs.mkdirSync(path.dirname(target), { recursive: true });
      if (dir) created.push(dir);
      if (fs.existsSync(target)) throw new ImportError(`不会覆盖已有的文件：${unit} (refusing to overwrite)`);
      fs.renameSync(path.join(tmp, unit), target);
      moved.push(target);
    }
  } catch (error) {
    for (const target of [...moved.reverse(), ...created.reverse()]) fs.rmSync(target, { recursive: true, force: true });
    throw error;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
