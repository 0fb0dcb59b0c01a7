/** /conferences/<id>.json: the conference with its speeches in full (speech pages link here). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../site/json-response.ts';
import { siteContext } from '../../site/context.ts';
import { getArchive } from '../../site/archive.ts';
import type { ConferenceNode } from '../../lib/archive/types.ts';
import { conferenceJson } from '../../lib/formats/data.ts';

export const getStaticPaths = (async () =>
  (await getArchive()).conferences.map((c) => ({
    params: { conference: c.id },
    props: { node: c },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ node: ConferenceNode }> = ({ props, site }) =>
  jsonResponse(conferenceJson(props.node, siteContext(site)));
