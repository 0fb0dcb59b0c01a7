/** Chinese labels for the archive's enumerations, in one place. */
import { ORGANIZATION_TYPES, type OrganizationType, type OutcomeKind } from '../schemas/index.ts';

export const organizationTypeLabel = (type: OrganizationType) => ORGANIZATION_TYPES[type];

/** Outcomes that are documents get 《》 around their titles. */
export function outcomeTitle(kind: OutcomeKind, title: string): string {
  return ['agreement', 'initiative', 'report'].includes(kind) ? `《${title}》` : title;
}

/** Search filter `type` values, also shown as result badges. */
export const ENTITY_TYPE = {
  conference: '会议',
  speech: '发言',
  person: '人物',
  organization: '机构',
  series: '系列',
  region: '区域',
} as const;

/** How a speech is named in lists and headings: its title in 《》, or its display title (郭庆华交流发言) when it has none. */
export const speechHeading = (speech: { data: { title?: string }; displayTitle: string }): string =>
  speech.data.title ? `《${speech.data.title}》` : speech.displayTitle;

/**
 * The kind a session's heading shows before its name, or nothing when it would say
 * nothing: the catch-all `其他` on a named session (讲话与签约), or a kind its name
 * already holds (主旨演讲 on the session 主旨演讲).
 */
export const sessionKindShown = (session: { kind: string; name: string }): string | undefined =>
  session.kind === '其他' || session.name.includes(session.kind) ? undefined : session.kind;

/**
 * Where a speech stands in its session, for a reader: `[3, 6]` (third of six), or
 * nothing when the session holds it alone. Speech `order` runs across the whole
 * conference, so it is not shown as a number of its own.
 */
export function placeInSession(speech: { session: { speeches: readonly unknown[] } }): [number, number] | undefined {
  const all = speech.session.speeches;
  const at = all.indexOf(speech);
  return all.length > 1 && at >= 0 ? [at + 1, all.length] : undefined;
}

/**
 * A speaker's position (时任) cut into text and the organizations it names, so the
 * page links each organization where the position names it instead of listing the
 * organizations again under a line of their own. Organizations the position does
 * not name (by full or short name) come back in `rest`.
 */
export function positionParts<O extends { data: { name: string; shortName?: string } }>(
  position: string,
  organizations: readonly O[],
): { parts: { text: string; org?: O }[]; rest: O[] } {
  const found: { at: number; end: number; org: O }[] = [];
  const rest: O[] = [];
  for (const org of organizations) {
    const names = [org.data.name, org.data.shortName]
      .filter((n): n is string => !!n)
      .sort((a, b) => b.length - a.length);
    const hit = names
      .map((n) => ({ at: position.indexOf(n), n }))
      .find((x) => x.at >= 0 && !found.some((f) => x.at < f.end && x.at + x.n.length > f.at));
    if (hit) found.push({ at: hit.at, end: hit.at + hit.n.length, org });
    else rest.push(org);
  }
  found.sort((a, b) => a.at - b.at);
  const parts: { text: string; org?: O }[] = [];
  let i = 0;
  for (const f of found) {
    if (f.at > i) parts.push({ text: position.slice(i, f.at) });
    parts.push({ text: position.slice(f.at, f.end), org: f.org });
    i = f.end;
  }
  if (i < position.length) parts.push({ text: position.slice(i) });
  return { parts, rest };
}
