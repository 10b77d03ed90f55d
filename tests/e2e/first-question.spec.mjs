// The foundation's first end-to-end checks: the served app loads a form definition at run time
// and shows its first question, and a form that cannot be loaded says so plainly.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { expectNoAxeViolations } from './support.mjs';

test('the seed-fund form opens and shows its first question by its label', async ({ page }) => {
  await page.goto('/?form=seed-fund&lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Seed');
  await page.getByRole('button', { name: 'Start now' }).click();
  const first = page.getByLabel('What is your group called?');
  await expect(first).toBeVisible();
  // Focus moves to the new question's heading so a screen reader announces it.
  await expect(page.locator('#question-heading')).toBeFocused();
  await expect(page.getByText(/Question 1 of \d+/)).toBeVisible();
});

test('a definition that cannot be fetched shows a plain sentence and the details, not a blank page', async ({ page }) => {
  await page.goto('/?form=broken');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sorry, this form cannot be opened right now.');
  await expect(page.getByText('forms/does-not-exist.json could not be fetched')).toBeVisible();
});

test('a link cannot name a form that config.json does not list', async ({ page }) => {
  await page.goto('/?form=https://evil.example/form.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sorry, this form cannot be opened right now.');
  await expect(page.getByText('which config.json does not list')).toBeVisible();
});

test.describe('the first downloads', () => {
  // The page's own requests are watched; a service worker would answer some of them itself.
  test.use({ serviceWorkers: 'block', locale: 'ar' });

  test('config.json, the form and its messages download while the app does, each once, and the wait says so in Arabic', async ({ page }) => {
    // The app is held back, as a slow connection would: whatever the page asks for before it is
    // released was asked for by public/early.js, not by the app once it had started.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    let released = null;
    await page.route(/_bg\.wasm$/, async (route) => {
      const response = await route.fetch();
      await held;
      released = Date.now();
      await route.fulfill({ response });
    });
    const requests = [];
    page.on('request', (r) => requests.push({ path: new URL(r.url()).pathname, at: Date.now() }));

    await page.goto('/?form=seed-fund', { waitUntil: 'commit' });
    // Before the app runs, the page says it is loading, in the applicant's language.
    const waiting = page.getByRole('status');
    await expect(waiting).toHaveText('جارٍ تحميل الاستمارة…');
    await expect(waiting).toHaveAttribute('lang', 'ar');
    release();

    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('#boot')).toBeHidden();
    for (const path of ['/config.json', '/forms/seed-fund.json', '/locales/ar.ftl']) {
      const made = requests.filter((r) => r.path === path);
      expect(made.length, `requests for ${path}`).toBe(1);
      expect(made[0].at, `${path} asked for before the app had downloaded`).toBeLessThan(released);
    }
  });

  test('when the app itself cannot be downloaded, the page says so in Arabic and can try again', async ({ page }) => {
    const wasm = /_bg\.wasm$/;
    await page.route(wasm, (route) => route.abort('internetdisconnected'));
    await page.goto('/?form=seed-fund', { waitUntil: 'commit' });
    const failed = page.getByRole('alert');
    await expect(failed).toBeVisible();
    await expect(page.locator('#boot')).toBeHidden();
    // In the applicant's language, from the app's own messages (app/locales/ar.ftl).
    const arabic = fs.readFileSync(new URL('../../app/locales/ar.ftl', import.meta.url), 'utf8');
    const message = (key) => new RegExp(`^${key} = (.+)$`, 'm').exec(arabic)[1];
    await expect(failed).toContainText(message('cannot-open'));
    const again = failed.getByRole('button', { name: message('try-again') });
    await expect(again).toHaveAttribute('lang', 'ar');
    await expectNoAxeViolations(page, 'the page when the app cannot be downloaded');

    // The connection is back: trying again opens the form.
    await page.unroute(wasm);
    await again.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a link naming another form starts that form, not the first one', async ({ page }) => {
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/?form=feedback-survey&lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(requests.filter((p) => p.startsWith('/forms/') && p.endsWith('.json'))).toEqual(['/forms/feedback-survey.json']);
    // ?lang=en wins over the browser's Arabic, so no Arabic messages are fetched.
    expect(requests.filter((p) => p.startsWith('/locales/'))).toEqual([]);
  });
});
