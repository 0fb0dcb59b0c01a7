/**
 * /api/people.json: every person with each appearance and the position held then
 * (one file for all: a file per person would be 3,000 files at 10,000 speeches,
 * past free hosts' file limits with the pages).
 */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../site/json-response.ts';
import { siteContext } from '../../site/context.ts';
import { getArchive } from '../../site/archive.ts';
import { personJson } from '../../lib/formats/data.ts';

export const GET: APIRoute = async ({ site }) => {
  const ctx = siteContext(site);
  return jsonResponse({ people: (await getArchive()).people.map((p) => personJson(p, ctx)) });
};
