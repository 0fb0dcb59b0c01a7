/** Chinese labels for the archive's enumerations, in one place. */
import { ORGANIZATION_TYPES, OUTCOME_KINDS, type OrganizationType, type OutcomeKind } from '../schemas/index.ts';
import type { OrganizerRole } from './archive/types.ts';

export const ROLE_LABELS: Record<OrganizerRole | 'party', string> = {
  organizers: '主办',
  hosts: '承办',
  coOrganizers: '协办',
  supporters: '支持',
  party: '签署或发布方',
};

export const organizationTypeLabel = (type: OrganizationType) => ORGANIZATION_TYPES[type];
export const outcomeKindLabel = (kind: OutcomeKind) => OUTCOME_KINDS[kind];

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
