// The app runs under a strict Content-Security-Policy (no inline script or style, connections only
// to itself and the configured endpoint, framing only by configured partners), served by the test
// endpoint from config.json as a funder's host would, and nothing in a whole application, with a
// recorded video, breaks it.
import { test, expect } from '@playwright/test';
import { ENDPOINT, receivedWithReference } from './support.mjs';
import { applicationWithVideo, apply } from './seed-fund.mjs';

test('a whole application with a recorded video reports no policy violation', async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const violations = [];
  await page.exposeBinding('reportViolation', (_, v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.reportViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  const consoleErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) consoleErrors.push(m.text());
  });

  const response = await page.goto('/?form=seed-fund&lang=en');
  const policy = response.headers()['content-security-policy'];
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
  expect(policy).toContain("style-src 'self';");
  expect(policy).toContain(`connect-src 'self' ${ENDPOINT};`);
  expect(policy).toMatch(/frame-ancestors 'self' http:\/\/127\.0\.0\.1:\d+$/);
  expect(policy).not.toContain('unsafe-inline');
  // Trunk's loader is a file, not an inline script.
  expect(await page.locator('script:not([src])').count()).toBe(0);

  const reference = await apply(page, '/?form=seed-fund&lang=en', applicationWithVideo);
  const stored = await receivedWithReference(request, reference);
  expect(stored.answers.pitch_by_video).toBe(true);
  // The confirmation page, then the start page again (drafts list, outbox).
  await page.goto(`${new URL(baseURL).origin}/?form=seed-fund&lang=ar`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(violations).toEqual([]);
  expect(consoleErrors).toEqual([]);

  // The listener works: an inline script is refused and reported.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true;';
    document.body.append(script);
  });
  await expect.poll(() => violations.length).toBe(1);
  expect(violations[0]).toMatch(/^script-src/);
  expect(await page.evaluate(() => window.inlineRan)).toBeUndefined();
});
