/**
 * Builds each test site once before the site tests. Set YILU_TEST_REUSE=1 to keep
 * sites already built (handy while writing tests; CI always builds fresh).
 */
import fs from 'node:fs';
import path from 'node:path';
import { astroBuild } from './build.ts';
import { ROOT, SITES, siteDir, type SiteSpec } from './sites.ts';

export default function setup(): void {
  for (const spec of Object.values(SITES) as SiteSpec[]) {
    const out = siteDir(spec);
    if (process.env.YILU_TEST_REUSE && fs.existsSync(path.join(out, 'index.html'))) continue;
    if (!fs.existsSync(path.join(ROOT, spec.content)))
      throw new Error(`test site ${spec.name}: ${spec.content} is missing`);
    fs.rmSync(out, { recursive: true, force: true });
    // YILU_SITE as the spec says, whatever the environment running the tests has.
    const result = astroBuild({ content: spec.content, out, base: spec.base, env: { YILU_SITE: spec.site ?? '' } });
    if (result.status !== 0) throw new Error(`building test site ${spec.name} failed:\n${result.output.slice(-4000)}`);
    console.log(
      `[site tests] built ${spec.name} (${spec.content}, base ${spec.base}, ${spec.site ?? 'no YILU_SITE'}) in ${(result.ms / 1000).toFixed(1)} s`,
    );
  }
}
