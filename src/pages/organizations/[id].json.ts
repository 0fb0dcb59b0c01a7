/** /organizations/<id>.json: 机构、它在会议中的角色和在此任职的发言人. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../components/json-response.ts';
import { siteContext } from '../../components/site-context.ts';
import { getArchive } from '../../lib/archive/load.ts';
import type { OrganizationNode } from '../../lib/archive/types.ts';
import { organizationJson } from '../../lib/formats/data.ts';

export const getStaticPaths = (async () =>
  (await getArchive()).organizations.map((n) => ({ params: { id: n.id }, props: { node: n } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ node: OrganizationNode }> = ({ props, site }) => jsonResponse(organizationJson(props.node, siteContext(site)));
