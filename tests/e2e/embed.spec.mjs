// Embedding on a partner's website: a host page on another origin (another port of 127.0.0.1)
// embeds the seed-fund form with public/embed.js; the form is filled and sent inside the frame; the
// host hears started / page-changed / submitted (with the reference, never an answer); the frame is
// as tall as its content at 360 px and 1280 px; axe-core finds nothing on the host page; messages
// from anyone but the app's own frame are ignored, and the app tells nothing to a page config.json
// does not allow. The host origin (app port + 10) is the one tests/e2e/config.test.json allows.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { AXE_TAGS, receivedWithReference } from './support.mjs';

const APP_PORT = Number(process.env.SEEDFORM_E2E_PORT ?? 4173);
const APP = `http://127.0.0.1:${APP_PORT}`;
const HOST_PORT = APP_PORT + 10;
const HOST = `http://127.0.0.1:${HOST_PORT}`;

/** A partner's page: real content around the snippet, and a log of what reaches it. */
function page(title, body) {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body { margin: 0; font-family: sans-serif; } main { max-width: 48rem; margin: 0 auto; padding: 1rem; }</style>
<script>
  // Everything the page hears: DOM events from the embed script, and every raw message.
  window.events = [];
  window.messages = [];
  for (const type of ['seedform:started', 'seedform:page-changed', 'seedform:submitted']) {
    document.addEventListener(type, (e) => window.events.push({ type, on: e.target.id || e.target.getAttribute('data-seedform'), detail: e.detail }));
  }
  window.addEventListener('message', (e) => window.messages.push({ origin: e.origin, data: e.data }));
</script>
</head><body><main>
<h1>Riverside Community Centre</h1>
<p>We help local groups apply for the Seed Fund. Fill in the form below; a volunteer can help on Tuesdays.</p>
${body}
<footer><p>Riverside Community Centre, 1 High Street.</p></footer>
</main></body></html>`;
}

const PAGES = {
  '/script.html': page('Apply for the Seed Fund',
    `<script src="${APP}/embed.js" data-form="seed-fund" data-lang="en" async></script>`),
  '/placeholders.html': page('Two forms',
    `<h2>Apply</h2><div id="apply" data-seedform="seed-fund" data-lang="ar" data-theme="partner-plum"></div>
<h2>Tell us how it went</h2><div id="feedback" data-seedform="feedback-survey" data-lang="fa" data-title="Feedback form"></div>
<script src="${APP}/embed.js" async></script>`),
  '/plain.html': page('Apply for the Seed Fund',
    `<iframe src="${APP}/?form=seed-fund&amp;lang=en" title="Seed Fund application" allow="microphone; camera" width="100%" height="700" style="border: 0; display: block"></iframe>`),
};

/** Serves `pages` (path → HTML) on `port` of 127.0.0.1 (0: any free port). */
async function serve(pages, port) {
  const server = createServer((req, res) => {
    const html = pages[new URL(req.url, 'http://x').pathname];
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html ?? 'not found');
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

let host;
let stranger;
test.beforeAll(async () => {
  host = await serve(PAGES, HOST_PORT);
  // Another site, which config.json does not allow: it tries to talk to the host page, and frames
  // the app itself, with a borrowed ?embed= and with its own origin.
  const fakes = [
    { seedform: 1, type: 'height', height: 3333 },
    { seedform: 1, type: 'title', title: 'Fake' },
    { seedform: 1, type: 'started' },
    { seedform: 1, type: 'page-changed', page: 'question', step: 9, total: 9 },
    { seedform: 1, type: 'submitted', reference: 'FAKE-REF' },
  ];
  const strangerPages = {
    '/spoof.html': `<!DOCTYPE html><html lang="en"><head><title>Advert</title></head><body><p>Advert</p><script>
      for (const m of ${JSON.stringify(fakes)}) parent.postMessage(m, '*');
      parent.postMessage({ done: 'stranger' }, '*');
    </script></body></html>`,
  };
  stranger = await serve(strangerPages, 0);
  strangerPages['/frames-app.html'] = page('Framing the app',
    `<iframe id="borrowed" title="Borrowed" src="${APP}/?form=seed-fund&amp;lang=en&amp;embed=${encodeURIComponent(HOST)}"></iframe>
<iframe id="own" title="Own" src="${APP}/?form=seed-fund&amp;lang=en&amp;embed=${encodeURIComponent(stranger.origin)}"></iframe>`);
  PAGES['/spoofed.html'] = page('Apply for the Seed Fund',
    `<script src="${APP}/embed.js" data-form="seed-fund" async></script>
<aside><h2>Sponsored</h2><iframe title="Advert" src="${stranger.origin}/spoof.html" width="300" height="80"></iframe></aside>`);
});
test.afterAll(async () => {
  for (const s of [host, stranger]) {
    s?.server.closeAllConnections();
    await new Promise((resolve) => s?.server.close(resolve));
  }
});

/** The iframe the embed script made for form `id` (or in placeholder `id`). */
function frameOf(page, id) {
  return page.locator(`[data-seedform="${id}"] > iframe, #${id} > iframe`).first();
}

/**
 * Waits until the frame is exactly as tall as its content: no scrollbar inside it (its document's
 * scrollHeight fits) and no empty band below the content (it shrank when the content did).
 */
async function expectFitted(iframe, where) {
  const frame = await (await iframe.elementHandle()).contentFrame();
  await expect
    .poll(async () => {
      const inner = await frame.evaluate(() => ({
        scroll: document.documentElement.scrollHeight,
        content: Math.ceil(document.documentElement.getBoundingClientRect().height),
      }));
      const outer = await iframe.evaluate((el) => el.clientHeight);
      return inner.scroll <= outer + 1 && inner.content >= outer - 1 ? 'fits' : `frame ${outer}px, content ${inner.content}px, scroll ${inner.scroll}px`;
    }, { message: `the frame fits its content (${where})` })
    .toBe('fits');
}

/** Fills the current step of the seed-fund form inside the frame (by question id) and continues. */
async function fill(frame, answers) {
  // The app has moved focus to the new heading (or to the error summary, after errors).
  await expect(frame.locator('#question-heading:focus, #error-summary:focus')).toHaveCount(1);
  for (const [id, value] of Object.entries(answers)) {
    if (typeof value === 'boolean') {
      await frame.locator(`input[name="${id}"]`).nth(value ? 0 : 1).check();
    } else if (Array.isArray(value)) {
      for (const i of value) await frame.locator(`input[name="${id}"]`).nth(i).check();
    } else if (id === 'start_date') {
      const [y, m, d] = value.split('-');
      await frame.locator('#f-start_date-day').fill(d);
      await frame.locator('#f-start_date-month').fill(m);
      await frame.locator('#f-start_date-year').fill(y);
    } else {
      await frame.locator(`[name="${id}"]`).fill(value);
    }
  }
  await frame.locator('form.step button[type=submit]').click();
}

const STEPS = [
  { group_name: 'Hope Group' },
  { group_does: 'We meet every week to cook and share recipes.' },
  { pitch_by_video: false },
  { contact_name: 'Saba Tesfay' },
  { contact_email: 'saba@example.org' },
  { contact_phone: '+44 7700 900123' },
  { constituted: true },
  { idea: 'A community garden for newly arrived families.' },
  { who_for: [0, 3] },
  { lived_experience: 'We arrived as refugees ourselves.' },
  { amount: '4500' },
  { budget: 'Seeds, tools and a shed.' },
  {},
  { start_date: '2027-04-15' },
  { consent: true },
];

test('the script snippet embeds the seed-fund form; it is filled and sent in the frame; the host hears the reference and no answers', async ({ page, request }) => {
  await page.goto(`${HOST}/script.html`);
  const iframe = frameOf(page, 'seed-fund');
  const frame = page.frameLocator('[data-seedform="seed-fund"] > iframe');
  // Right after the script, named by the form's own title once the app says it.
  await expect(page.locator('script[data-form] + [data-seedform="seed-fund"] > iframe')).toHaveCount(1);
  await expect(iframe).toHaveAttribute('title', 'Seed Fund application');
  await expect(iframe).toHaveAttribute('src', `${APP}/?form=seed-fund&lang=en&embed=${encodeURIComponent(HOST)}`);
  await expect(frame.locator('#question-heading')).toBeVisible();
  await expectFitted(iframe, 'start page, 1280 px');

  // axe-core over the host page with the embed in it.
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(violations, 'axe violations on the host page').toEqual([]);
  expect(results.passes.length).toBeGreaterThan(5);

  await page.setViewportSize({ width: 360, height: 740 });
  await expectFitted(iframe, 'start page, 360 px');
  await frame.locator('.button--start').click();
  for (const [i, answers] of STEPS.entries()) {
    if (i === 1) {
      // A step with errors is taller; the frame grows with it, and shrinks back.
      await frame.locator('form.step button[type=submit]').click();
      await expect(frame.locator('#error-summary')).toBeVisible();
      await expectFitted(iframe, 'errors, 360 px');
    }
    if (i === 8) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await expectFitted(iframe, 'question 9, 1280 px');
    }
    await fill(frame, answers);
    if (i === 1) await expectFitted(iframe, 'question 3 after errors, 360 px');
  }
  await expect(frame.locator('h1')).toHaveText('Check your answers');
  await expectFitted(iframe, 'check your answers, 1280 px');
  await page.setViewportSize({ width: 360, height: 740 });
  await expectFitted(iframe, 'check your answers, 360 px');
  await frame.locator('main > button.button').click();
  const reference = (await frame.locator('#reference').textContent()).trim();
  await expect.poll(() => page.evaluate(() => window.events.filter((e) => e.type === 'seedform:submitted').length)).toBe(1);
  await expectFitted(iframe, 'confirmation, 360 px');
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectFitted(iframe, 'confirmation, 1280 px');

  const events = await page.evaluate(() => window.events);
  const submitted = events.filter((e) => e.type === 'seedform:submitted');
  expect(submitted).toEqual([{ type: 'seedform:submitted', on: 'seed-fund', detail: { reference } }]);
  expect(Object.keys(submitted[0].detail)).toEqual(['reference']);
  expect(events.filter((e) => e.type === 'seedform:started')).toEqual([{ type: 'seedform:started', on: 'seed-fund', detail: {} }]);
  const pages = events.filter((e) => e.type === 'seedform:page-changed').map((e) => e.detail);
  expect(pages[0]).toMatchObject({ page: 'start', step: 0 });
  const questions = pages.filter((p) => p.page === 'question');
  expect(questions.map((p) => p.step)).toEqual(STEPS.map((_, i) => i + 1));
  expect(questions.at(-1)).toEqual({ page: 'question', step: 15, total: 15 });
  expect(pages.at(-2)).toEqual({ page: 'check', step: 15, total: 15 });
  expect(pages.at(-1)).toEqual({ page: 'confirmation', step: 15, total: 15 });
  for (const e of pages) expect(Object.keys(e).sort()).toEqual(['page', 'step', 'total']);

  // The application reached the endpoint; not one answer reached the host page, in any message.
  const got = await receivedWithReference(request, reference);
  expect(got.answers.group_name).toBe('Hope Group');
  const messages = await page.evaluate(() => window.messages);
  expect(messages.length).toBeGreaterThan(5);
  for (const m of messages) expect(m.origin).toBe(APP);
  const heard = JSON.stringify({ events, messages });
  for (const value of Object.values(got.answers).filter((v) => typeof v === 'string')) {
    expect(heard, 'an answer reached the host page').not.toContain(String(value));
  }
  expect(new Set(messages.map((m) => m.data.type))).toEqual(new Set(['height', 'title', 'started', 'page-changed', 'submitted']));
});

test('placeholders: each frame hears only its own app; the snippet picks theme and language only as config.json allows', async ({ page }) => {
  await page.goto(`${HOST}/placeholders.html`);
  const apply = frameOf(page, 'apply');
  const feedback = frameOf(page, 'feedback');
  const applyFrame = page.frameLocator('#apply > iframe');
  const feedbackFrame = page.frameLocator('#feedback > iframe');
  await expect(applyFrame.locator('#question-heading')).toBeVisible();
  await expect(feedbackFrame.locator('#question-heading')).toBeVisible();
  // Two frames of the same app origin: each is sized by its own messages only.
  await expectFitted(apply, 'seed-fund in a placeholder');
  await expectFitted(feedback, 'feedback survey in a placeholder');
  // Arabic is allowed for snippets, and the theme is a configured one.
  await expect(applyFrame.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(applyFrame.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(apply).toHaveAttribute('title', 'طلب منحة البداية (Seed Fund)');
  await expect(applyFrame.locator('.header')).toHaveCSS('background-color', 'rgb(138, 28, 74)');
  // Farsi is not in embed.languages: the form opens in the browser's language instead; the
  // page's own title stays, and so do the form's own colours.
  await expect(feedbackFrame.locator('html')).toHaveAttribute('lang', 'en');
  await expect(feedback).toHaveAttribute('title', 'Feedback form');
  await expect(feedbackFrame.locator('.header')).toHaveCSS('background-color', 'rgb(11, 110, 79)');

  await applyFrame.locator('.button--start').click();
  await expect(applyFrame.locator('#progress-text')).toBeVisible();
  await expectFitted(apply, 'seed-fund, first question');
  await expectFitted(feedback, 'feedback survey, untouched');
  await expect.poll(() => page.evaluate(() => window.events.filter((e) => e.type === 'seedform:started'))).toEqual([
    { type: 'seedform:started', on: 'apply', detail: {} },
  ]);
  const starts = await page.evaluate(() => window.events.filter((e) => e.detail.page === 'start').map((e) => e.on).sort());
  expect(starts).toEqual(['apply', 'feedback']);
});

test.describe(() => {
  // The service worker would answer the app's pages itself, out of page.route's reach.
  test.use({ serviceWorkers: 'block' });
  test('messages from another site or window are ignored, and the app tells nothing to a site config.json does not allow', async ({ page }) => {
    await page.goto(`${HOST}/spoofed.html`);
    const iframe = frameOf(page, 'seed-fund');
    const frame = page.frameLocator('[data-seedform="seed-fund"] > iframe');
    await expect(frame.locator('#question-heading')).toBeVisible();
    await expectFitted(iframe, 'before the fakes');
    // The advert (another origin) has posted fakes, then "done"; messages from one window arrive
    // in order, so once "done" is here every fake has been handled.
    await expect.poll(() => page.evaluate(() => window.messages.some((m) => m.data?.done === 'stranger'))).toBe(true);
    // The page's own window (the host origin, not the app's) tries too.
    await page.evaluate(() => {
      window.postMessage({ seedform: 1, type: 'height', height: 4444 }, '*');
      window.postMessage({ seedform: 1, type: 'submitted', reference: 'FAKE-REF' }, '*');
      window.postMessage({ done: 'self' }, '*');
    });
    await expect.poll(() => page.evaluate(() => window.messages.some((m) => m.data?.done === 'self'))).toBe(true);
    const fakes = await page.evaluate(() => window.messages.filter((m) => m.origin !== location.origin && m.data?.reference === 'FAKE-REF'));
    expect(fakes.length, 'the fakes did arrive (so ignoring them means something)').toBe(1);
    expect(await page.evaluate(() => window.events.filter((e) => e.type !== 'seedform:page-changed'))).toEqual([]);
    expect(await page.evaluate(() => window.events.map((e) => e.detail.page))).toEqual(['start']);
    await expect(iframe).toHaveAttribute('title', 'Seed Fund application');
    await expectFitted(iframe, 'after the fakes');
    // Our own frame, once it shows another site (a link followed, a redirect), is not the app either.
    const height = await iframe.evaluate((el) => el.clientHeight);
    await (await (await iframe.elementHandle()).contentFrame()).goto(`${stranger.origin}/spoof.html`);
    await expect.poll(() => page.evaluate(() => window.messages.filter((m) => m.data?.done === 'stranger').length)).toBe(2);
    expect(await page.evaluate(() => window.events.map((e) => e.detail.page))).toEqual(['start']);
    expect(await iframe.evaluate((el) => el.clientHeight)).toBe(height);
    await expect(iframe).toHaveAttribute('title', 'Seed Fund application');

    // The other direction: another site frames the app, with a borrowed ?embed= (an allowed origin
    // that is not its own) and with its own origin (not allowed). The app's host sends
    // `frame-ancestors` from config.json, so the browser refuses to show the app there at all.
    await page.goto(`${stranger.origin}/frames-app.html`);
    for (const id of ['borrowed', 'own']) {
      const handle = await (await page.locator(`#${id}`).elementHandle()).contentFrame();
      await expect.poll(() => handle.evaluate(() => document.querySelector('#question-heading')).catch(() => null)).toBeNull();
    }
    await page.waitForTimeout(500);
    await expect(page.frameLocator('#borrowed').locator('#question-heading')).toHaveCount(0);
    // And a host that forgets the header: the app itself still tells such a site nothing.
    await page.route(`${APP}/**`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-security-policy'];
      await route.fulfill({ response, headers });
    });
    await page.reload();
    for (const id of ['borrowed', 'own']) {
      const inner = page.frameLocator(`#${id}`);
      await expect(inner.locator('#question-heading')).toBeVisible();
      await inner.locator('.button--start').click();
      await expect(inner.locator('#progress-text')).toBeVisible();
      // After two frames of rendering, the frame posts a marker; the app's messages would come first.
      const handle = await (await page.locator(`#${id}`).elementHandle()).contentFrame();
      await handle.evaluate(async (id) => {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        parent.postMessage({ done: id }, '*');
      }, id);
      await expect.poll(() => page.evaluate((id) => window.messages.some((m) => m.data?.done === id), id)).toBe(true);
    }
    const fromApp = await page.evaluate(() => window.messages.filter((m) => !m.data?.done));
    expect(fromApp).toEqual([]);
    expect(await page.evaluate(() => window.events)).toEqual([]);
    // Started applications download the rest of the app in the background: let those requests
    // end with the test rather than find the route gone.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });
});

test('the plain iframe snippet (no script) works at a fixed height', async ({ page }) => {
  await page.goto(`${HOST}/plain.html`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('#question-heading')).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
  await frame.locator('.button--start').click();
  await fill(frame, STEPS[0]);
  await expect(frame.locator('#progress-text')).toHaveText('Question 2 of 15');
  await expect(page.locator('iframe')).toHaveJSProperty('clientHeight', 700);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  // Without ?embed= the app tells the page nothing.
  expect(await page.evaluate(() => window.messages)).toEqual([]);
});

test('embed.js is served beside the app and is under 3 KB gzipped', async ({ request }) => {
  const response = await request.get(`${APP}/embed.js`);
  expect(response.ok()).toBeTruthy();
  expect(response.headers()['content-type']).toMatch(/javascript/);
  const body = await response.body();
  const gzipped = gzipSync(body, { level: 9 }).length;
  console.log(`embed.js: ${body.length} bytes, ${gzipped} bytes gzipped (limit 3072)`);
  expect(gzipped).toBeLessThan(3072);
});
