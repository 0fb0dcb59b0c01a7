declare module 'virtual:yilu/search' {
  /** URL of the search bundle, under the site base. */
  export const searchScript: string;
  /** URL of the result-highlighting bundle, under the site base. */
  export const highlightScript: string;
  /** URL of the Simplified → Traditional bundle (繁/简 switch), under the site base. */
  export const hantScript: string;
  /** Every page's script (src/reading/site.ts). */
  export const siteScript: string;
}
