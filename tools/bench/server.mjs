// The benchmark's static file server: one small Node server for all three variants, so every
// variant's transfer sizes come from the same gzip (level 9, as a host's pre-compressed files would
// be) and the same headers. Each variant gets its own port, so Seedform's service worker has its
// own origin root and nothing is shared between variants (caches, IndexedDB, HTTP cache).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES as TYPES } from '../content-types.mjs';

/** Types a host would compress; images and audio are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.webmanifest', '.ftl', '.svg']);

/**
 * Serves `root` on 127.0.0.1 (a free port), with `mounts` mapping a URL path prefix to another
 * folder or a single file (e.g. `{ '/vendor/survey-core/': 'node_modules/survey-core/' }`).
 * Returns `{ origin, sent(), close() }`; `sent()` is the body bytes served so far.
 */
export async function serveStatic(root, mounts = {}) {
  // Compressed bodies, by file and modification time: compressing a 1 MB wasm at level 9 takes
  // long enough to distort the first timed load otherwise.
  const gzipped = new Map();
  // Body bytes sent, all requests together (the page's and its service worker's alike).
  let sent = 0;
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    const file = resolve(root, mounts, decodeURIComponent(pathname));
    if (!file) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      const ext = path.extname(file);
      let body = await readFile(file);
      const headers = {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        // Revalidate every time, as the app's own deployment advice does (no stale app shell).
        'Cache-Control': 'no-cache',
      };
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file} ${info.mtimeMs}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
        body = gzipped.get(key);
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      if (req.method !== 'HEAD') sent += body.length;
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    sent: () => sent,
    async close() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}

/** The file a URL path names, or null when it would leave the served folders. */
function resolve(root, mounts, pathname) {
  for (const [prefix, target] of Object.entries(mounts)) {
    if (pathname === prefix) return target;
    if (prefix.endsWith('/') && pathname.startsWith(prefix)) return inside(target, pathname.slice(prefix.length));
  }
  return inside(root, pathname.replace(/^\/+/, ''));
}

/** `rel` within `folder` (a folder's index.html for a folder), or null outside it. */
function inside(folder, rel) {
  const file = path.resolve(folder, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
  return file.startsWith(path.resolve(folder) + path.sep) ? file : null;
}
