/** /api/archive.json: every published record, versioned, valid against /api/schema.json. */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../components/json-response.ts';
import { siteContext } from '../../components/site-context.ts';
import { getArchive } from '../../lib/archive/load.ts';
import { archiveExport } from '../../lib/formats/data.ts';
import { DATA_TERMS } from '../../lib/formats/terms.ts';

export const GET: APIRoute = async ({ site }) => jsonResponse(archiveExport(await getArchive(), siteContext(site), DATA_TERMS));
