// Headless Chromium for the benchmark (Debian's, never a downloaded one), through the project's one
// Playwright, with the page-side helpers every measurement uses.
import { chromium } from '@playwright/test';
import { throttling } from 'lighthouse/core/config/constants.js';

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// The same arguments as the end-to-end tests (tests/e2e/playwright.config.mjs).
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Chromium's fake camera and microphone (a moving test picture and a beep), allowed without asking. */
const MEDIA_ARGS = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

/** Lighthouse's default mobile profile ("Slow 4G", 4× CPU), as DevTools applies it to a real page. */
export const MOBILE = throttling.mobileSlow4G;
/** The viewport of Lighthouse's emulated phone (Moto G Power). */
export const PHONE = { width: 412, height: 823 };

/** A browser for fresh contexts (each with an empty cache and storage). */
export function launch() {
  return chromium.launch({ executablePath: CHROME, args: ARGS });
}

/**
 * A browser with its own profile in `dir`, kept on disk between launches (for offline start), its
 * storage on disk as on a phone; `media: true` gives it the fake camera and microphone.
 */
export function launchProfile(dir, { media = false, ...options } = {}) {
  const args = media ? [...ARGS, ...MEDIA_ARGS] : ARGS;
  return chromium.launchPersistentContext(dir, { executablePath: CHROME, args, ...options });
}

/**
 * Slows `page` down to Lighthouse's mobile profile: the CPU always, the network unless
 * `network: false` (for a page that must not touch the network at all).
 */
export async function throttle(page, { network = true } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuSlowdownMultiplier });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: MOBILE.requestLatencyMs,
      downloadThroughput: (MOBILE.downloadThroughputKbps * 1024) / 8,
      uploadThroughput: (MOBILE.uploadThroughputKbps * 1024) / 8,
    });
  }
}

/**
 * Runs in every page before its own scripts (context.addInitScript). `window.__bench` records:
 * - `firstInput`: performance.now() of the first real (trusted) input event, i.e. when typing
 *   into a box first worked;
 * - `shown`: performance.now() once `watch` (a CSS selector) first matched and the frame after it
 *   was painted;
 * - `wasm`: the app's wasm exports, which Trunk's loader announces (to read the wasm memory);
 * and offers `time(act, done)`: the milliseconds from calling `act()` until `done()` holds and the
 * next frame is painted.
 */
export function pageHelpers({ watch }) {
  const bench = { firstInput: null, shown: null, wasm: null };
  window.__bench = bench;
  // Resolves after the next frame has been painted (a task queued from rAF runs after paint).
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  addEventListener('input', (e) => {
    if (e.isTrusted && bench.firstInput === null) bench.firstInput = performance.now();
  }, true);
  addEventListener('TrunkApplicationStarted', (e) => {
    bench.wasm = e.detail.wasm;
  });
  if (watch) {
    const seen = new MutationObserver(() => {
      if (!document.querySelector(watch)) return;
      seen.disconnect();
      painted().then(() => {
        bench.shown = performance.now();
      });
    });
    seen.observe(document, { subtree: true, childList: true });
  }
  bench.time = (act, done) =>
    new Promise((resolve, reject) => {
      const t0 = performance.now();
      let over = false;
      const check = () => {
        if (over || !done()) return;
        over = true;
        observer.disconnect();
        clearTimeout(timer);
        painted().then(() => resolve(performance.now() - t0));
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      const timer = setTimeout(() => {
        over = true;
        observer.disconnect();
        reject(new Error('the page did not change within 60 s'));
      }, 60_000);
      Promise.resolve(act()).then(check, reject);
    });
}

/** The median of `values` (numbers). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The `p`th percentile of `values` (nearest rank). */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}
