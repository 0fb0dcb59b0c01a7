/** /series/<id>.json: 系列会议及其各届. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../site/json-response.ts';
import { siteContext } from '../../site/context.ts';
import { getArchive } from '../../site/archive.ts';
import type { SeriesNode } from '../../lib/archive/types.ts';
import { seriesJson } from '../../lib/formats/data.ts';

export const getStaticPaths = (async () =>
  (await getArchive()).series.map((n) => ({ params: { id: n.id }, props: { node: n } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ node: SeriesNode }> = ({ props, site }) =>
  jsonResponse(seriesJson(props.node, siteContext(site)));
