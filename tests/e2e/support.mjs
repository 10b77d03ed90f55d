// Page objects and helpers shared by the end-to-end tests.
import { chromium, expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES as TYPES } from '../../tools/content-types.mjs';

export const ENDPOINT = `http://127.0.0.1:${Number(process.env.SEEDFORM_E2E_PORT ?? 4173) + 1}`;

/** Every WCAG 2.x A/AA rule axe has, including WCAG 2.2 AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the page as it is now and fails with a readable list of violations. */
export async function expectNoAxeViolations(page, where) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
  // Guard against a run that analysed nothing (an empty page passes every rule vacuously).
  expect(results.passes.length, `axe checks that ran on ${where}`).toBeGreaterThan(5);
  return results.passes.length;
}

/** Moves focus with the Tab key only, until `locator` has it; fails if it cannot be reached. */
export async function tabTo(page, locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reachable with the keyboard: ${locator}`);
}

/** Activates a button with the keyboard (Tab to it, then Enter). */
export async function pressButton(page, name) {
  const button = page.getByRole('button', { name, exact: true });
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

/** Presses Continue (keyboard) and waits for the next step, or for the error summary. */
export async function next(page) {
  const before = await progressText(page);
  await pressButton(page, 'Continue');
  await expect(async () => {
    const now = await progressText(page);
    const errors = await page.locator('#error-summary').isVisible();
    expect(now !== before || errors).toBe(true);
  }).toPass();
  await settled(page);
}

/** Presses Back (keyboard) and waits for the previous step to take focus. */
export async function back(page) {
  const before = await progressText(page);
  await pressButton(page, 'Back');
  await expect.poll(() => progressText(page)).not.toBe(before);
  await settled(page);
}

/** The "Question 3 of 12" text, or null where there is none (start, check and confirmation pages). */
function progressText(page) {
  return page.evaluate(() => document.getElementById('progress-text')?.textContent ?? null);
}

/** Waits until the app has moved focus to the new heading (or the error summary). */
async function settled(page) {
  await expect(page.locator('#question-heading:focus, #error-summary:focus')).toHaveCount(1);
}

/** Types into the box labelled `label`, reaching it with Tab. */
export async function typeInto(page, label, text) {
  const box = page.getByLabel(label, { exact: true });
  await tabTo(page, box);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Chooses the radio option `option` in the group named `legend`, with Tab, arrows and Space. */
export async function chooseRadio(page, legend, option) {
  const group = page.getByRole('group', { name: legend });
  const radios = group.getByRole('radio');
  const target = group.getByRole('radio', { name: option });
  // Tab lands on the group's checked radio, or its first one; arrows move (and select) within it.
  for (let i = 0; i < 80; i++) {
    const inGroup = await radios.evaluateAll((els) => els.includes(document.activeElement));
    if (inGroup) break;
    await page.keyboard.press('Tab');
  }
  for (let i = 0; i < 12; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Space');
  await expect(target).toBeChecked();
}

/** Ticks the checkbox `option` (Tab, then Space). */
export async function tick(page, option) {
  const box = page.getByRole('checkbox', { name: option, exact: true });
  await tabTo(page, box);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}

/** Opens a configured form and presses "Start now" with the keyboard. */
export async function startForm(page, form, lang = 'en') {
  await page.goto(`/?form=${form}&lang=${lang}`);
  await expect(page.locator('#question-heading')).toBeVisible();
  await pressButton(page, 'Start now');
  await expect(page.getByText(/Question 1 of \d+/)).toBeVisible();
}

/** Answers the short feedback survey from its first question up to the check-answers page. */
export async function answerFeedbackSurvey(page) {
  await answerFeedbackSurveyQuestions(page);
  await next(page);
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
}

/** Answers every question of the feedback survey, up to its last one (Continue not pressed). */
export async function answerFeedbackSurveyQuestions(page) {
  await page.getByRole('radio', { name: /Very much/ }).check();
  await next(page);
  await next(page);
  await next(page);
  await page.getByRole('radio', { name: /Speaking/ }).check();
  await next(page);
  await page.getByRole('radio', { name: 'Yes' }).check();
  await next(page);
}

/** What the test endpoint has received. */
export async function received(request) {
  const response = await request.get(`${ENDPOINT}/submissions`);
  expect(response.ok()).toBeTruthy();
  return response.json();
}

/** The one received submission whose body carries `reference`, as the app sent it (waits for it:
 * the app sends from its outbox, just after showing the reference). */
export async function receivedWithReference(request, reference) {
  let matches = [];
  await expect
    .poll(async () => {
      matches = (await received(request)).filter((s) => JSON.stringify(s).includes(reference));
      return matches.length;
    }, { message: `submissions with reference ${reference}` })
    .toBe(1);
  return matches[0].received ?? matches[0];
}

/** Whether the page scrolls sideways. */
export async function scrollsHorizontally(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

const here = path.dirname(fileURLToPath(import.meta.url));
/** The release build the tests run against. */
export const DIST = path.resolve(here, '../../dist');
/**
 * The config.json the tests serve beside the build (no rebuild, as an organiser would edit it): this
 * run's copy (pointing at this run's endpoint, written by playwright.config.mjs), else the original.
 */
const runConfig = path.resolve(here, `../../target/e2e-config-${Number(process.env.SEEDFORM_E2E_PORT ?? 4173)}.json`);
export const TEST_CONFIG = existsSync(runConfig) ? runConfig : path.join(here, 'config.test.json');

/**
 * Waits until the app's service worker has stored the app and its forms for offline use (its
 * install, which stores everything, is over) and returns the version it runs.
 */
export async function offlineReady(page) {
  return page.evaluate(async () => {
    const timeout = (ms, what) => new Promise((_, reject) => setTimeout(() => reject(new Error(what)), ms));
    const registration = await Promise.race([navigator.serviceWorker.ready, timeout(30_000, 'no active service worker')]);
    const ask = new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data.version);
      registration.active.postMessage({ type: 'status' }, [channel.port2]);
    });
    return Promise.race([ask, timeout(10_000, 'the service worker did not answer')]);
  });
}

/** Every URL stored in the page's origin's caches, by cache name. */
export async function cachedUrls(page) {
  return page.evaluate(async () => {
    const all = {};
    for (const name of await caches.keys()) {
      all[name] = (await (await caches.open(name)).keys()).map((request) => request.url);
    }
    return all;
  });
}

/**
 * A throwaway static host for dist/ (with the test config.json) on a free port of 127.0.0.1: another
 * origin than the shared test server, so it gets its own service worker and caches, and it can be
 * stopped. `rewrite(path, bytes)` may change a file as it is served; `requests` lists what was asked.
 */
export async function serveApp({ rewrite } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    const rel = decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html';
    requests.push(`${req.method} /${rel}`);
    const file = rel === 'config.json' ? TEST_CONFIG : path.join(DIST, rel);
    if (file !== TEST_CONFIG && !file.startsWith(DIST + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      if (rewrite) body = rewrite(rel, body) ?? body;
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(rel)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    /** Stops serving: open connections are cut and new ones refused. */
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * A small seeded pseudo-random generator (mulberry32), so a randomised test can be replayed: the
 * seed comes from SEEDFORM_SEED when set, else from the clock. `rng()` is in [0, 1).
 */
export function seededRandom(seed = Number(process.env.SEEDFORM_SEED ?? Date.now() % 2_147_483_647)) {
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`SEEDFORM_SEED must be a whole number ≥ 0, not ${seed}`);
  let a = seed >>> 0;
  const rng = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  /** A whole number from `min` to `max`, both included. */
  rng.int = (min, max) => min + Math.floor(rng() * (max - min + 1));
  /** One of `items`. */
  rng.pick = (items) => items[Math.floor(rng() * items.length)];
  /** True with probability `p`. */
  rng.chance = (p) => rng() < p;
  rng.seed = seed;
  return rng;
}

/**
 * Every record of `store` in the page origin's IndexedDB database "seedform", as stored (the app
 * writes JSON text). Never creates the database: an origin without one gives [].
 */
export async function storedRecords(page, store) {
  return page.evaluate((store) => new Promise((resolve, reject) => {
    indexedDB.databases().then((dbs) => {
      if (!dbs.some((d) => d.name === 'seedform')) return resolve([]);
      const open = indexedDB.open('seedform');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains(store)) {
          db.close();
          return resolve([]);
        }
        const all = db.transaction(store).objectStore(store).getAll();
        all.onsuccess = () => {
          db.close();
          resolve(all.result);
        };
        all.onerror = () => reject(all.error);
      };
    }, reject);
  }), store);
}

/**
 * The parts of the app split off the wasm (tools/split-wasm.mjs, app/src/parts.rs) that the page
 * asks for, as it asks: each by its name without the content hash (`split_delivery`, `chunk_7`).
 * Parts for which `refuse(name)` is true are refused, as by a lost connection.
 */
export async function watchParts(page, refuse = null) {
  const PART = /\/((?:split|chunk)_\w+)-[0-9a-f]{16}\.wasm$/;
  const name = (url) => PART.exec(new URL(url).pathname)?.[1];
  const asked = [];
  page.on('request', (r) => {
    if (name(r.url())) asked.push(name(r.url()));
  });
  if (refuse) {
    await page.route(PART, (route) => (refuse(name(route.request().url())) ? route.abort('internetdisconnected') : route.continue()));
  }
  return asked;
}

/**
 * A full device, in the real browser: Chromium's quota for the app's origin drops to one byte
 * (DevTools `Storage.overrideQuotaForOrigin`), so every IndexedDB write fails with
 * QuotaExceededError. Chromium applies a quota to database connections opened after it: call this
 * before the app opens. Returns `roomAgain(onPage)`, which gives the room back to pages opened
 * after it (through `onPage`, a page still open in the same context).
 */
export async function fillTheDevice(page) {
  const origin = new URL(test.info().project.use.baseURL).origin;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  return async (onPage = page) => {
    const session = onPage === page ? cdp : await onPage.context().newCDPSession(onPage);
    await session.send('Storage.overrideQuotaForOrigin', { origin });
  };
}

/**
 * A browser whose profile is kept on disk, so that it can close and open again on the same
 * storage (as a tablet does): `open()` launches it with the project's options, `remove()` deletes
 * the profile.
 */
export function persistentProfile(testInfo) {
  const dir = mkdtempSync(path.join(tmpdir(), 'seedform-profile-'));
  const { baseURL, launchOptions } = testInfo.project.use;
  return {
    open: () => chromium.launchPersistentContext(dir, { ...launchOptions, baseURL }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A browser with the project's options and the back-forward cache on, as in everyday Chrome
 * (Playwright turns it off): `newPage(options)` opens a page on the project's base URL, `close()`
 * closes the browser.
 */
export async function withBackForwardCache(testInfo) {
  const { baseURL, launchOptions, locale } = testInfo.project.use;
  const browser = await chromium.launch({ ...launchOptions, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
  return {
    newPage: (options = {}) => browser.newPage({ baseURL, locale, ...options }),
    close: () => browser.close(),
  };
}
