/**
 * Says, at the start of every build without YILU_SITE, that its absolute URLs point at
 * the local preview (src/lib/site-origin.ts) and that it is not for publishing.
 */
import type { AstroIntegration } from 'astro';
import { LOCAL_ORIGIN } from '../lib/site-origin.ts';

export function siteOriginNotice(local: boolean): AstroIntegration {
  return {
    name: 'yilu:site-origin',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (local) {
          logger.warn(
            `YILU_SITE 未设置：引用、规范链接、站点地图和数据中的网址都指向本地预览 ${LOCAL_ORIGIN}（npm start）。发布时请设置 YILU_SITE（docs/deploy.md）。`,
          );
        }
      },
    },
  };
}
