/**
 * /api/organizations.json: every organization with its roles at conferences and
 * the people who spoke while holding a post there (one file for all, as
 * /api/people.json).
 */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../site/json-response.ts';
import { siteContext } from '../../site/context.ts';
import { getArchive } from '../../site/archive.ts';
import { organizationJson } from '../../lib/formats/data.ts';

export const GET: APIRoute = async ({ site }) => {
  const ctx = siteContext(site);
  return jsonResponse({ organizations: (await getArchive()).organizations.map((o) => organizationJson(o, ctx)) });
};
