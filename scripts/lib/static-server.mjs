// A tiny static file server on 127.0.0.1 for smoke tests of built output, with optional
// response headers (for instance a strict Content-Security-Policy).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.wasm': 'application/wasm',
};

/**
 * Serves `root` (and `mounts`: URL prefix → folder) on a free port of 127.0.0.1.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root, { headers = {}, mounts = {} } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let base = resolve(root);
    let rest = path;
    for (const [prefix, folder] of Object.entries(mounts)) {
      if (path.startsWith(prefix)) {
        base = resolve(folder);
        rest = path.slice(prefix.length - 1);
      }
    }
    let file = normalize(join(base, rest));
    if (!file.startsWith(base)) return void response.writeHead(403).end();
    let size;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      size = (await stat(file)).size;
    } catch {
      return void response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    }
    const head = { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...headers };
    // Byte ranges, as PMTiles readers ask for them.
    const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
    if (range && size > 0) {
      const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      if (start > end || start >= size) {
        return void response.writeHead(416, { 'content-range': `bytes */${size}` }).end();
      }
      response.writeHead(206, {
        ...head,
        'accept-ranges': 'bytes',
        'content-range': `bytes ${start}-${end}/${size}`,
        'content-length': end - start + 1,
      });
      return void createReadStream(file, { start, end }).pipe(response);
    }
    response.writeHead(200, { ...head, 'accept-ranges': 'bytes', 'content-length': size });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
