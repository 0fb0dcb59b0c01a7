/** /api/schema.json: the JSON Schema of archive.json, generated from the entity Zod schemas. */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../site/json-response.ts';
import { siteContext } from '../../site/context.ts';
import { absoluteUrl, dataPaths } from '../../lib/formats/context.ts';
import { archiveJsonSchema } from '../../lib/formats/records.ts';

export const GET: APIRoute = ({ site }) =>
  jsonResponse(archiveJsonSchema(absoluteUrl(dataPaths.schema(), siteContext(site))));
