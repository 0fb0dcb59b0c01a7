/**
 * Recorded Traditional forms of names, for the 繁 switch: a person's variant or an
 * organization's alias that is the name in Traditional script. Pages emit them as
 * `data-hant` on the name, and the switch writes them instead of converting.
 */
import type { OrganizationNode, PersonNode } from './archive/types.ts';
import { traditionalForm } from './text/s2t-core.ts';
import { toSimplified } from './text/t2s.ts';

export const personHant = (p: PersonNode) => traditionalForm(p.data.name, p.data.variants, toSimplified);
export const organizationHant = (o: OrganizationNode) => traditionalForm(o.data.name, o.data.aliases, toSimplified);

/**
 * The other names a page lists for a record: its aliases (a person's variants) that
 * are neither its name nor its short name in any script. A Traditional spelling of the
 * name is no other name: it stays in the record for search and the 繁 switch
 * (data-hant), but is not listed to readers.
 */
/**
 * The names a machine-readable record lists besides the name (JSON-LD `alternateName`):
 * the other names a page lists, and a Traditional spelling only where it is not what a
 * converter writes (余永龍, not the machine's 餘永龍): one an editor recorded because it
 * is how the name is written. A spelling any converter would produce says nothing.
 */
export function recordedNames(
  name: string,
  aliases: readonly string[],
  toTraditional: (s: string) => string,
  shortName?: string,
): string[] {
  const other = otherNames(name, aliases, shortName);
  const traditional = aliases.filter(
    (a) => !other.includes(a) && a !== name && a !== shortName && toSimplified(a) === name && a !== toTraditional(name),
  );
  return [...new Set([...other, ...traditional])];
}

export function otherNames(name: string, aliases: readonly string[], shortName?: string): string[] {
  const same = new Set([name, shortName].filter((x): x is string => !!x));
  return [...new Set(aliases)].filter((a) => !same.has(a) && !same.has(toSimplified(a)));
}
