/** Responses of the data endpoints (src/pages/api, per-entity `.json` routes). */
export const jsonResponse = (data: unknown) =>
  new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
