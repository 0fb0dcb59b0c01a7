/**
 * Which regions the site advertises. A region is on record before the archive has
 * any of its conferences (京津冀 waits for its first); until then it is not linked,
 * not listed among the regions to browse and not offered by search, because a
 * reader following it would find nothing. Its page still answers at its stable
 * address (the data exports name it), says it has no conference yet and asks search
 * engines not to index it.
 */
import type { RegionNode } from './archive/types.ts';

/** True when the region has a conference in the published archive. */
export const isListed = (r: RegionNode): boolean => r.conferences.length > 0;

/** The regions with conferences, and those without, each in the archive's order. */
export function partitionRegions(regions: readonly RegionNode[]): { listed: RegionNode[]; empty: RegionNode[] } {
  return { listed: regions.filter(isListed), empty: regions.filter((r) => !isListed(r)) };
}
