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
