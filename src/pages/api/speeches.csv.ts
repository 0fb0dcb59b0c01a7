/** /api/speeches.csv: one row per speech, for spreadsheets. */
import type { APIRoute } from 'astro';
import { siteContext } from '../../site/context.ts';
import { getArchive } from '../../site/archive.ts';
import { speechesCsv } from '../../lib/formats/csv.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(speechesCsv((await getArchive()).speeches, siteContext(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
