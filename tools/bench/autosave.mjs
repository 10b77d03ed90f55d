// Autosave latency: from an input event in the seed-fund form's first question to the draft holding
// that text being committed in IndexedDB, as a separate read-only connection sees it. The
// application has no PIN (a draft sealed by one cannot be read back here to check it). Each input is
// one `fill` (one input event with a new, unique text); the page then reads the app's drafts
// (database "seedform", store "drafts": each draft is its JSON text, app/src/platform/storage.rs)
// over and over, from before the input until the text is there. Both times are the page's own
// clock; a read takes about a millisecond and reads follow each other at once, so the figure is late
// by at most one read.
import { median, percentile } from './browser.mjs';
import { FIRST_QUESTION } from './variants.mjs';

/** `{ median, p95 }` in milliseconds over `inputs` inputs, in one fresh context (no throttling). */
export async function autosave(browser, variant, inputs) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  try {
    const page = await context.newPage();
    await page.goto(variant.url);
    await page.getByRole('button', { name: variant.start, exact: true }).click();
    const box = page.getByLabel(FIRST_QUESTION);
    // Each input's time, by the text it put in the box.
    await page.evaluate(() => {
      window.__inputs = new Map();
      document.addEventListener('input', (e) => window.__inputs.set(e.target.value, performance.now()), true);
    });
    const latencies = [];
    for (let i = 0; i < inputs; i++) {
      const text = `autosave benchmark ${i} ${Date.now()}`;
      await page.evaluate(watchFor, text);
      await box.fill(text);
      latencies.push(await page.evaluate(() => window.__committed));
    }
    return { median: median(latencies), p95: percentile(latencies, 95) };
  } finally {
    await context.close();
  }
}

/**
 * In the page: opens the app's database and starts reading the drafts until one holds `text`;
 * resolves once reading has begun. `window.__committed` becomes the milliseconds from the input
 * event that typed `text` to the read that found it.
 */
async function watchFor(text) {
  const request = (r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  // Never create the database (that would give the app an empty one without its stores): the app
  // opened it before showing the first question.
  if (!(await indexedDB.databases()).some((d) => d.name === 'seedform')) throw new Error('the app has no database');
  const db = await request(indexedDB.open('seedform'));
  const needle = JSON.stringify(text);
  const stored = async () => {
    const drafts = await request(db.transaction('drafts', 'readonly').objectStore('drafts').getAll());
    return drafts.some((d) => typeof d === 'string' && d.includes(needle));
  };
  if (await stored()) {
    db.close();
    throw new Error('the text was stored before it was typed');
  }
  window.__committed = (async () => {
    try {
      for (const started = performance.now(); performance.now() - started < 10_000;) {
        if (await stored()) {
          const typedAt = window.__inputs.get(text);
          if (typedAt === undefined) throw new Error('the draft holds a text no input event typed');
          return performance.now() - typedAt;
        }
      }
      throw new Error('no stored draft held the typed text within 10 s');
    } finally {
      db.close();
    }
  })();
}
