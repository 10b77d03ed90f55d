// Resumable uploads (tus): with `uploads` in config.json, a 50 MB file chosen for the seed-fund
// pitch video goes ahead of the application in chunks, over a connection the endpoint cuts after
// every 5 MB, and arrives whole; the applicant sees a progress bar and can pause; a reload in the
// middle carries on from the bytes the server has, not from byte 0.
import { test, expect } from '@playwright/test';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENDPOINT, expectNoAxeViolations, received } from './support.mjs';
import { applicationWithVideo, fillStep, fillWithChosenVideo } from './seed-fund.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// The app's service worker would fetch config.json itself, out of page.route's reach.
test.use({ serviceWorkers: 'block' });
test.describe.configure({ timeout: 240_000 });

const MB = 1_000_000;
/** The app's chunk size (forms::tus::DEFAULT_CHUNK_BYTES). */
const CHUNK = 1024 * 1024;

/** Serves config.json with applications going to the endpoint as json, files by tus first. */
async function configureUploads(page) {
  await page.route('**/config.json', async (route) => {
    const response = await route.fetch();
    const config = await response.json();
    config.endpoint = { url: `${ENDPOINT}/submissions`, kind: 'json', uploads: `${ENDPOINT}/files/` };
    for (const form of config.forms) delete form.endpoint;
    await route.fulfill({ response, json: config });
  });
}

/** `size` bytes with no pattern a wrong offset could hide in, and their SHA-256. */
function randomFile(size) {
  const buffer = crypto.randomBytes(size);
  return { buffer, sha256: crypto.createHash('sha256').update(buffer).digest('hex') };
}

/**
 * Records every state the upload's progress bar shows (value, max, the texts beside it), however
 * briefly: the chunks of a fast connection come and go between two polls of a test.
 */
async function watchProgress(page) {
  await page.addInitScript(() => {
    window.uploadSeen = [];
    const note = () => {
      const bar = document.getElementById('upload-progress');
      if (!bar) return;
      const state = {
        value: Number(bar.getAttribute('value')),
        max: Number(bar.getAttribute('max')),
        label: document.getElementById('upload-label')?.textContent ?? '',
        detail: document.getElementById('upload-detail')?.textContent ?? '',
      };
      const last = window.uploadSeen.at(-1);
      if (!last || JSON.stringify(last) !== JSON.stringify(state)) window.uploadSeen.push(state);
    };
    new MutationObserver(note).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/**
 * Every tus request the page makes, with the headers that say where it resumes, and which page
 * load made it (`load`: counted up each time a new document takes over the tab).
 */
function recordTus(page) {
  const log = [];
  let load = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) load += 1;
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(`${ENDPOINT}/files`) || r.method() === 'OPTIONS') return;
    log.push({ method: r.method(), url: r.url(), offset: r.headers()['upload-offset'], load });
  });
  return log;
}

/** Fills the seed-fund application with `file` as the pitch video, and sends it; its reference. */
async function applyWithFile(page, file) {
  await fillWithChosenVideo(page, '/?form=seed-fund&lang=en', file);
  await page.locator('main > button.button').click();
  await expect(page.locator('#reference')).toBeVisible();
  return (await page.locator('#reference').textContent()).trim();
}

/** The stored submission with `reference` once it has arrived (there must be exactly one). */
async function storedOnce(request, reference) {
  let matches = [];
  await expect
    .poll(async () => {
      matches = (await received(request)).filter((s) => s.reference === reference);
      return matches.length;
    }, { timeout: 180_000, message: `submissions with reference ${reference}` })
    .toBe(1);
  return matches[0];
}

/** The endpoint's counters for the upload at `url`. */
async function uploadStats(request, url) {
  const stats = await (await request.get(`${ENDPOINT}/_stats`)).json();
  return stats.uploads[url.split('/').pop()];
}

/** The ids of the uploads the endpoint knows now. */
async function uploadIds(request) {
  return Object.keys((await (await request.get(`${ENDPOINT}/_stats`)).json()).uploads);
}

test.afterEach(async ({ request }) => {
  await request.delete(`${ENDPOINT}/_faults`);
});

test('a 50 MB file arrives whole over a connection cut after every 5 MB, re-sending at most a chunk per cut', async ({ page, request }) => {
  const size = 50 * MB;
  const every = 5 * MB;
  const { buffer, sha256 } = randomFile(size);
  await configureUploads(page);
  await watchProgress(page);
  const tus = recordTus(page);
  const posts = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url() === `${ENDPOINT}/submissions`) posts.push(r.headers()['content-type']);
  });
  expect((await request.post(`${ENDPOINT}/_faults`, { data: { cut_every_bytes: every } })).ok()).toBe(true);

  const reference = await applyWithFile(page, { name: 'pitch.webm', mimeType: 'video/webm', buffer });
  const stored = await storedOnce(request, reference);

  // The file, byte for byte, taken from the upload the answer names.
  expect(stored.files).toHaveLength(1);
  const [file] = stored.files;
  expect(file.size).toBe(size);
  expect(file.sha256).toBe(sha256);
  expect(file.field).toBe('pitch_video');
  expect(file.content_type).toBe('video/webm');
  expect(file.upload).toMatch(new RegExp(`^${ENDPOINT}/files/[0-9a-f]+$`));
  expect(stored.received.answers.pitch_video).toMatchObject({ name: 'pitch.webm', bytes: size, upload: file.upload });
  // The application itself went as JSON alone, once the file was up.
  expect(posts).toEqual(['application/json']);

  const counters = await uploadStats(request, file.upload);
  const patches = tus.filter((r) => r.method === 'PATCH');
  const heads = tus.filter((r) => r.method === 'HEAD').length;
  // What the app put into PATCH bodies (each a chunk from its Upload-Offset), and what of it the
  // server read before each cut.
  const sent = patches.reduce((sum, r) => sum + Math.min(CHUNK, size - Number(r.offset)), 0);
  const percent = (n) => `${((n * 100) / size).toFixed(2)} %`;
  console.log(
    `tus in the browser: a ${size} byte file over a connection cut every ${every} bytes (${counters.cuts} cuts): ` +
      `the app sent ${sent} bytes in ${patches.length} PATCHes of at most ${CHUNK} ` +
      `(${sent - size} again, ${percent(sent - size)}), the server read ${counters.received} ` +
      `(${counters.received - size} again, ${percent(counters.received - size)}); ${heads} HEADs to resume`,
  );
  expect(counters.cuts).toBe(size / every);
  expect(counters.offset).toBe(size);
  expect(sent - size, 'at most one chunk re-sent per cut').toBeLessThanOrEqual(counters.cuts * CHUNK);
  expect(counters.received - size, 'at most one chunk re-read per cut').toBeLessThanOrEqual(counters.cuts * CHUNK);
  expect(sent - size, 'cuts mid-chunk cost something, or this test proves nothing').toBeGreaterThan(0);
  expect(heads, 'each cut is followed by asking the server').toBeGreaterThanOrEqual(counters.cuts);
  expect(tus.filter((r) => r.method === 'POST'), 'one upload, never started again').toHaveLength(1);
  for (const patch of patches) expect(patch.url).toBe(file.upload);

  // The progress bar was there, moving forward only, with the percentage and megabytes.
  const seen = await page.evaluate(() => window.uploadSeen);
  expect(seen.length, 'states of the progress bar seen').toBeGreaterThan(3);
  expect(seen.every((s) => s.max === size)).toBe(true);
  expect(seen.some((s) => s.value > 0 && s.value < size), 'a state part of the way').toBe(true);
  for (let i = 1; i < seen.length; i++) expect(seen[i].value).toBeGreaterThanOrEqual(seen[i - 1].value);
  const middle = seen.find((s) => s.value > 0 && s.value < size);
  expect(middle.label).toBe(`Sending… ${Math.floor((middle.value * 100) / size)} %`);
  expect(middle.detail).toMatch(/^\d+(\.\d)? MB of 50 MB/);
  // Delivered: the bar is gone and the page says so.
  await expect(page.locator('h1')).toHaveText('Application sent');
  await expect(page.locator('#upload-progress')).toHaveCount(0);
});

test('a reload in the middle of an upload carries on from the bytes the server has', async ({ page, request }) => {
  const size = 40 * MB;
  const { buffer, sha256 } = randomFile(size);
  await configureUploads(page);
  const tus = recordTus(page);
  // A slower line (about 8 MB/s), so there is a middle to reload in.
  const cdp = await page.context().newCDPSession(page);
  const throttle = () =>
    cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 8 * MB });
  await cdp.send('Network.enable');
  await throttle();
  const before = new Set(await uploadIds(request));

  const reference = await applyWithFile(page, { name: 'pitch.webm', mimeType: 'video/webm', buffer });
  let id;
  await expect
    .poll(async () => {
      id ??= (await uploadIds(request)).find((i) => !before.has(i));
      return id ? (await uploadStats(request, id)).offset : 0;
    }, { message: 'the upload is under way' })
    .toBeGreaterThan(10 * MB);
  // What the server had acknowledged when the page went away (the chunk on its way may add to it).
  const acknowledged = (await uploadStats(request, id)).offset;
  const loadBefore = tus.at(-1).load;
  const heads = [];
  page.on('response', (r) => {
    if (r.request().method() === 'HEAD' && r.url().startsWith(`${ENDPOINT}/files/`)) heads.push(Number(r.headers()['upload-offset']));
  });
  await page.reload();
  await throttle();

  // Sent from the outbox after the reload (the start page shows; the application is waiting).
  const stored = await storedOnce(request, reference);
  expect(stored.files[0].sha256).toBe(sha256);
  expect(stored.files[0].size).toBe(size);
  expect(stored.files[0].upload.split('/').pop()).toBe(id);

  // What the reloaded page sent (a chunk the old page started just before is not among them).
  const after = tus.filter((r) => r.load > loadBefore);
  expect(after.filter((r) => r.method === 'POST'), 'the same upload, not a new one').toHaveLength(0);
  expect(after[0].method, 'first, ask the server where it stands').toBe('HEAD');
  expect(after[0].url).toBe(stored.files[0].upload);
  const firstPatch = after.find((r) => r.method === 'PATCH');
  expect(Number(firstPatch.offset), 'from where the server said it stood').toBe(heads[0]);
  expect(heads[0], 'not from byte 0').toBeGreaterThanOrEqual(acknowledged);
  expect(heads[0]).toBeLessThan(size);
  const counters = await uploadStats(request, id);
  console.log(
    `reload with ${acknowledged} of ${size} bytes acknowledged: the reloaded page asked (HEAD: ${heads[0]}) ` +
      `and went on from ${firstPatch.offset}; the server read ${counters.received} bytes in all ` +
      `(${counters.received - size} again)`,
  );
  expect(counters.received - size, 'at most the chunk on its way was sent again').toBeLessThanOrEqual(CHUNK);
});

test('the applicant can pause an upload and resume it', async ({ page, request }) => {
  const size = 30 * MB;
  const { buffer, sha256 } = randomFile(size);
  await configureUploads(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 5 * MB });
  const before = new Set(await uploadIds(request));
  const reference = await applyWithFile(page, { name: 'pitch.webm', mimeType: 'video/webm', buffer });

  const bar = page.getByRole('progressbar', { name: /^Sending… \d+ %$/ });
  await expect(bar).toBeVisible();
  await expect(page.locator('#upload-detail')).toContainText(/ MB of 30 MB/);
  await expect(page.locator('#upload-detail')).toContainText(/(About \d+ minutes? left|Less than a minute left)$/);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(page.locator('#upload-detail')).toContainText('Paused. Press Resume to carry on.');
  await expectNoAxeViolations(page, 'the confirmation page with an upload paused');
  const id = (await uploadIds(request)).find((i) => !before.has(i));
  // Paused: once the chunk that was on its way has stopped, nothing more arrives.
  await page.waitForTimeout(500);
  const paused = (await uploadStats(request, id)).received;
  await page.waitForTimeout(1500);
  expect((await uploadStats(request, id)).received, 'nothing sent while paused').toBe(paused);
  expect(paused).toBeLessThan(size);

  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const stored = await storedOnce(request, reference);
  expect(stored.files[0].sha256).toBe(sha256);
  await expect(page.locator('h1')).toHaveText('Application sent');
});

test('a recorded video goes by resumable upload too, and arrives as the WebM it is', async ({ page, request }) => {
  await configureUploads(page);
  const tus = recordTus(page);
  const posts = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url() === `${ENDPOINT}/submissions`) posts.push(r.headers()['content-type']);
  });
  await page.goto('/?form=seed-fund&lang=en');
  await page.locator('.button--start').click();
  // The pitch video is recorded with Chromium's fake camera (fillStep presses Start and Stop).
  for (const step of applicationWithVideo) await fillStep(page, step);
  await expect(page.locator('h1')).toHaveText('Check your answers');
  await page.locator('main > button.button').click();
  const reference = (await page.locator('#reference').textContent()).trim();
  const stored = await storedOnce(request, reference);

  expect(stored.files).toHaveLength(1);
  const [file] = stored.files;
  expect(file.field).toBe('pitch_video');
  expect(file.content_type).toMatch(/^video\/webm/);
  expect(file.size).toBeGreaterThan(10_000);
  expect(file.upload).toMatch(new RegExp(`^${ENDPOINT}/files/[0-9a-f]+$`));
  expect(stored.received.answers.pitch_video).toMatchObject({ bytes: file.size, upload: file.upload });
  expect(posts, 'the application went as JSON alone, after the upload').toEqual(['application/json']);
  expect(tus.filter((r) => r.method === 'POST')).toHaveLength(1);
  expect(tus.filter((r) => r.method === 'PATCH').length).toBeGreaterThan(0);
  // The bytes the server holds for the upload are a real WebM (Matroska EBML header).
  const port = Number(process.env.SEEDFORM_E2E_PORT ?? 4173);
  const uploaded = path.resolve(here, `../../target/e2e-received-${port}/uploads/${file.upload.split('/').pop()}`);
  const bytes = fs.readFileSync(uploaded);
  expect(bytes.length).toBe(file.size);
  expect(bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3');
  expect((await uploadStats(request, file.upload)).offset).toBe(file.size);
});
