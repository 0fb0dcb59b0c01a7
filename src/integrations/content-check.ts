/**
 * The content check, in the build and in the editors' preview.
 *
 * `astro build`: runs before Astro reads any content; any error stops the build
 * with every problem listed (file:line field: message), so nothing wrong is ever
 * published.
 *
 * `astro dev`: keeps the check live (src/lib/content/live.ts). Every change under
 * the content root re-checks what changed and logs what appeared or was fixed; a
 * new error reloads the browser at once, a fix when Astro has stored the fixed
 * record (it reloads after every change to a record). While any error stands,
 * every page the editor opens is replaced by the list of errors
 * (src/lib/content/problems-page.ts), so no wrong value is shown as if it were
 * right; fixing the file brings the page back.
 * Pages show their own file's warnings (src/components/PreviewNotes.astro), and
 * getArchive() refuses to build the graph while errors stand (JSON and other
 * non-page requests), or while the pages still see a fixed record as it was
 * (the dev server then catches up: src/integrations/store-catch-up.ts).
 *
 * It also decides whether drafts are shown: only by `astro dev`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage } from 'node:http';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent } from '../lib/content/check.ts';
import { LiveCheck } from '../lib/content/live.ts';
import { publishLiveCheck, publishStoreBehind } from '../lib/content/live-channel.ts';
import { storeCatchUp } from './store-catch-up.ts';
import { formatProblem, formatReport } from '../lib/content/problems.ts';
import { problemsPage } from '../lib/content/problems-page.ts';

export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

export function contentCheck(options: { root: string }): AstroIntegration {
  let live: LiveCheck | undefined;
  return {
    name: 'yilu:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // `astro dev` publishes its live check; pages then also show drafts (src/site/archive.ts).
        if (command === 'build') checkBuild(options.root, logger);
        if (command === 'dev') {
          live = new LiveCheck(options.root);
          publishLiveCheck(live);
          const started = performance.now();
          const { problems, errors, warnings, files } = live.result;
          for (const p of problems)
            (p.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(p));
          logger.info(
            `checked ${files} content files in ${Math.round(performance.now() - started)} ms: ${errors.length} errors, ${warnings.length} warnings`,
          );
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!live) return;
        const check = live;
        server.watcher.add(check.root);
        publishStoreBehind(storeCatchUp(server, logger));
        const recheck = (paths: string[], before: Set<string>, last: boolean) => {
          const shown = errorLines(check);
          const { changed, ms } = check.refresh(paths);
          const after = errorLines(check);
          if (changed.length) {
            for (const line of after) if (!shown.has(line)) logger.error(line);
            for (const line of shown) if (!after.has(line)) logger.info(`已改正 fixed: ${line}`);
            logger.info(
              `re-checked ${changed.length} changed file(s) in ${ms} ms: ${check.result.errors.length} errors, ${check.result.warnings.length} warnings`,
            );
          }
          // A new error, still there on the second look: show it now (the list needs nothing from Astro's
          // store). A fix: Astro reloads the browser once it has stored the fixed record; reloading before
          // that would only show the old one.
          if (last && [...after].some((line) => !before.has(line))) server.ws.send({ type: 'full-reload', path: '*' });
        };
        server.watcher.on(
          'all',
          settled((paths) => {
            const inside = paths.filter((file) => isInside(check.root, file));
            const before = errorLines(check);
            return { first: () => recheck(inside, before, false), second: () => recheck(inside, before, true) };
          }),
        );
        const client = `${server.config.base}@vite/client`;
        server.middlewares.use((req, res, next) => {
          if (!isPageRequest(req)) return next();
          const { errors, warnings } = check.result; // kept current by the watcher above
          if (!errors.length) return next();
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(problemsPage({ errors, warnings: warnings.length, url: req.url ?? '/', client, lineText }));
        });
      },
    },
  };
}

/** The build: every error at once, and nothing published. */
function checkBuild(root: string, logger: AstroIntegrationLogger): void {
  const started = performance.now();
  const result = checkContent(root, { warnings: false });
  if (result.errors.length) {
    throw new ContentCheckError(
      `内容检查发现 ${result.errors.length} 个错误，未发布任何页面 (content check failed; nothing was published):\n${formatReport(result.errors)}`,
    );
  }
  logger.info(`checked ${result.files} content files in ${Math.round(performance.now() - started)} ms: 0 errors`);
}

/**
 * Once a burst of watcher events has been quiet for a moment, looks at its paths
 * twice: at once, and half a second later. An editor's save can reach the watcher
 * while the file is still being written (and the watcher drops events that follow
 * closely), so what was read first is looked at once more before the browser is
 * told about it.
 */
function settled(look: (paths: string[]) => { first(): void; second(): void }): (event: string, file: string) => void {
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  return (_event, file) => {
    pending.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const steps = look([...pending]);
      pending = new Set();
      steps.first();
      setTimeout(steps.second, 500);
    }, 30);
  };
}

const errorLines = (check: LiveCheck) => new Set(check.result.errors.map(formatProblem));
const isInside = (root: string, file: string) => !path.relative(root, path.resolve(file)).startsWith('..');

/** A browser asking for a page (not Vite's modules, styles or Astro's own endpoints). */
function isPageRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (!req.headers.accept?.includes('text/html')) return false;
  const url = req.url ?? '/';
  return !url.startsWith('/@') && !url.startsWith('/__') && !url.includes('/node_modules/');
}

function lineText(file: string, line: number): string | undefined {
  try {
    return fs.readFileSync(path.resolve(file), 'utf8').split(/\r?\n/)[line - 1];
  } catch {
    return undefined;
  }
}
