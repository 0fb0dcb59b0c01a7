/** A static file server for built sites, serving `dir` under `base` as a static host would. */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
};

export interface Served {
  origin: string;
  /** Absolute URL of a site path (without base): `url('/people/')`. */
  url(p: string): string;
  /** Every request path served, for privacy and weight checks. */
  requests: string[];
  close(): Promise<void>;
}

export async function serve(dir: string, base = '/'): Promise<Served> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(pathname);
    const send = (status: number, file: string) => {
      // As docs/deploy.md asks of hosts: files named by their content are kept by browsers for good.
      const immutable = /\/(_astro\/|_yilu\/[^/]*\.[0-9a-f]{10}\.js$|_yilu\/chunk\.)/.test(file);
      res.writeHead(status, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        ...(immutable ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {}),
      });
      fs.createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = path.join(dir, '404.html');
      if (fs.existsSync(page)) return send(404, page);
      res.writeHead(404).end('not found');
    };
    if (!pathname.startsWith(base)) return notFound();
    let file = path.join(dir, pathname.slice(base.length));
    if (!file.startsWith(dir)) return notFound();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return notFound();
    send(200, file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p) => origin + base + p.replace(/^\//, ''),
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
