/** /api/archive.json: every published record, versioned, valid against /api/schema.json. */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../site/json-response.ts';
import { siteContext } from '../../site/context.ts';
import { getArchive } from '../../site/archive.ts';
import { archiveExport } from '../../lib/formats/data.ts';
import { DATA_TERMS } from '../../lib/formats/terms.ts';

export const GET: APIRoute = async ({ site }) =>
  jsonResponse(archiveExport(await getArchive(), siteContext(site), DATA_TERMS));
