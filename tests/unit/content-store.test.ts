import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionStorage, contentBytes } from '../../src/integrations/content-store.ts';

describe('the content store', () => {
  it('counts the bytes of every file under the content root, and 0 for a missing one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-store-'));
    fs.mkdirSync(path.join(dir, 'a/b'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'x.yaml'), 'name: 周利民\n'); // 6 + 9 + 1 bytes
    fs.writeFileSync(path.join(dir, 'a/b/y.md'), '---\n---\n');
    expect(contentBytes(dir)).toBe(16 + 8);
    expect(contentBytes(path.join(dir, 'none'))).toBe(0);
    expect(collectionStorage(dir, 24, '')).toBe('single-file');
    expect(collectionStorage(dir, 23, '')).toBe('chunked');
    expect(collectionStorage(dir, 23, 'single-file')).toBe('single-file');
    expect(collectionStorage(dir, 24, 'chunked')).toBe('chunked');
    expect(() => collectionStorage(dir, 24, 'split')).toThrow(
      /YILU_CONTENT_STORE must be single-file or chunked, got "split"/,
    );
    fs.rmSync(dir, { recursive: true });
  });
  it('is one file for the real archive', () => {
    expect(collectionStorage(path.resolve(import.meta.dirname, '../../content'), undefined, '')).toBe('single-file');
  });
});
