/** /api/filter-names.en.json: English names of the search filters' values (src/lib/search/filter-names.ts). */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../components/json-response.ts';
import { getArchive } from '../../lib/archive/load.ts';
import { filterNames } from '../../lib/search/filter-names.ts';

export const GET: APIRoute = async () => jsonResponse(filterNames(await getArchive()));
