/**
 * The layers of src/ (README, "Where things are"): content → src/schemas → src/lib
 * (pure TypeScript) → src/site (the Astro glue) → src/components and src/pages.
 * A lower layer never imports a higher one, and src/lib and src/schemas never
 * import Astro (`astro:*` modules, `astro` itself; `astro/zod` is Zod). Read from
 * the files as they are, so a new file is held to the rule without being listed.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const SOURCE = /\.(ts|mts|js|mjs)$/;

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => SOURCE.test(name) && !name.endsWith('.d.ts'))
    .map((name) => path.join(dir, name));
}

/** Every module a file names: static and dynamic imports, `export … from`, `import type`. */
function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** What in `file` (a path from the project root) breaks its layer's rule, one line per import. */
function violations(file: string, text: string, allowedDirs: string[]): string[] {
  const out: string[] = [];
  for (const spec of importsOf(text)) {
    if (spec.startsWith('astro:') || ((spec === 'astro' || spec.startsWith('astro/')) && spec !== 'astro/zod')) {
      out.push(`${file} imports ${spec} (Astro)`);
    } else if (spec.startsWith('.')) {
      const target = path
        .relative(root, path.resolve(root, path.dirname(file), spec))
        .split(path.sep)
        .join('/');
      if (!allowedDirs.some((dir) => target.startsWith(`${dir}/`))) out.push(`${file} imports ${target}`);
    }
  }
  return out;
}

const LAYERS: Record<string, string[]> = {
  'src/schemas': ['src/schemas'],
  'src/lib': ['src/lib', 'src/schemas'],
};

describe('layers', () => {
  for (const [layer, allowed] of Object.entries(LAYERS)) {
    it(`${layer} imports only from ${allowed.join(' and ')}, and nothing of Astro`, () => {
      const files = filesUnder(layer);
      expect(files.length).toBeGreaterThan(layer === 'src/lib' ? 50 : 5);
      const found = files.flatMap((file) => violations(file, fs.readFileSync(path.join(root, file), 'utf8'), allowed));
      expect(found).toEqual([]);
    });
  }

  it('sees the imports the rule is about, in every form they are written', () => {
    const text = [
      "import { getCollection } from 'astro:content';",
      "import type { SiteContext } from '../../components/x.ts';",
      "export { href } from '../../site/href.ts';",
      "const m = await import('../../components/y.ts');",
      "import { z } from 'astro/zod';",
      "import { buildArchive } from './build.ts';",
      "import { COLLECTIONS } from '../../schemas/layout.ts';",
    ].join('\n');
    expect(violations('src/lib/archive/x.ts', text, LAYERS['src/lib']!)).toEqual([
      'src/lib/archive/x.ts imports astro:content (Astro)',
      'src/lib/archive/x.ts imports src/components/x.ts',
      'src/lib/archive/x.ts imports src/site/href.ts',
      'src/lib/archive/x.ts imports src/components/y.ts',
    ]);
  });
});
