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

/**
 * What to move: a new conference as one folder `conferences/<slug>`; a file added
 * to a conference that already exists (a speech) and each record file on its own.
 */
function units(root: string, files: readonly FileToWrite[]): string[] {
  const out = new Set<string>();
  for (const f of files) {
    const parts = f.path.split('/');
    const folder = parts.slice(0, 2).join('/');
    out.add(
      parts[0] === 'conferences' && parts.length > 2 && !fs.existsSync(path.join(root, folder)) ? folder : f.path,
    );
  }
  return [...out];
}

export function existing(root: string, files: readonly FileToWrite[]): string[] {
  return units(root, files).filter((u) => fs.existsSync(path.join(root, u)));
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
    for (const unit of units(root, files)) {
      const target = path.join(absRoot, unit);
      const dir = fs.mkdirSync(path.dirname(target), { recursive: true });
      if (dir) created.push(dir);
      if (fs.existsSync(target)) throw new ImportError(`不会覆盖已有的文件：${unit} (refusing to overwrite)`);
      fs.renameSync(path.join(tmp, unit), target);
      moved.push(target);
    }
  } catch (error) {
    for (const target of [...moved.reverse(), ...created.reverse()])
      fs.rmSync(target, { recursive: true, force: true });
    throw error;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
