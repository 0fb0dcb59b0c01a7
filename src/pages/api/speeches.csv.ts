/** /api/speeches.csv: one row per speech, for spreadsheets. */
import type { APIRoute } from 'astro';
import { siteContext } from '../../components/site-context.ts';
import { getArchive } from '../../lib/archive/load.ts';
import { speechesCsv } from '../../lib/formats/csv.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(speechesCsv((await getArchive()).speeches, siteContext(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
