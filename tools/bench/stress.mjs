// The stress form (stress-form.mjs: 500 questions, 20 languages, many conditions) in Seedform and
// in SurveyJS, on this machine's own CPU and the loopback network (no throttling: this times the
// renderer, not the connection). Every time is the page's own clock (performance.now()):
// - open: from the definition's last byte arriving (Resource Timing) to the start screen painted:
//   parsing and checking the definition, and the first render;
// - first page: from pressing Start to the first page of questions painted (14 of its 20 are
//   shown when nothing is answered yet);
// - next page: from pressing Continue/Next to the second page painted;
// - language switch: from choosing Arabic to the second page painted in Arabic (right to left),
//   including fetching the interface's words in Arabic;
// - memory, after a garbage collection: the JS heap, and the wasm memory (Seedform's engine and
//   interface live there, outside the JS heap).
import { median, pageHelpers } from './browser.mjs';

/** How each renderer is driven; the in-page functions run in the browser. */
const DRIVERS = {
  seedform: {
    definition: '/forms/stress.json',
    startScreen: 'button.button--start',
    start: () =>
      window.__bench.time(
        () => document.querySelector('button.button--start').click(),
        () => document.getElementById('question-heading')?.textContent.trim() === 'Section 1',
      ),
    next: () =>
      window.__bench.time(
        () => document.querySelector('form.step > button[type=submit]').click(),
        () => document.getElementById('question-heading')?.textContent.trim() === 'Section 2',
      ),
    arabic: () =>
      window.__bench.time(
        () => {
          const select = document.getElementById('language');
          select.value = 'ar';
          select.dispatchEvent(new Event('change', { bubbles: true }));
        },
        () => document.getElementById('question-heading')?.textContent.trim() === 'قسم 2',
      ),
  },
  surveyjs: {
    definition: '/stress.json',
    startScreen: '.sd-navigation__start-btn',
    start: () =>
      window.__bench.time(
        () => document.querySelector('.sd-navigation__start-btn').click(),
        () => document.querySelector('.sd-page__title')?.textContent.trim() === 'Section 1',
      ),
    next: () =>
      window.__bench.time(
        () => document.querySelector('.sd-navigation__next-btn').click(),
        () => document.querySelector('.sd-page__title')?.textContent.trim() === 'Section 2',
      ),
    arabic: () =>
      window.__bench.time(
        () => window.setSurveyLanguage('ar'),
        () => document.querySelector('.sd-page__title')?.textContent.trim() === 'قسم 2',
      ),
  },
};

/** Medians over `runs` fresh contexts of `{ open, firstPage, nextPage, language, jsHeap, wasmMemory }`. */
export async function stress(browser, key, variant, runs) {
  const driver = DRIVERS[key];
  const results = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    try {
      await context.addInitScript(pageHelpers, { watch: driver.startScreen });
      const page = await context.newPage();
      await page.goto(variant.stressUrl, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__bench.shown !== null, null, { timeout: 120_000 });
      const open = await page.evaluate((definition) => {
        const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === definition);
        return window.__bench.shown - entry.responseEnd;
      }, driver.definition);
      const firstPage = await page.evaluate(driver.start);
      const nextPage = await page.evaluate(driver.next);
      const language = await page.evaluate(driver.arabic);
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const wasmMemory = await page.evaluate(() => window.__bench.wasm?.memory?.buffer.byteLength ?? 0);
      results.push({ open, firstPage, nextPage, language, jsHeap: usedSize, wasmMemory });
    } finally {
      await context.close();
    }
  }
  return Object.fromEntries(Object.keys(results[0]).map((k) => [k, median(results.map((r) => r[k]))]));
}
