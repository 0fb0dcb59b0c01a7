/** A string as a pattern that matches it and nothing else (shared by the 繁 converter, search and the importer). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
