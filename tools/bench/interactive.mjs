// Time from navigation to the first question being interactive: its box is visible and enabled, and
// focusing it and typing puts the letter in it. The figure is the page's own clock
// (performance.now(), milliseconds since navigation start) at the first real input event, so the
// benchmark's own round trips to the browser are not counted. Where a start page comes first
// (Seedform, SurveyJS), its Start button is pressed as soon as it can be.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { launchProfile, median, pageHelpers, PHONE, throttle } from './browser.mjs';
import { FIRST_QUESTION } from './variants.mjs';

const TIMEOUT = 120_000;

/** Opens `variant`'s form in `page` and types into its first question; returns what the page measured. */
async function openAndType(page, variant) {
  await page.goto(variant.url, { waitUntil: 'commit', timeout: TIMEOUT });
  if (variant.start) await page.getByRole('button', { name: variant.start, exact: true }).click({ timeout: TIMEOUT });
  // Not exact: SurveyJS adds "*" to a required question's name.
  const box = page.getByLabel(FIRST_QUESTION);
  await box.waitFor({ state: 'visible', timeout: TIMEOUT });
  // A letter typed before the box is enabled, or just before the app moves focus to the new
  // question's heading (for screen readers), goes nowhere: then the box is not interactive yet.
  for (let attempt = 0; attempt < 50; attempt++) {
    await box.focus();
    await page.keyboard.type('A');
    if ((await box.inputValue()).includes('A')) {
      return page.evaluate(() => {
        const at = window.__bench.firstInput;
        const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
        // Bytes over the network (compressed, with headers) of everything loaded by then.
        const bytes = entries.filter((e) => e.responseEnd <= at).reduce((sum, e) => sum + e.transferSize, 0);
        return { ms: at, bytes };
      });
    }
  }
  throw new Error('typing into the first question never worked');
}

/**
 * Online, with Lighthouse's mobile throttling, in a fresh context (empty cache and storage) per
 * run. Returns `{ ms, bytes }`, the medians of `runs`.
 */
export async function interactiveOnline(browser, variant, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: PHONE, locale: 'en-GB' });
    try {
      await context.addInitScript(pageHelpers, {});
      const page = await context.newPage();
      await throttle(page);
      results.push(await openAndType(page, variant));
    } finally {
      await context.close();
    }
  }
  return { ms: median(results.map((r) => r.ms)), bytes: median(results.map((r) => r.bytes)) };
}

/**
 * Offline cold start: a new browser on a profile that has visited the form once with a connection
 * (and waited until the service worker had stored the app), now with no connection at all and a
 * mobile CPU. Returns the medians of `runs`, each on a new profile: `ms`, and `visitBytes`, what the
 * server sent for that first visit (the page's requests and the service worker's, gzip bodies).
 */
export async function interactiveOffline(variant, runs) {
  const times = [];
  const visits = [];
  for (let i = 0; i < runs; i++) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'seedform-bench-'));
    try {
      const first = await launchProfile(dir, { viewport: PHONE, locale: 'en-GB' });
      try {
        const page = first.pages()[0] ?? (await first.newPage());
        const before = variant.sent();
        await page.goto(variant.url, { waitUntil: 'load', timeout: TIMEOUT });
        await storedForOffline(page);
        visits.push(variant.sent() - before);
      } finally {
        await first.close();
      }
      const again = await launchProfile(dir, { viewport: PHONE, locale: 'en-GB', offline: true });
      try {
        await again.addInitScript(pageHelpers, {});
        const page = again.pages()[0] ?? (await again.newPage());
        await throttle(page, { network: false });
        times.push((await openAndType(page, variant)).ms);
      } finally {
        await again.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return { ms: median(times), visitBytes: median(visits) };
}

/** Waits until the page's service worker is active, i.e. its install (which stores the app) is over. */
function storedForOffline(page) {
  return page.evaluate(async () => {
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('no active service worker after 60 s')), 60_000));
    await Promise.race([navigator.serviceWorker.ready, timeout]);
  });
}
