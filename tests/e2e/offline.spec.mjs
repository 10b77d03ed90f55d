// Installable, and works with no connection after one visit: the service worker (public/sw.js)
// precaches the app shell, config.json, every configured form and the pictures and prompts they use,
// from a list made at build time (tools/precache.mjs). Offline is tested two independent ways:
// Playwright's setOffline (which also cuts the worker's own fetches), and a server that really stops.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { localReferences } from '../../tools/html-refs.mjs';
import {
  DIST, ENDPOINT, cachedUrls, chooseRadio, fillTheDevice, next, offlineReady, pressButton, receivedWithReference, serveApp, tick,
  typeInto,
} from './support.mjs';

const ROOT = path.resolve(DIST, '..');
const built = () => JSON.parse(readFileSync(path.join(DIST, 'precache-manifest.json'), 'utf8'));
const FORMS = ['seed-fund', 'integration-award', 'feedback-survey'];

/** Opens a form at `origin` (the shared test server when empty) and presses "Start now". */
async function start(page, form, origin = '') {
  await page.goto(`${origin}/?form=${form}&lang=en`);
  await expect(page.locator('#question-heading')).toBeVisible();
  await pressButton(page, 'Start now');
  await expect(page.getByText(/Question 1 of \d+/)).toBeVisible();
}

/** Answers a sample form's first question and moves on, checking its pictures or recorded prompt. */
async function fillFirstQuestion(page, form) {
  if (form === 'seed-fund') {
    await typeInto(page, 'What is your group called?', 'Pamoja Music');
    await expect(page.getByLabel('What is your group called?')).toHaveValue('Pamoja Music');
    await next(page);
    await expect(page.getByText(/Question 2 of \d+/)).toBeVisible();
  } else if (form === 'integration-award') {
    // The choice pictures are drawn (from the cache: nothing else can answer).
    const pictures = page.locator('main img');
    await expect(pictures).toHaveCount(3);
    for (const picture of await pictures.all()) {
      await expect.poll(() => picture.evaluate((img) => (img.complete ? img.naturalWidth : 0))).toBeGreaterThan(0);
    }
    await chooseRadio(page, 'Which award are you nominating for?', 'Tech & Innovation');
    await next(page);
    await expect(page.getByLabel('Who are you nominating?', { exact: true })).toBeVisible();
  } else {
    // The recorded prompt plays.
    const audio = page.locator('audio');
    await expect(audio).toHaveAttribute('src', 'forms/media/prompts/en/enjoy.ogg');
    const played = audio.evaluate((a) => new Promise((resolve, reject) => {
      a.addEventListener('playing', () => resolve({ src: a.currentSrc, duration: a.duration }), { once: true });
      a.addEventListener('error', () => reject(new Error(`audio error ${a.error && a.error.code}`)), { once: true });
    }));
    await page.getByRole('button', { name: 'Listen' }).click();
    const { src, duration } = await played;
    expect(src).toContain('/forms/media/prompts/en/enjoy.ogg');
    expect(duration).toBeGreaterThan(0);
    await chooseRadio(page, "How much did you enjoy today's session?", '5 – Very much');
    await next(page);
    await expect(page.getByRole('group', { name: 'Did you feel welcome?' })).toBeVisible();
  }
}

/** Whether the page is served by a service worker. */
const controlled = (page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

/** The version of the page's controlling (or waiting) service worker. */
function workerVersion(page, which = 'controller') {
  return page.evaluate(async (which) => {
    const registration = await navigator.serviceWorker.getRegistration();
    const worker = which === 'controller' ? navigator.serviceWorker.controller : registration && registration[which];
    if (!worker) return null;
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data.version);
      worker.postMessage({ type: 'status' }, [channel.port2]);
    });
  }, which);
}

test('after one visit, the app and every sample form open and can be filled with the network off', async ({ context, page }) => {
  await page.goto('/?form=seed-fund&lang=en');
  await expect(page.locator('#question-heading')).toBeVisible();
  expect(await offlineReady(page)).toBe(built().version);
  await expect(page.getByText(/cannot keep this form for use without internet/)).toHaveCount(0);

  await context.setOffline(true);
  await page.close();
  const offline = await context.newPage();
  for (const form of FORMS) {
    await start(offline, form);
    expect(await controlled(offline), 'served by the service worker').toBe(true);
    await fillFirstQuestion(offline, form);
  }
  // Really offline: the endpoint, which the worker never touches, cannot be reached.
  expect(await offline.evaluate(() => navigator.onLine)).toBe(false);
  const reached = await offline.evaluate((url) => fetch(url).then(() => 'reached', () => 'unreachable'), `${ENDPOINT}/submissions`);
  expect(reached).toBe('unreachable');
});

test('on a full device, the page says the form cannot be kept for use without internet', async ({ page }) => {
  await fillTheDevice(page);
  await page.goto('/?form=seed-fund&lang=en');
  // The service worker's first install cannot store the app (QuotaExceededError in Cache Storage).
  await expect(page.getByRole('status').filter({ hasText: 'This device cannot keep this form for use without internet.' }))
    .toHaveText('This device cannot keep this form for use without internet. The device may be full. The form works while you are online.');
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.active))).toBe(false);
  // The form itself works.
  await pressButton(page, 'Start now');
  await expect(page.getByText(/Question 1 of \d+/)).toBeVisible();
});

test('after one visit, the app opens from the service worker when its server has stopped', async ({ context }) => {
  const server = await serveApp();
  try {
    const first = await context.newPage();
    await first.goto(`${server.origin}/?form=feedback-survey&lang=en`);
    await expect(first.locator('#question-heading')).toBeVisible();
    expect(await offlineReady(first)).toBe(built().version);
    await first.close();
  } finally {
    await server.close();
  }
  // Nothing answers at that address any more.
  await expect(fetch(`${server.origin}/index.html`)).rejects.toThrow();
  const served = server.requests.length;

  const page = await context.newPage();
  for (const form of FORMS) {
    await start(page, form, server.origin);
    expect(await controlled(page), 'served by the service worker').toBe(true);
    await fillFirstQuestion(page, form);
  }
  expect(server.requests.length, 'requests that reached the stopped server').toBe(served);
});

test('the service worker stores only the app\'s own files: no other site, no endpoint, no answers', async ({ context, page, request }) => {
  await page.goto('/?form=integration-award&lang=en');
  await offlineReady(page);
  await page.close();
  // A page opened after the first visit is served by the worker: every request it makes passes by it.
  const app = await context.newPage();
  await start(app, 'integration-award');
  expect(await controlled(app)).toBe(true);
  const nominee = `Sentinel nominee ${Date.now()}`;
  const email = `sentinel-${Date.now()}@example.org`;
  await chooseRadio(app, 'Which award are you nominating for?', 'Grassroots');
  await pressButton(app, 'Continue');
  await typeInto(app, 'Who are you nominating?', nominee);
  await pressButton(app, 'Continue');
  await typeInto(app, 'Why does this project deserve the award?',
    'They run a weekly supper club where new arrivals and neighbours cook together.');
  await typeInto(app, 'About how many people has the project reached?', '12');
  await pressButton(app, 'Continue');
  await typeInto(app, 'What is your name?', 'Dawit Tesfaye');
  await typeInto(app, 'What is your email address?', email);
  await pressButton(app, 'Continue');
  await tick(app, 'Yes, I agree');
  await pressButton(app, 'Continue');
  await expect(app.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await pressButton(app, 'Send my application');
  await expect(app.getByRole('heading', { name: 'Application sent' })).toBeVisible();
  const reference = (await app.locator('#reference').textContent()).trim();
  const got = await receivedWithReference(request, reference);
  expect(got.answers.nominee_name).toBe(nominee);

  const origin = new URL(app.url()).origin;
  const caches = await cachedUrls(app);
  const names = Object.keys(caches);
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name, 'a cache of this app').toMatch(/^seedform \/ (shell|data) [0-9a-f]{16}$/);
  const urls = Object.values(caches).flat();
  const allowed = new Set(built().files.map((f) => `${origin}/${f.path}`));
  for (const url of urls) {
    expect(new URL(url).origin, `${url} is on the app's own site`).toBe(origin);
    expect(url.startsWith(ENDPOINT), `${url} is not the endpoint`).toBe(false);
    // Only the build's files, config.json and the configured forms' files: nothing else was stored.
    expect(allowed.has(url), `${url} is in the precache list`).toBe(true);
  }
  // No stored response contains anything the applicant typed, or the submission's reference.
  const leaks = await app.evaluate(async (secrets) => {
    const found = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const stored of await cache.keys()) {
        if (stored.method !== 'GET') found.push(`${stored.method} ${stored.url}`);
        const text = await (await cache.match(stored)).text();
        for (const secret of secrets) if (text.includes(secret)) found.push(`${secret} in ${stored.url}`);
      }
    }
    return found;
  }, [nominee, email, reference]);
  expect(leaks).toEqual([]);
});

test('a new version waits while a form is open, says so, and takes over only when the app asks', async ({ context }) => {
  const { version } = built();
  const nextVersion = `${version}-next`;
  let deployed = version;
  // A second deployment: the same files, a sw.js with another version (as a rebuild makes).
  const server = await serveApp({
    rewrite: (rel, body) =>
      rel === 'sw.js' ? Buffer.from(body.toString('utf8').replace(`"version":"${version}"`, `"version":"${deployed}"`)) : body,
  });
  try {
    const first = await context.newPage();
    await first.goto(`${server.origin}/?form=seed-fund&lang=en`);
    expect(await offlineReady(first)).toBe(version);
    await first.close();

    const page = await context.newPage();
    await start(page, 'seed-fund', server.origin);
    await typeInto(page, 'What is your group called?', 'Pamoja Music');
    const announced = page.evaluate(() => new Promise((resolve) => {
      window.addEventListener('seedform:new-version', (event) => resolve(event.detail), { once: true });
    }));
    deployed = nextVersion;
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await announced;

    // Mid-application nothing changes: same page, same answer, the old version still in charge.
    await expect(page.getByLabel('What is your group called?')).toHaveValue('Pamoja Music');
    expect(await workerVersion(page, 'controller')).toBe(version);
    expect(await workerVersion(page, 'waiting')).toBe(nextVersion);
    const during = Object.keys(await cachedUrls(page));
    expect(during.some((n) => n.endsWith(` ${version}`)) && during.some((n) => n.endsWith(` ${nextVersion}`))).toBe(true);

    // When the app says it is safe (e.g. on the start screen), the new version takes over.
    await Promise.all([
      page.waitForEvent('load'),
      page.evaluate(() => window.dispatchEvent(new CustomEvent('seedform:use-new-version'))),
    ]);
    await expect(page.locator('#question-heading')).toBeVisible();
    expect(await workerVersion(page, 'controller')).toBe(nextVersion);
    const after = Object.keys(await cachedUrls(page));
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((n) => n.endsWith(` ${nextVersion}`)), `old caches are gone: ${after}`).toBe(true);
  } finally {
    await server.close();
  }
});

test('the app is installable: a manifest with 192, 512 and maskable icons, and Chromium finds no problem', async ({ context, page }) => {
  await page.goto('/?form=seed-fund&lang=en');
  await offlineReady(page);
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#1d5fa8');
  const cdp = await context.newCDPSession(page);
  const { errors, data } = await cdp.send('Page.getAppManifest');
  expect(errors).toEqual([]);
  const manifest = JSON.parse(data);
  expect(manifest).toMatchObject({ name: 'Seedform', short_name: 'Seedform', start_url: '.', display: 'standalone' });
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts are like private windows, where nothing installs; anything else is ours.
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
  // Every icon (and the apple-touch-icon) is a real image of the size it claims.
  const icons = [...manifest.icons, { src: 'icons/apple-touch-icon.png', sizes: '180x180' }];
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const size of ['192x192', '512x512']) expect(manifest.icons.some((i) => i.sizes === size)).toBe(true);
  for (const icon of icons.filter((i) => i.sizes !== 'any')) {
    const got = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return `${img.naturalWidth}x${img.naturalHeight}`;
    }, icon.src);
    expect(got, icon.src).toBe(icon.sizes);
  }
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', 'icons/apple-touch-icon.png');
});

test('the build lists the hashed app files and every file the sample forms reference for precaching', async () => {
  const manifest = built();
  const listed = new Set(manifest.files.map((f) => f.path));
  const top = readdirSync(DIST);
  const wasm = top.filter((f) => /^seedform-app-[0-9a-f]+_bg\.wasm$/.test(f));
  const js = top.filter((f) => /^(seedform-app|register-sw)-[0-9a-f]+\.js$/.test(f));
  const css = top.filter((f) => /^style-[0-9a-f]+\.css$/.test(f));
  expect(wasm).toHaveLength(1);
  expect(js).toHaveLength(2);
  expect(css).toHaveLength(1);
  for (const f of [...wasm, ...js, ...css, 'index.html', 'config.json', 'manifest.webmanifest']) {
    expect(listed.has(f), `${f} is precached`).toBe(true);
  }
  // Everything index.html loads, and every icon the manifest names.
  const loaded = localReferences(readFileSync(path.join(DIST, 'index.html'), 'utf8'));
  expect(loaded.length).toBeGreaterThan(5);
  const webmanifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.webmanifest'), 'utf8'));
  for (const f of [...loaded, ...webmanifest.icons.map((i) => i.src)]) expect(listed.has(f), `${f} is precached`).toBe(true);

  // Each configured definition and each file it mentions ("media/…"), found here by plain text search.
  const config = JSON.parse(readFileSync(path.join(DIST, 'config.json'), 'utf8'));
  expect(config.forms.map((f) => f.id)).toEqual(FORMS);
  let referenced = 0;
  for (const { definition } of config.forms) {
    expect(listed.has(definition), `${definition} is precached`).toBe(true);
    const text = readFileSync(path.join(DIST, definition), 'utf8');
    for (const [, ref] of text.matchAll(/"(media\/[^"]+)"/g)) {
      referenced += 1;
      expect(listed.has(path.posix.join(path.posix.dirname(definition), ref)), `${ref} (${definition}) is precached`).toBe(true);
    }
  }
  expect(referenced).toBeGreaterThanOrEqual(13);
  const media = readdirSync(path.join(DIST, 'forms/media'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(DIST, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'));
  for (const f of media) expect(listed.has(f), `${f} is precached`).toBe(true);

  // The worker carries the same list and version; the sizes and hashes describe the files in dist/.
  const sw = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  expect(sw).toContain(`const BUILD = ${JSON.stringify({ version: manifest.version, files: [...listed] })};`);
  for (const f of manifest.files) expect(readFileSync(path.join(DIST, f.path)).length, f.path).toBe(f.bytes);
  expect(listed.has('sw.js')).toBe(false);

  // The version is a hash of the content: the same files give the same version, any change a new one.
  const copy = mkdtempSync(path.join(tmpdir(), 'seedform-precache-'));
  try {
    cpSync(DIST, copy, { recursive: true });
    const rerun = () => {
      copyFileSync(path.join(ROOT, 'public/sw.js'), path.join(copy, 'sw.js'));
      execFileSync('node', [path.join(ROOT, 'tools/precache.mjs'), copy], { stdio: 'pipe' });
      return JSON.parse(readFileSync(path.join(copy, 'precache-manifest.json'), 'utf8')).version;
    };
    expect(rerun(), 'dist/ was built from these sources').toBe(manifest.version);
    appendFileSync(path.join(copy, 'forms/media/award-tech.svg'), '\n');
    const changed = rerun();
    expect(changed).toMatch(/^[0-9a-f]{16}$/);
    expect(changed).not.toBe(manifest.version);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
