/**
 * Runs the content check before Astro reads any content. On `astro build` any
 * error stops the build with every problem listed (file:line field: message), so
 * nothing wrong is ever published; in dev the problems are logged and the server
 * keeps running. It also decides whether drafts are shown: only by `astro dev`.
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content/check.ts';
import { formatProblem, formatReport } from '../lib/content/problems.ts';

export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

export function contentCheck(options: { root: string }): AstroIntegration {
  return {
    name: 'yilu:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        // Drafts are shown by `astro dev` only, whatever NODE_ENV or Vite mode says.
        updateConfig({ vite: { define: { __YILU_INCLUDE_DRAFTS__: JSON.stringify(command === 'dev') } } });
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        const result = checkContent(options.root, { warnings: command === 'dev' });
        const ms = Math.round(performance.now() - started);
        if (command === 'build' && result.errors.length) {
          throw new ContentCheckError(
            `内容检查发现 ${result.errors.length} 个错误，未发布任何页面 (content check failed; nothing was published):\n` +
              formatReport(result.errors),
          );
        }
        for (const p of result.problems) (p.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(p));
        logger.info(`checked ${result.files} content files in ${ms} ms: ${result.errors.length} errors, ${result.warnings.length} warnings`);
      },
    },
  };
}
