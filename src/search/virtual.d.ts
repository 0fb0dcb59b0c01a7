/** Modules src/integrations/browser-scripts.ts provides. */

/** For pages (Vite): the URLs of the browser scripts, under the site base. */
declare module 'virtual:yilu/scripts' {
  /** URL of the search bundle. */
  export const searchScript: string;
  /** URL of the result-highlighting bundle. */
  export const highlightScript: string;
  /** URL of the Simplified → Traditional bundle (繁/简 switch). */
  export const hantScript: string;
  /** Every page's script (src/reading/site.ts). */
  export const siteScript: string;
}

/** For the browser scripts (esbuild): what they need to know of the build. */
declare module 'virtual:yilu/browser' {
  /** The site base, `/` or `/yilu/`. */
  export const base: string;
  /** The characters that can change a text in Traditional → Simplified, as `encodeCharSet` writes them (src/search/simplified.ts). */
  export const t2sTriggers: string;
  /** URLs of the on-demand scripts (src/reading/site.ts); the site script is bundled last, after them. */
  export const scripts: { search: string; highlight: string; hant: string };
}
