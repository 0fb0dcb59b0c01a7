/**
 * Site paths of every entity. Stable ASCII: once published they never change, so
 * they derive only from ids and file names, never from titles. Paths here have no
 * base; `withBase` adds the deployment sub-path (Astro `base`, e.g. `/yilu/`).
 */
export const paths = {
  home: () => '/',
  conferences: () => '/conferences/',
  conference: (id: string) => `/conferences/${id}/`,
  speech: (conferenceId: string, slug: string) => `/conferences/${conferenceId}/${slug}/`,
  speeches: () => '/speeches/',
  speechesOfYear: (year: number) => `/speeches/${year}/`,
  tags: () => '/tags/',
  tag: (slug: string) => `/tags/${slug}/`,
  people: () => '/people/',
  person: (id: string) => `/people/${id}/`,
  organizations: () => '/organizations/',
  organization: (id: string) => `/organizations/${id}/`,
  allSeries: () => '/series/',
  series: (id: string) => `/series/${id}/`,
  years: () => '/years/',
  year: (year: number) => `/years/${year}/`,
  regions: () => '/regions/',
  region: (id: string) => `/regions/${id}/`,
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  about: () => '/about/',
  data: () => '/data/',
} as const;

/** `/people/x/` with base `/yilu/` → `/yilu/people/x/`. Leaves absolute URLs and fragments alone. */
export function withBase(path: string, base = '/'): string {
  if (/^[a-z]+:|^\/\/|^#/.test(path)) return path;
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\//, '');
}

/** Removes the base from a pathname, the inverse of `withBase`. */
export function stripBase(pathname: string, base = '/'): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}
