// Delivery: "Send" puts the application in the outbox on the device, then sends it; it arrives
// once, whatever the connection or the endpoint does in between.
import { test, expect } from '@playwright/test';
import {
  ENDPOINT, answerFeedbackSurvey, expectNoAxeViolations, fillTheDevice, offlineReady, persistentProfile, pressButton, received, startForm,
  storedRecords, watchParts,
} from './support.mjs';

test.describe.configure({ timeout: 120_000 });

/** Fills the short feedback survey and stops on the check-answers page. */
async function fillSurvey(page) {
  await startForm(page, 'feedback-survey');
  await answerFeedbackSurvey(page);
}

async function faults(request, body) {
  const r = await request.post(`${ENDPOINT}/_faults`, { data: body });
  expect(r.ok()).toBeTruthy();
}

/** How many stored submissions carry `reference`. */
async function storedWith(request, reference) {
  const all = await (await request.get(`${ENDPOINT}/submissions`)).json();
  return all.filter((s) => s.reference === reference).length;
}

async function reference(page) {
  return (await page.locator('#reference').textContent()).trim();
}

/** The outbox and the drafts as stored in IndexedDB, parsed. */
const parsed = async (page, store) => (await storedRecords(page, store)).map((t) => JSON.parse(t));
const storedOutbox = (page) => parsed(page, 'outbox');
const storedDrafts = (page) => parsed(page, 'drafts');

test.afterEach(async ({ request }) => {
  await request.delete(`${ENDPOINT}/_faults`);
});

test('sent while offline: it waits on the device, then arrives once when the connection returns', async ({ page, context, request }) => {
  await fillSurvey(page);
  await context.setOffline(true);
  const pressed = Date.now();
  await pressButton(page, 'Send my application');
  await expect(page.getByRole('heading', { name: 'Waiting to send' })).toBeVisible();
  const saved = Date.now();
  await expect(page.locator('#delivery')).toHaveText('Saved on this device. It will be sent when you are online.');
  const ref = await reference(page);
  expect(await storedWith(request, ref)).toBe(0);
  // Already on the device when the page says so (the heading says "Sending…" until then).
  expect((await storedOutbox(page)).map((i) => i.reference)).toEqual([ref]);
  await page.waitForTimeout(2_000);
  await context.setOffline(false);
  await expect(page.getByRole('heading', { name: 'Application sent' })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#delivery')).toContainText(`Reference ${ref}.`);
  expect(await storedWith(request, ref)).toBe(1);
  await expect.poll(async () => (await storedOutbox(page)).length).toBe(0);
  // The endpoint hears when "Send" was pressed, not when the connection came back: what a
  // closing date is judged by.
  const [record] = (await received(request)).filter((s) => s.reference === ref);
  const sentAt = Date.parse(record.received.submitted_at);
  expect(sentAt).toBeGreaterThanOrEqual(pressed - 1_000);
  expect(sentAt).toBeLessThanOrEqual(saved);
});

test('the device is full: the page says the application is not saved, holds it, asks before closing, and sends it once', async ({ page, context, request }) => {
  const roomAgain = await fillTheDevice(page);
  await fillSurvey(page);
  await expect(page.getByText('Your answers cannot be saved on this device.')).toBeVisible();
  await context.setOffline(true);
  await pressButton(page, 'Send my application');
  await expect(page.getByRole('heading', { name: 'Waiting to send' })).toBeVisible();
  // Never "Saved on this device" for what the device refused.
  await expect(page.locator('#delivery')).toHaveText(
    'This device could not save your application. Keep this page open: it will be sent when you are online.',
  );
  const ref = await reference(page);
  expect(await storedOutbox(page)).toEqual([]);
  await expectNoAxeViolations(page);
  // Closing the page now would lose it: the browser asks first, and the applicant can stay.
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);
  expect(await storedWith(request, ref)).toBe(0);
  await context.setOffline(false);
  await expect(page.getByRole('heading', { name: 'Application sent' })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#delivery')).toContainText(`Reference ${ref}.`);
  expect(await storedWith(request, ref)).toBe(1);
  await roomAgain();
});

test('the device is full and the page is closed anyway: the answers come back as a saved application', async ({ page, context, request }) => {
  const roomAgain = await fillTheDevice(page);
  await fillSurvey(page);
  await context.setOffline(true);
  await pressButton(page, 'Send my application');
  await expect(page.locator('#delivery')).toHaveText(/^This device could not save your application\./);
  const ref = await reference(page);
  page.on('dialog', (dialog) => dialog.accept());
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  // Later, with room on the device and a connection: the start page offers it, and it goes once.
  const again = await context.newPage();
  await roomAgain(again);
  await context.setOffline(false);
  await again.goto('/?form=feedback-survey&lang=en');
  const resume = again.getByRole('button', { name: /^Continue Last changed/ });
  await expect(resume).toBeVisible();
  await resume.click();
  // It opens where it was sent from, with every answer.
  await expect(again.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await expect(again.locator('dl.summary')).toContainText('Speaking');
  await pressButton(again, 'Send my application');
  await expect(again.getByRole('heading', { name: 'Application sent' })).toBeVisible({ timeout: 30_000 });
  // The same application: the same reference, and it arrives once (even if the first page's
  // attempt had reached the endpoint as it closed).
  expect(await reference(again)).toBe(ref);
  expect(await storedWith(request, ref)).toBe(1);
});

/**
 * On a full device, sends the feedback survey to an endpoint that stores it at once but answers
 * only after the page has closed; then opens the saved application again in a new page, with room
 * on the device. Returns that page, at "Check your answers", and the first reference.
 */
async function sentThenClosedBeforeTheAnswer(page, context, request) {
  const roomAgain = await fillTheDevice(page);
  await fillSurvey(page);
  await faults(request, { delay_ms: 15_000 });
  await pressButton(page, 'Send my application');
  await expect(page.locator('#delivery')).toHaveText(/^This device could not save your application\./);
  const ref = await reference(page);
  await expect.poll(() => storedWith(request, ref)).toBe(1);
  page.on('dialog', (dialog) => dialog.accept());
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  await request.delete(`${ENDPOINT}/_faults`);
  // The page never heard back, so the answers come back as a saved application.
  const again = await context.newPage();
  await roomAgain(again);
  await again.goto('/?form=feedback-survey&lang=en');
  await again.getByRole('button', { name: /^Continue Last changed/ }).click();
  await expect(again.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  return { again, ref };
}

test('the device is full and the page is closed while the endpoint is answering: the application arrives once, with its reference', async ({ page, context, request }) => {
  const before = await (await request.get(`${ENDPOINT}/_stats`)).json();
  const { again, ref } = await sentThenClosedBeforeTheAnswer(page, context, request);
  // Read again in Arabic this time, and opened again: still the same application.
  await again.locator('#language').selectOption('ar');
  await expect(again.locator('html')).toHaveAttribute('lang', 'ar');
  await expect.poll(async () => (await storedDrafts(again)).map((d) => d.language)).toEqual(['ar']);
  await again.reload();
  await again.locator('.draft__actions .button').first().click();
  await expect(again.locator('dl.summary')).toBeVisible();
  // Sent again unchanged, it is the same submission: the endpoint drops the repeat, and the
  // applicant keeps the reference they may have written down.
  await again.locator('main > button.button').click();
  await expect(again.locator('#reference')).toHaveText(ref);
  await expect(again.locator('#delivery')).toContainText(ref, { timeout: 30_000 });
  expect(await storedWith(request, ref)).toBe(1);
  const after = await (await request.get(`${ENDPOINT}/_stats`)).json();
  expect(after.duplicates - before.duplicates).toBe(1);
});

test('an application that came back as a draft and is changed goes as a new submission', async ({ page, context, request }) => {
  const { again, ref } = await sentThenClosedBeforeTheAnswer(page, context, request);
  await again.getByRole('button', { name: 'Change Is there anything else you want to tell us?' }).click();
  const box = again.getByRole('textbox', { name: 'Is there anything else you want to tell us?' });
  await box.fill('One more thing: thank you.');
  await pressButton(again, 'Continue');
  await expect(again.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await pressButton(again, 'Send my application');
  await expect(again.getByRole('heading', { name: 'Application sent' })).toBeVisible({ timeout: 30_000 });
  // A receiver must not drop a changed application as a repeat of the first.
  const now = await reference(again);
  expect(now).not.toBe(ref);
  expect(await storedWith(request, now)).toBe(1);
  expect(await storedWith(request, ref)).toBe(1);
});

/**
 * The feedback survey filled and stored as a draft; then the browser opens again on a device that
 * is now full (a profile kept on disk: a new quota applies to IndexedDB as Chromium opens it) and
 * goes on to "Check your answers". Returns the profile, context, page, and `roomAgain()`.
 */
async function atCheckOnANowFullDevice(testInfo) {
  const profile = persistentProfile(testInfo);
  const first = await profile.open();
  await fillSurvey(await first.newPage());
  await first.close();
  const context = await profile.open();
  const page = await context.newPage();
  const roomAgain = await fillTheDevice(page);
  await page.goto('/?form=feedback-survey&lang=en');
  await page.getByRole('button', { name: /^Continue Last changed/ }).click();
  await pressButton(page, 'Continue');
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  return { profile, context, page, roomAgain };
}

test('the device fills up before Send: the application stays on the device as a draft until it is delivered', async ({}, testInfo) => {
  const { profile, context, page } = await atCheckOnANowFullDevice(testInfo);
  await context.setOffline(true);
  await pressButton(page, 'Send my application');
  await expect(page.locator('#delivery')).toHaveText(/^This device could not save your application\./);
  // The outbox could not take it, so its draft is not deleted: if the tablet dies now, with no
  // chance to write anything more, the application is still on the device.
  expect(await storedOutbox(page)).toEqual([]);
  const drafts = await storedDrafts(page);
  expect(drafts.length).toBe(1);
  expect(JSON.stringify(drafts[0].answers)).toContain('speaking');
  await context.setOffline(false);
  await expect(page.getByRole('heading', { name: 'Application sent' })).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => (await storedDrafts(page)).length).toBe(0);
  await context.close();
  profile.remove();
});

test('the device has room again while the page holds an application: it moves into the outbox, and its draft goes', async ({ request }, testInfo) => {
  const { profile, context, page, roomAgain } = await atCheckOnANowFullDevice(testInfo);
  await faults(request, { fail_next: 1000, status: 503 });
  await pressButton(page, 'Send my application');
  await expect(page.locator('#delivery')).toHaveText(/^This device could not save your application\./);
  const ref = await reference(page);
  // Room again: after its next failed attempt, the outbox on the device takes it, and the draft
  // it came from is deleted, as after a "Send" with room: no "Continue" offers it to send twice.
  await roomAgain();
  await expect(page.locator('#delivery')).toHaveText(/^Saved on this device\./, { timeout: 30_000 });
  expect((await storedOutbox(page)).map((i) => i.reference)).toEqual([ref]);
  await expect.poll(async () => (await storedDrafts(page)).length).toBe(0);
  await request.delete(`${ENDPOINT}/_faults`);
  await expect(page.getByRole('heading', { name: 'Application sent' })).toBeVisible({ timeout: 30_000 });
  expect(await storedWith(request, ref)).toBe(1);
  await context.close();
  profile.remove();
});

/** The requests kept for the service worker (IndexedDB store `replay`), with their bodies as text. */
function keptRequests(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('seedform');
    open.onerror = () => reject(open.error);
    open.onsuccess = async () => {
      const db = open.result;
      const all = db.transaction('replay').objectStore('replay').getAll();
      all.onerror = () => reject(all.error);
      all.onsuccess = async () => {
        db.close();
        resolve(await Promise.all(all.result.map(async (r) => ({ ...r, body: { type: r.body.type, text: await r.body.text() } }))));
      };
    };
  }));
}

/** Fires the service worker's Background Sync event through the DevTools protocol, from a page that
 * is not the app's (the browser fires it on its own when back online, after its own delays). */
async function fireBackgroundSync(context, appUrl) {
  const probe = await context.newPage();
  const cdp = await context.newCDPSession(probe);
  const registrations = [];
  cdp.on('ServiceWorker.workerRegistrationUpdated', (e) => registrations.push(...e.registrations));
  await cdp.send('ServiceWorker.enable');
  const scope = new URL('/', appUrl).href;
  await expect.poll(() => registrations.filter((r) => r.scopeURL === scope && !r.isDeleted).length).toBeGreaterThan(0);
  const { registrationId } = registrations.find((r) => r.scopeURL === scope && !r.isDeleted);
  await cdp.send('ServiceWorker.dispatchSyncEvent', {
    origin: new URL(appUrl).origin,
    registrationId,
    tag: 'seedform-outbox',
    lastChance: false,
  });
  return probe;
}

test('closed before it could be sent: the service worker sends it (Background Sync), once, and clears the device', async ({ page, context, request }) => {
  await fillSurvey(page);
  await offlineReady(page);
  await faults(request, { fail_next: 1000, status: 503 });
  await pressButton(page, 'Send my application');
  await expect(page.getByRole('heading', { name: 'Waiting to send' })).toBeVisible();
  const ref = await reference(page);
  // The failed attempt left the exact request for the service worker, to the configured endpoint.
  await expect.poll(async () => (await keptRequests(page)).length).toBe(1);
  const [kept] = await keptRequests(page);
  expect(kept.url).toBe(`${ENDPOINT}/submissions`);
  expect(kept.reference).toBe(ref);
  expect(Object.fromEntries(kept.headers)['idempotency-key']).toMatch(/^[0-9a-f]{32}$/);
  expect(JSON.parse(kept.body.text).answers.practised).toEqual('speaking');

  // The applicant leaves; the connection returns with no Seedform page open.
  const appUrl = page.url();
  await page.close();
  await request.delete(`${ENDPOINT}/_faults`);
  expect(await storedWith(request, ref)).toBe(0);
  const probe = await fireBackgroundSync(context, appUrl);
  await expect.poll(() => storedWith(request, ref), { timeout: 20_000 }).toBe(1);

  // Opened again: nothing of it is left on the device, and it is not sent a second time.
  const again = await context.newPage();
  await again.goto('/?form=feedback-survey&lang=en');
  await expect(again.locator('#question-heading')).toBeVisible();
  expect(await storedOutbox(again)).toEqual([]);
  expect(await keptRequests(again)).toEqual([]);
  await expect(again.locator('#outbox-title')).toHaveCount(0);
  const stats = await (await request.get(`${ENDPOINT}/_stats`)).json();
  expect(await storedWith(request, ref)).toBe(1);
  expect(stats.failed).toBeGreaterThanOrEqual(1);
  await probe.close();
});

test('the endpoint fails three times with 500, then accepts: stored once, and the applicant is told', async ({ page, request }) => {
  await fillSurvey(page);
  await faults(request, { fail_next: 3, status: 500 });
  await pressButton(page, 'Send my application');
  await expect(page.getByRole('heading', { name: 'Application sent' })).toBeVisible({ timeout: 60_000 });
  const ref = await reference(page);
  expect(await storedWith(request, ref)).toBe(1);
  const stats = await (await request.get(`${ENDPOINT}/_stats`)).json();
  expect(stats.failed).toBeGreaterThanOrEqual(3);
});

test('the connection is cut mid-body: sent again, stored once', async ({ page, request }) => {
  await fillSurvey(page);
  await faults(request, { reset_next: 2 });
  await pressButton(page, 'Send my application');
  await expect(page.getByRole('heading', { name: 'Application sent' })).toBeVisible({ timeout: 60_000 });
  expect(await storedWith(request, await reference(page))).toBe(1);
});

test('a 400 stops the retries, says whom to contact, and keeps the application on the device', async ({ page, request }) => {
  await fillSurvey(page);
  await faults(request, { status_next: 400, count: 1 });
  await pressButton(page, 'Send my application');
  await expect(page.getByRole('heading', { name: 'Your application could not be accepted. Please contact us.' })).toBeVisible();
  await expect(page.getByText('Not sure? Talk to us first.')).toBeVisible();
  await expect(page.locator('main')).toContainText('Kemi');
  const ref = await reference(page);
  expect(await storedWith(request, ref)).toBe(0);
  const [item] = await storedOutbox(page);
  expect(item.reference).toBe(ref);
  expect(item.delivery).toEqual({ state: 'rejected', status: 400 });
  expect(item.draft.answers.practised).toEqual({ type: 'choice', value: 'speaking' });
  // The applicant can take the refused application with them, to send it another way.
  const copy = await downloadCopy(page);
  expect(copy.name).toBe(`feedback-survey-${ref}.txt`);
  expect(copy.text).toContain(`Your reference number: ${ref}`);
  expect(copy.text).toContain('What did you practise most today?\nSpeaking\n');
});

/** Presses "Download my answers" and returns the file's name and text. */
async function downloadCopy(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-copy').click()]);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

test('before sending, the answers can be printed or downloaded; printing shows answers, not buttons', async ({ page }) => {
  await fillSurvey(page);
  const copy = await downloadCopy(page);
  expect(copy.name).toMatch(/^feedback-survey-\d{4}-\d\d-\d\d\.txt$/);
  expect(copy.text.startsWith('\ufeff')).toBe(true);
  for (const line of ['What did you practise most today?\nSpeaking', 'Would you come again?\nYes']) {
    expect(copy.text).toContain(line);
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.summary')).toBeVisible();
  await expect(page.getByText('Speaking', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send my application' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
});

test.describe('the outbox on the start page', () => {
  // A first visit: the page itself downloads the parts of the app, where a test can count them.
  test.use({ serviceWorkers: 'block' });

  test('applications waiting on the device are listed on the start page, by reference, and can be sent from there', async ({ page, request }) => {
    const asked = await watchParts(page);
    await fillSurvey(page);
    await faults(request, { fail_next: 1000, status: 503 });
    await pressButton(page, 'Send my application');
    await expect(page.getByRole('heading', { name: 'Waiting to send' })).toBeVisible();
    const ref = await reference(page);
    // The page never runs ahead of the device: by the time it says "Waiting to send", the outbox
    // on the device has it (until then it says "Sending…").
    expect((await storedOutbox(page)).map((i) => i.reference)).toEqual([ref]);
    asked.length = 0;
    await page.goto('/?form=feedback-survey&lang=en');
    const outbox = page.getByRole('region', { name: 'Waiting to send' });
    await expect(outbox).toContainText(ref);
    // By reference only: no answer is shown.
    await expect(outbox).not.toContainText('Speaking');
    // Reading, listing and sending the outbox are the sending part of the app (app/src/parts.rs),
    // downloaded before Start only because something waits; no other part is.
    await page.waitForLoadState('networkidle');
    expect(asked.filter((name) => name.startsWith('split_'))).toEqual(['split_delivery']);
    await request.delete(`${ENDPOINT}/_faults`);
    await outbox.getByRole('button', { name: 'Send now' }).click();
    await expect.poll(() => storedWith(request, ref)).toBe(1);
    await expect(outbox).toHaveCount(0);
    expect(await storedOutbox(page)).toEqual([]);
  });
});

test.describe('with "keep_delivered_hours" in config.json', () => {
  // The service worker would fetch config.json itself, out of page.route's reach.
  test.use({ serviceWorkers: 'block' });

  test('a received application stays listed as kept until its hours are up, then is deleted', async ({ page, request }) => {
    await page.route('**/config.json', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), keep_delivered_hours: 48 } });
    });
    await fillSurvey(page);
    await pressButton(page, 'Send my application');
    await expect(page.getByRole('heading', { name: 'Application sent' })).toBeVisible({ timeout: 30_000 });
    const ref = await reference(page);
    expect(await storedWith(request, ref)).toBe(1);
    await expect.poll(async () => (await storedOutbox(page)).map((i) => i.delivery.state)).toEqual(['received']);
    const [kept] = await storedOutbox(page);
    expect(kept.delivered_at_ms).toBeGreaterThan(Date.now() - 60_000);

    await page.goto('/?form=feedback-survey&lang=en');
    const outbox = page.getByRole('region', { name: 'Waiting to send' });
    await expect(outbox).toContainText(ref);
    const until = await page.evaluate((ms) => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(ms), kept.delivered_at_ms + 48 * 3_600_000);
    await expect(outbox).toContainText(`Received. A copy stays on this device until ${until}`);
    await expect(outbox).not.toContainText('Speaking');
    // Nothing waits, so nothing to send.
    await expect(outbox.getByRole('button', { name: 'Send now' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'the start page with a kept copy');

    // 48 hours later (its delivery time moved back): deleted when the app opens.
    await page.evaluate((ms) => new Promise((resolve, reject) => {
      const open = indexedDB.open('seedform');
      open.onsuccess = () => {
        const tx = open.result.transaction('outbox', 'readwrite');
        const store = tx.objectStore('outbox');
        const all = store.getAll();
        const keys = store.getAllKeys();
        keys.onsuccess = () => keys.result.forEach((key, i) => {
          const item = JSON.parse(all.result[i]);
          item.delivered_at_ms -= ms;
          store.put(JSON.stringify(item), key);
        });
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }), 48 * 3_600_000);
    await page.reload();
    await expect(page.locator('#question-heading')).toBeVisible();
    await expect.poll(async () => (await storedOutbox(page)).length).toBe(0);
    await expect(outbox).toHaveCount(0);
    expect(await storedWith(request, ref)).toBe(1);
  });
});

test.describe('the sending part of the app (split off the wasm: tools/split-wasm.mjs)', () => {
  // A first visit: no service worker has stored the part yet, so the page itself must download it.
  test.use({ serviceWorkers: 'block' });

  /**
   * Fills the survey and presses Send while the sending part cannot be downloaded: the application
   * waits. Returns its reference, how often the part was asked for, and `allow()`, which lets it
   * download from then on.
   */
  async function sendWithoutThePart(page, request) {
    let reachable = false;
    const parts = await watchParts(page, (name) => name === 'split_delivery' && !reachable);
    const asked = () => parts.filter((name) => name === 'split_delivery').length;
    await fillSurvey(page);
    // Asked for in the background once the application started (app/src/parts.rs), and refused.
    await expect.poll(asked).toBe(1);
    await page.waitForLoadState('networkidle');
    await pressButton(page, 'Send my application');
    // Send asks again.
    await expect.poll(asked).toBe(2);
    await expect(page.getByRole('heading', { name: 'Waiting to send' })).toBeVisible();
    await expect(page.locator('#delivery')).toHaveText('Saved on this device. It will be sent when you are online.');
    const ref = await reference(page);
    expect((await storedOutbox(page)).map((i) => i.reference)).toEqual([ref]);
    expect(await storedWith(request, ref)).toBe(0);
    return { ref, asked, allow: () => { reachable = true; } };
  }

  test('when it cannot be downloaded, the application waits on the device and goes once it can', async ({ page, context, request }) => {
    const { ref, asked, allow } = await sendWithoutThePart(page, request);
    // The connection comes back: the browser says so, the part downloads, the application goes.
    allow();
    await context.setOffline(true);
    await context.setOffline(false);
    await expect(page.getByRole('heading', { name: 'Application sent' })).toBeVisible({ timeout: 30_000 });
    expect(asked()).toBe(3);
    expect(await storedWith(request, ref)).toBe(1);
    await expect.poll(async () => (await storedOutbox(page)).length).toBe(0);
  });

  test('when it cannot be downloaded, it is asked for again a minute later, with no other sign', async ({ page, request }) => {
    // The page's clock, moved on by the test (app/src/outbox.rs: PART_RETRY).
    await page.clock.install();
    const { ref, asked, allow } = await sendWithoutThePart(page, request);
    // The part can be downloaded again, but nothing says so: no online event, no new start.
    allow();
    await page.clock.fastForward(30_000);
    await page.waitForLoadState('networkidle');
    expect(asked()).toBe(2);
    await page.clock.fastForward(31_000);
    await expect(page.getByRole('heading', { name: 'Application sent' })).toBeVisible({ timeout: 30_000 });
    expect(asked()).toBe(3);
    expect(await storedWith(request, ref)).toBe(1);
  });
});
