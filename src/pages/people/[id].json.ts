/** /people/<id>.json: 人物及其每次发言时的职务. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../components/json-response.ts';
import { siteContext } from '../../components/site-context.ts';
import { getArchive } from '../../lib/archive/load.ts';
import type { PersonNode } from '../../lib/archive/types.ts';
import { personJson } from '../../lib/formats/data.ts';

export const getStaticPaths = (async () =>
  (await getArchive()).people.map((n) => ({ params: { id: n.id }, props: { node: n } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ node: PersonNode }> = ({ props, site }) => jsonResponse(personJson(props.node, siteContext(site)));
