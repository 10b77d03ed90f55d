// Upload throughput: the app's resumable upload (tus 1.0, in 1 MiB chunks) of a file against a
// plain `fetch` of the same bytes to the same server, the test endpoint (tests/endpoint) on
// 127.0.0.1, with no throttling: this measures what the app's way of sending costs, not a network.
// - The app: the seed-fund application with the file chosen for its video question, in a
//   deployment whose config.json gives the json endpoint `uploads`. Timed on the page's clock from
//   pressing "Send my application" to the response to the last PATCH (Resource Timing), so it
//   includes storing the application in the outbox and reading the file back from IndexedDB; the
//   endpoint's /_stats must then say the upload holds every byte, each received once. Also timed
//   alone: from the tus POST to the last PATCH's response.
// - Plain fetch: in the same page, the same bytes (fetched from the app's host first, untimed, so
//   they are in memory), sent as a tus POST and ONE PATCH carrying the whole file.
// Runs alternate between the two, in one browser profile kept on disk.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { expect } from '@playwright/test';

import { fillWithChosenVideo } from '../../tests/e2e/seed-fund.mjs';
import { launchProfile, median } from './browser.mjs';
import { serveStatic } from './server.mjs';
import { copyDist } from './variants.mjs';

/** The file's name in the app and on the app's host. */
const FILE = 'pitch.webm';

/**
 * Starts the test endpoint (`binary`) on a free port of 127.0.0.1, storing into `data` (emptied
 * first). Returns `{ origin, close() }`.
 */
export async function startEndpoint(binary, data) {
  await rm(data, { recursive: true, force: true });
  const child = spawn(binary, ['--port', '0', '--data', data], { stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = await new Promise((resolve, reject) => {
    let out = '';
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`${path.basename(binary)} exited (${code}) before listening`)));
    child.stdout.on('data', (data) => {
      out += data;
      const found = out.match(/endpoint: (http:\/\/127\.0\.0\.1:\d+)\/submissions/);
      if (found) resolve(found[1]);
    });
  });
  child.stdout.resume();
  return {
    origin,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGINT');
        await exited;
      }
      await rm(data, { recursive: true, force: true });
    },
  };
}

/**
 * `runs` uploads of `bytes` random bytes each way, through `endpoint` (from `startEndpoint`), with
 * the release build in `dist` served from a copy in `out/uploads`. Returns the medians `{ app,
 * appTransfer, plain }` in MB/s (1 MB = 10⁶ bytes), `ratio` (app ÷ plain) and `patches`.
 */
export async function uploads({ dist, out, endpoint }, runs, bytes) {
  const dir = await copyDist(dist, path.join(out, 'uploads'));
  const config = {
    forms: [{ id: 'seed-fund', definition: 'forms/seed-fund.json' }],
    endpoint: { url: `${endpoint.origin}/submissions`, kind: 'json', uploads: `${endpoint.origin}/files/` },
  };
  await writeFile(path.join(dir, 'config.json'), JSON.stringify(config, null, 2));
  const file = path.join(dir, FILE);
  await writeFile(file, randomBytes(bytes));
  const host = await serveStatic(dir);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'seedform-bench-'));
  // No service worker: it would fetch config.json and the app itself, beside the timed requests.
  const browser = await launchProfile(profile, { viewport: { width: 1280, height: 800 }, locale: 'en-GB', serviceWorkers: 'block' });
  const mbps = (ms) => bytes / 1e6 / (ms / 1000);
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    const app = [];
    const plain = [];
    for (let i = 0; i < runs; i++) {
      app.push(await viaApp(page, host.origin, endpoint.origin, file, bytes));
      plain.push(await viaFetch(page, host.origin, endpoint.origin, bytes));
      process.stderr.write(
        `  run ${i + 1}: app ${mbps(app.at(-1).ms).toFixed(1)} MB/s (tus alone ${mbps(app.at(-1).transferMs).toFixed(1)}), ` +
          `plain fetch ${mbps(plain.at(-1)).toFixed(1)} MB/s\n`,
      );
    }
    const result = {
      app: median(app.map((r) => mbps(r.ms))),
      appTransfer: median(app.map((r) => mbps(r.transferMs))),
      plain: median(plain.map(mbps)),
      patches: median(app.map((r) => r.patches)),
    };
    return { ...result, ratio: result.app / result.plain };
  } finally {
    await browser.close();
    await host.close();
    await rm(profile, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  }
}

/** The endpoint's counters for each upload, by id. */
async function uploadStats(endpoint) {
  return (await (await fetch(`${endpoint}/_stats`)).json()).uploads;
}

/**
 * Fills the seed-fund application with `file` as the video, sends it, and times the upload.
 * Returns `{ ms, transferMs, patches }`.
 */
async function viaApp(page, origin, endpoint, file, bytes) {
  await fillWithChosenVideo(page, `${origin}/?form=seed-fund&lang=en`, file);
  const known = new Set(Object.keys(await uploadStats(endpoint)));
  await page.evaluate(() => {
    performance.clearResourceTimings();
    performance.setResourceTimingBufferSize(100_000);
    window.__sendPressed = performance.now();
    document.querySelector('main > button.button').click();
  });
  await expect(page.locator('h1')).toHaveText('Application sent', { timeout: 300_000 });
  const fresh = Object.entries(await uploadStats(endpoint)).filter(([id]) => !known.has(id));
  if (fresh.length !== 1) throw new Error(`the app made ${fresh.length} uploads, not 1`);
  const [, upload] = fresh[0];
  if (upload.length !== bytes || upload.offset !== bytes || upload.received !== bytes) {
    throw new Error(`the upload is not the file, each byte once: ${JSON.stringify(upload)}`);
  }
  const timed = await page.evaluate((files) => {
    const entries = performance.getEntriesByType('resource').filter((e) => e.name.startsWith(files));
    const created = entries.find((e) => e.name === files);
    // Every other request to /files/ is to the upload itself: its PATCHes (and a HEAD, had a
    // connection been cut); the last to end is the last PATCH.
    const chunks = entries.filter((e) => e.name !== files);
    if (!created || chunks.length === 0) throw new Error('no tus requests in Resource Timing');
    const end = Math.max(...chunks.map((e) => e.responseEnd));
    return { ms: end - window.__sendPressed, transferMs: end - created.startTime };
  }, `${endpoint}/files/`);
  return { ...timed, patches: upload.patches };
}

/** In the page: the same bytes as a tus POST and one PATCH with `fetch`; the milliseconds taken. */
async function viaFetch(page, origin, endpoint, bytes) {
  const result = await page.evaluate(
    async ({ url, files }) => {
      const body = await (await fetch(url, { cache: 'no-store' })).blob();
      const t0 = performance.now();
      const created = await fetch(files, {
        method: 'POST',
        headers: { 'Tus-Resumable': '1.0.0', 'Upload-Length': String(body.size) },
      });
      const location = new URL(created.headers.get('Location'), files).href;
      const patched = await fetch(location, {
        method: 'PATCH',
        headers: { 'Tus-Resumable': '1.0.0', 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' },
        body,
      });
      return { ms: performance.now() - t0, status: patched.status, offset: Number(patched.headers.get('Upload-Offset')), size: body.size };
    },
    { url: `${origin}/${FILE}`, files: `${endpoint}/files/` },
  );
  if (result.status !== 204 || result.offset !== bytes || result.size !== bytes) {
    throw new Error(`the plain upload did not store the file: ${JSON.stringify(result)}`);
  }
  return result.ms;
}
