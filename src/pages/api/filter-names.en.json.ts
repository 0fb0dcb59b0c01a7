/** /api/filter-names.en.json: English names of the search filters' values (src/lib/search/filter-names.ts). */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../site/json-response.ts';
import { getArchive } from '../../site/archive.ts';
import { filterNames } from '../../lib/search/filter-names.ts';

export const GET: APIRoute = async () => jsonResponse(filterNames(await getArchive()));
