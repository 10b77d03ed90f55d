// The Content-Type of each file the app ships, by extension: one table for the test server
// (tests/e2e/support.mjs) and the benchmark's server (tools/bench/server.mjs), so both serve the
// app as a host would. The local endpoint (tests/endpoint) serves with tower-http's own table.
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.ftl': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ogg': 'audio/ogg',
};
