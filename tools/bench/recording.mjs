// A long video answer: the seed-fund form's video question recorded for its whole limit (3 minutes)
// with Chromium's fake camera and microphone, on a browser profile kept on disk as a phone keeps
// it. The app stores each one-second chunk in IndexedDB as it arrives (app/src/platform/recorder.rs),
// so the page's memory should stay flat however long the recording; this measures whether it does:
// - the JS heap after a forced garbage collection (CDP HeapProfiler.collectGarbage, then
//   Runtime.getHeapUsage), and the wasm memory, before recording and after stopping;
// - the JS heap every 10 s while recording, as it is (no forced collection): its peak;
// - IndexedDB before and after: the browser's own estimate of the origin's IndexedDB usage
//   (navigator.storage.estimate()), and the bytes of the recorded chunks stored in the app's
//   "media" store, read back by the page;
// - the recording as the app keeps it in the draft: its bytes and length.
// The app stops by itself at the question's limit; a shorter run presses Stop.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { expect } from '@playwright/test';

import { applicationWithVideo, fillStep } from '../../tests/e2e/seed-fund.mjs';
import { launchProfile, pageHelpers } from './browser.mjs';

/** How often the heap is read while recording. */
export const SAMPLE_EVERY_MS = 10_000;

/**
 * Records the video question for `seconds` in a new browser profile. Returns `{ before, after,
 * peakHeap, samples, recordedBytes, recordedSeconds }`; `before` and `after` are `{ jsHeap,
 * wasmMemory, idbEstimate, idbMedia }` in bytes.
 */
export async function recording(variant, seconds) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'seedform-bench-'));
  const browser = await launchProfile(dir, {
    media: true,
    permissions: ['camera', 'microphone'],
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    // Only the application's own storage is measured, not the app shell a service worker stores.
    serviceWorkers: 'block',
  });
  try {
    await browser.addInitScript(pageHelpers, {});
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(variant.url);
    await page.locator('.button--start').click();
    for (const step of applicationWithVideo.slice(0, applicationWithVideo.findIndex((s) => 'pitch_video' in s))) {
      await fillStep(page, step);
    }
    await expect(page.getByRole('heading', { name: 'Film a video about your idea' })).toBeFocused();
    const cdp = await browser.newCDPSession(page);

    const before = await measure(page, cdp);
    await page.getByRole('button', { name: 'Start recording' }).click();
    await expect(page.getByText(/^0:0\d of \d+:\d\d$/)).toBeVisible();
    const started = Date.now();
    const samples = [];
    for (let left = seconds * 1000; left > 0; left = seconds * 1000 - (Date.now() - started)) {
      await page.waitForTimeout(Math.min(SAMPLE_EVERY_MS, left));
      samples.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
      process.stderr.write(`  ${Math.round((Date.now() - started) / 1000)} s: JS heap ${(samples.at(-1) / 1e6).toFixed(1)} MB\n`);
    }
    // At the limit the app has stopped by itself (or is about to); before it, press Stop.
    const stop = page.getByRole('button', { name: 'Stop' });
    if (await stop.isVisible()) await stop.click({ timeout: 2000 }).catch(() => {});
    await expect(page.locator('video.media__player')).toBeVisible({ timeout: 60_000 });
    // The last chunk is stored after the recorder stops: wait until the draft counts every stored byte.
    let answer;
    await expect
      .poll(async () => {
        answer = await page.evaluate(recordedAnswer);
        return answer && answer.bytes === (await page.evaluate(mediaBytes));
      }, { timeout: 30_000, message: 'the draft names every recorded chunk' })
      .toBe(true);
    const after = await measure(page, cdp);
    return {
      before,
      after,
      peakHeap: Math.max(before.jsHeap, ...samples),
      samples,
      recordedBytes: answer.bytes,
      recordedSeconds: answer.duration_ms / 1000,
    };
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The page's memory (after a garbage collection) and storage now. */
async function measure(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasmMemory = await page.evaluate(() => window.__bench.wasm?.memory?.buffer.byteLength ?? 0);
  const estimate = await page.evaluate(() => navigator.storage.estimate());
  return {
    jsHeap: usedSize,
    wasmMemory,
    // Chromium says what IndexedDB takes of the origin's usage; elsewhere only the total.
    idbEstimate: estimate.usageDetails?.indexedDB ?? estimate.usage,
    idbMedia: await page.evaluate(mediaBytes),
  };
}

/** In the page: the bytes of every chunk in the app's "media" store (app/src/platform/storage.rs). */
async function mediaBytes() {
  const request = (r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  // Never create the database: the app opened it before showing the first question.
  if (!(await indexedDB.databases()).some((d) => d.name === 'seedform')) throw new Error('the app has no database');
  const db = await request(indexedDB.open('seedform'));
  try {
    const chunks = await request(db.transaction('media', 'readonly').objectStore('media').getAll());
    // A Blob; an ArrayBuffer or typed array when sealed by a PIN.
    return chunks.reduce((sum, c) => sum + (c.size ?? c.byteLength ?? 0), 0);
  } finally {
    db.close();
  }
}

/** In the page: the recorded answer (`{ bytes, duration_ms, … }`) in the stored draft, if any. */
async function recordedAnswer() {
  const request = (r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const db = await request(indexedDB.open('seedform'));
  try {
    const drafts = await request(db.transaction('drafts', 'readonly').objectStore('drafts').getAll());
    const find = (v) => {
      if (!v || typeof v !== 'object') return null;
      if (typeof v.bytes === 'number' && 'duration_ms' in v && String(v.mime).startsWith('video/')) return v;
      for (const inner of Object.values(v)) {
        const found = find(inner);
        if (found) return found;
      }
      return null;
    };
    for (const d of drafts) {
      const found = typeof d === 'string' ? find(JSON.parse(d)) : null;
      if (found) return found;
    }
    return null;
  } finally {
    db.close();
  }
}
