/**
 * Who works with whom: organizations that organize, host, co-organize, support or
 * sign together. Two organizations work together at a conference when both hold one
 * of those roles there; an organization counts with its units rolled up (民政部 with
 * its 社会组织管理局), and its own units are never its partners.
 */
import type { ConferenceNode, OrganizationNode } from '../archive/types.ts';
import { comparePinyin } from '../text/sort.ts';
import { unitsOf } from '../timelines.ts';

/** Every organization with a role at a conference: organizers, hosts, co-organizers, supporters, parties to its documents. */
export function actorsAt(c: ConferenceNode): Set<OrganizationNode> {
  return new Set([...Object.values(c.roles).flat(), ...c.outcomes.flatMap((o) => o.partyNodes)]);
}

export interface Partner {
  organization: OrganizationNode;
  /** The conferences both took part in, oldest first. */
  conferences: ConferenceNode[];
}

/** An organization's partners, most shared conferences first, then by pinyin. */
export function partnersOf(o: OrganizationNode): Partner[] {
  const own = new Set(unitsOf(o));
  const mine = new Set([...own].flatMap((u) => u.roles.map((r) => r.conference)));
  const shared = new Map<OrganizationNode, ConferenceNode[]>();
  for (const c of [...mine].sort((a, b) => a.data.startDate.localeCompare(b.data.startDate))) {
    for (const other of actorsAt(c)) if (!own.has(other)) shared.set(other, [...(shared.get(other) ?? []), c]);
  }
  return [...shared]
    .map(([organization, conferences]) => ({ organization, conferences }))
    .sort(
      (a, b) =>
        b.conferences.length - a.conferences.length ||
        comparePinyin(a.organization.data.name, b.organization.data.name),
    );
}

/** A bar's length, in percent of the longest, for a count out of `max` (at least a sliver, so a 1 is seen). */
export const barPercent = (n: number, max: number): number => (max > 0 ? Math.max(4, Math.round((n / max) * 100)) : 0);
