/**
 * The origin every absolute URL of a build starts with (citations, canonical links,
 * Open Graph, JSON-LD, sitemap, feed, robots.txt, the `url` of open-data records).
 *
 * A publishing build sets YILU_SITE to the origin it is published at (the GitHub Pages
 * workflow takes it from actions/configure-pages). A build without YILU_SITE is a local
 * one: its URLs point where `npm start` / `npm run preview` serve it, Astro's
 * http://localhost:4321, never at an address nobody serves. Such a build says so when
 * it runs (src/integrations/site-origin.ts) and must not be published.
 */

/** Where `astro preview` and `astro dev` serve a local build (Astro's default port). */
export const LOCAL_ORIGIN = 'http://localhost:4321';

export interface SiteOrigin {
  /** `https://owner.github.io`, or LOCAL_ORIGIN for a local build. */
  origin: string;
  /** True when YILU_SITE was not set. */
  local: boolean;
}

/** The build's origin from YILU_SITE; a value that is not an http(s) origin is refused with a one-line reason. */
export function siteOrigin(value: string | undefined): SiteOrigin {
  const raw = value?.trim();
  if (!raw) return { origin: LOCAL_ORIGIN, local: true };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`YILU_SITE=${raw} 不是网址：应是网站的源，例如 https://owner.github.io`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`YILU_SITE=${raw} 应以 https:// 开头`);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `YILU_SITE=${raw} 只应是源（协议和主机），子路径写在 YILU_BASE，例如 YILU_BASE=${url.pathname.replace(/\/?$/, '/')}`,
    );
  }
  return { origin: url.origin, local: false };
}
