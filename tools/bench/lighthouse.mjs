// Lighthouse with its defaults (mobile: a Moto G Power screen, simulated "Slow 4G" and 4× CPU),
// in Debian's Chromium launched by chrome-launcher. Several runs per page; the figures are those of
// the median run as Lighthouse itself picks it (by First Contentful Paint and Time to Interactive).
import { createRequire } from 'node:module';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

import { CHROME } from './browser.mjs';

const require = createRequire(import.meta.url);
/** The Lighthouse version that runs. */
export const LIGHTHOUSE_VERSION = require('lighthouse/package.json').version;

/** Starts one Chromium for every Lighthouse run; `close()` ends it. */
export async function startLighthouse() {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    /** `{ performance, accessibility, lcp, tbt, bytes }` of the median of `runs` runs on `url`. */
    async audit(url, runs) {
      const lhrs = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        });
        if (result.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message);
        lhrs.push(result.lhr);
      }
      const lhr = computeMedianRun(lhrs);
      return {
        performance: lhr.categories.performance.score * 100,
        accessibility: lhr.categories.accessibility.score * 100,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        bytes: lhr.audits['total-byte-weight'].numericValue,
      };
    },
    close: () => chrome.kill(),
  };
}
