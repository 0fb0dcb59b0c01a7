/** citation-js ships no types; the little the archive uses. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string | unknown;
  }
  export const plugins: {
    config: { get(name: string): { format: { asciiOnly: boolean; useIdAsLabel: boolean; checkLabel: boolean } } };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
