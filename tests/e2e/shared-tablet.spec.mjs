// Shared-tablet mode (config.json "shared_tablet"): a nickname and a PIN seal the application on
// the device. Read straight out of IndexedDB and localStorage, no answer and no recorded byte is
// in clear; only the right PIN opens it; wrong PINs make the next try wait and delete nothing; the
// app locks when left alone; once the endpoint has the application, nothing of it is left.
import { test, expect } from '@playwright/test';
import { ENDPOINT, answerFeedbackSurvey, expectNoAxeViolations, fillTheDevice, pressButton, received, receivedWithReference, withBackForwardCache } from './support.mjs';
import { applicationWithVideo, definition, fillStep } from './seed-fund.mjs';

// The service worker would fetch config.json itself, out of page.route's reach.
test.use({ serviceWorkers: 'block' });
test.describe.configure({ timeout: 120_000 });

/** Serves config.json with shared-tablet mode on. */
async function sharedTablet(page, settings) {
  await page.route('**/config.json', async (route) => {
    const response = await route.fetch();
    const config = await response.json();
    await route.fulfill({ response, json: { ...config, shared_tablet: settings } });
  });
}

/**
 * Everything the origin stores, as raw as a thief with the tablet would see it: every IndexedDB
 * record (text as text, bytes and blobs as hex) and every localStorage entry.
 */
async function rawStorage(page) {
  return page.evaluate(async () => {
    const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('seedform');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const records = [];
    for (const store of db.objectStoreNames) {
      const values = await new Promise((resolve, reject) => {
        const all = db.transaction(store).objectStore(store).getAll();
        all.onsuccess = () => resolve(all.result);
        all.onerror = () => reject(all.error);
      });
      for (const value of values) {
        if (typeof value === 'string') records.push({ store, kind: 'text', data: value });
        else if (value instanceof Blob) records.push({ store, kind: 'blob', data: hex(await value.arrayBuffer()) });
        else if (ArrayBuffer.isView(value)) records.push({ store, kind: 'bytes', data: hex(value.buffer) });
        else records.push({ store, kind: typeof value, data: JSON.stringify(value) });
      }
    }
    db.close();
    const local = Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`);
    return { records, local };
  });
}

/** The written answers of the application, as they would appear in clear (JSON-escaped too). */
const SECRETS = applicationWithVideo
  .flatMap((step) => Object.values(step))
  .flatMap((v) => (Array.isArray(v) ? v.flatMap((e) => (typeof e === 'object' ? Object.values(e) : [])) : [v]))
  .filter((v) => typeof v === 'string' && v.length > 5)
  .flatMap((v) => [v, JSON.stringify(v).slice(1, -1)]);
const WEBM_MAGIC = '1a45dfa3';

async function choosePin(page, nickname, pin, again = pin) {
  await page.getByLabel('A nickname for your application').fill(nickname);
  await page.getByLabel('Choose a PIN').fill(pin);
  await page.getByLabel('Type the PIN again').fill(again);
  await page.getByRole('button', { name: 'Protect and start' }).click();
}

async function tryPin(page, pin) {
  await page.getByLabel(/^Your PIN/).fill(pin);
  await page.getByRole('button', { name: 'Open' }).click();
}

test('a PIN seals answers and recordings at rest; only the PIN opens them; delivery clears the tablet', async ({ page, request }) => {
  await sharedTablet(page, { require_pin: true, lock_after_seconds: 0 });
  await page.goto('/?form=seed-fund&lang=en');
  await page.locator('.button--start').click();
  // Required here: no way round it.
  await expect(page.getByRole('button', { name: 'Start without a PIN' })).toHaveCount(0);
  await expect(page.getByLabel('A nickname for your application')).toBeFocused();
  await expectNoAxeViolations(page, 'choosing a PIN');
  await choosePin(page, 'Blue bird', '2468', '2486');
  await expect(page.locator('#pin-again-error')).toHaveText('The two PINs are not the same. Type them again.');
  await expect(page.getByLabel('Type the PIN again')).toBeFocused();
  await expectNoAxeViolations(page, 'a PIN typed differently twice');
  await choosePin(page, 'Blue bird', '24', '24');
  await expect(page.locator('#pin-new-error')).toHaveText('A PIN has 4 to 8 numbers.');
  await choosePin(page, 'Blue bird', '2468');
  await expect(page.getByText(/Question 1 of \d+/)).toBeVisible();

  // Up to and including a recorded video, then look at what the device holds.
  const split = applicationWithVideo.findIndex((step) => 'who_for' in step);
  for (const step of applicationWithVideo.slice(0, split)) await fillStep(page, step);
  await expect(page.getByText(/Question \d+ of \d+/)).toBeVisible();
  // The page is hidden (the tablet handed on): the synchronous backup is written too.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  let raw;
  await expect.poll(async () => {
    raw = await rawStorage(page);
    return raw.records.filter((r) => r.store === 'media').length;
  }).toBeGreaterThan(0);
  expect(raw.local.some((entry) => entry.includes('"sealed":1')), 'a sealed backup in localStorage').toBe(true);
  const everything = [...raw.records.map((r) => r.data), ...raw.local].join('\n');
  for (const secret of SECRETS) expect(everything, `"${secret}" stored in clear`).not.toContain(secret);
  const drafts = raw.records.filter((r) => r.store === 'drafts');
  expect(drafts).toHaveLength(1);
  const sealed = JSON.parse(drafts[0].data);
  expect(sealed).toMatchObject({ sealed: 1, kind: 'draft', nickname: 'Blue bird', iterations: 600000 });
  expect(sealed.salt).toMatch(/^[0-9a-f]{32}$/);
  expect(Object.keys(sealed)).not.toContain('answers');
  const media = raw.records.filter((r) => r.store === 'media');
  expect(media.map((r) => r.kind), 'recorded chunks are stored as encrypted bytes, not as blobs').toEqual(media.map(() => 'bytes'));
  expect(media.some((r) => r.data.includes(WEBM_MAGIC)), 'no WebM header in clear').toBe(false);

  // The next person sees only the nickname, and cannot open it.
  await page.reload();
  await expect(page.getByText('Blue bird')).toBeVisible();
  const body = await page.locator('body').innerText();
  // (The form's own contact details happen to share the test's phone number.)
  const fromForm = JSON.stringify(definition);
  for (const secret of SECRETS.filter((s) => !fromForm.includes(s))) expect(body).not.toContain(secret);
  await expect(page.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'the start page with a protected application');
  for (const wrong of ['1111', '2222']) {
    await tryPin(page, wrong);
    await expect(page.getByRole('alert')).toHaveText('That PIN is not right.');
  }
  await tryPin(page, '3333');
  await expect(page.getByRole('alert')).toContainText('That PIN is not right. You can try again at');
  // Even the right PIN waits now, and nothing was deleted.
  await tryPin(page, '2468');
  await expect(page.getByRole('alert')).toContainText('You can try again at');
  const counted = JSON.parse((await rawStorage(page)).records.find((r) => r.store === 'drafts').data);
  expect(counted.failed_attempts).toBe(3);
  expect(counted.data).toBe(sealed.data);
  await page.waitForTimeout(5_500);
  await tryPin(page, '٢٤٦٨'); // the same PIN from an Arabic keyboard
  // It opens where it was left, with the video still there (decrypted).
  await expect(page.getByRole('group', { name: /Who is your idea for\?/ })).toBeVisible();
  for (const step of applicationWithVideo.slice(split)) await fillStep(page, step);
  await expect(page.locator('h1')).toHaveText('Check your answers');
  // Played back from the encrypted copy.
  await expect.poll(() => page.locator('.summary video.media__player').evaluate((v) => v.readyState)).toBeGreaterThan(0);
  await page.locator('main > button.button').click();
  const reference = (await page.locator('#reference').textContent()).trim();
  const stored = await receivedWithReference(request, reference);
  expect(stored.answers.group_name).toBe(applicationWithVideo[0].group_name);
  // The recording was opened with the key and sent as the video it is.
  const [record] = (await received(request)).filter((s) => s.reference === reference);
  expect(record.files).toHaveLength(1);
  expect(record.files[0].content_type).toMatch(/^video\/webm/);
  expect(record.files[0].size).toBeGreaterThan(10_000);

  // Delivered: nothing of it is left on the tablet.
  await expect.poll(async () => (await rawStorage(page)).records.length).toBe(0);
  await page.getByRole('button', { name: 'Finish and clear this tablet' }).click();
  await expect(page.locator('.button--start')).toBeVisible();
  await expect(page.getByText('Blue bird')).toHaveCount(0);
});

test('left alone, an application locks and the start page returns', async ({ page }) => {
  await sharedTablet(page, { lock_after_seconds: 3 });
  await page.goto('/?form=seed-fund&lang=en');
  await page.locator('.button--start').click();
  // Offered, not required: an applicant may go on without a PIN.
  await page.getByRole('button', { name: 'Start without a PIN' }).click();
  await page.getByLabel('What is your group called?').fill('Quiet Lake Choir');
  await expect(page.getByText(/Question 1 of \d+/)).toBeVisible();
  await page.waitForTimeout(4_500);
  await expect(page.locator('.button--start')).toBeVisible();
  await expect(page.getByLabel('What is your group called?')).toHaveCount(0);
  // Saved before it locked.
  await page.getByRole('button', { name: /^Continue/ }).click();
  await expect(page.getByLabel('What is your group called?')).toHaveValue('Quiet Lake Choir');
});

test('an application with a PIN, left alone, locks with nothing of it in clear', async ({ page }) => {
  await sharedTablet(page, { require_pin: true, lock_after_seconds: 3 });
  await page.goto('/?form=seed-fund&lang=en');
  await page.locator('.button--start').click();
  await choosePin(page, 'Blue heron', '8246');
  await page.getByLabel('What is your group called?').fill('Quiet Lake Choir');
  await expect(page.getByText(/Question 1 of \d+/)).toBeVisible();
  await page.waitForTimeout(4_500);
  await expect(page.locator('.button--start')).toBeVisible();
  await expect(page.getByText('Blue heron')).toBeVisible();
  // Neither the lock's own backup nor the page closing wrote the answers in clear.
  const raw = await rawStorage(page);
  expect([...raw.records.map((r) => r.data), ...raw.local].join('\n')).not.toContain('Quiet Lake Choir');
  // Its PIN opens it, with the answer.
  await tryPin(page, '8246');
  await expect(page.getByLabel('What is your group called?')).toHaveValue('Quiet Lake Choir');
});

/** Serves config.json with shared-tablet mode on and delivered copies kept for `hours`. */
async function keepingCopies(page, hours) {
  await page.route('**/config.json', async (route) => {
    const response = await route.fetch();
    const config = await response.json();
    await route.fulfill({
      response,
      json: { ...config, shared_tablet: { require_pin: true, lock_after_seconds: 0 }, keep_delivered_hours: hours },
    });
  });
}

/** Moves the delivery time of every kept outbox copy back by `ms`, as if that much time had passed. */
async function ageKeptCopies(page, ms) {
  await page.evaluate((ms) => new Promise((resolve, reject) => {
    const open = indexedDB.open('seedform');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('outbox', 'readwrite');
      const store = tx.objectStore('outbox');
      const cursor = store.openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return;
        const record = JSON.parse(c.value);
        record.delivered_at_ms -= ms;
        c.update(JSON.stringify(record));
        c.continue();
      };
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  }), ms);
}

test('kept after delivery as configured: sealed, with its recording, until its hours are up', async ({ page, request }) => {
  await keepingCopies(page, 24);
  await page.goto('/?form=seed-fund&lang=en');
  await page.locator('.button--start').click();
  await choosePin(page, 'Green tree', '1357');
  for (const step of applicationWithVideo) await fillStep(page, step);
  await expect(page.locator('h1')).toHaveText('Check your answers');
  await page.locator('main > button.button').click();
  const reference = (await page.locator('#reference').textContent()).trim();
  await receivedWithReference(request, reference);

  // Received: the draft is gone; the outbox copy and the recording stay, sealed.
  let raw;
  await expect.poll(async () => {
    raw = await rawStorage(page);
    return raw.records.filter((r) => r.store === 'drafts').length;
  }).toBe(0);
  const outbox = raw.records.filter((r) => r.store === 'outbox');
  expect(outbox).toHaveLength(1);
  const kept = JSON.parse(outbox[0].data);
  expect(kept).toMatchObject({ sealed: 1, kind: 'outbox', nickname: 'Green tree' });
  expect(kept.delivered_at_ms).toBeGreaterThan(Date.now() - 120_000);
  expect(kept.media_ids).toHaveLength(1);
  const media = raw.records.filter((r) => r.store === 'media');
  expect(media.length).toBeGreaterThan(0);
  const everything = [...raw.records.map((r) => r.data), ...raw.local].join('\n');
  for (const secret of SECRETS) expect(everything, `"${secret}" stored in clear`).not.toContain(secret);
  expect(media.some((r) => r.data.includes(WEBM_MAGIC)), 'no WebM header in clear').toBe(false);

  // The app opened again within the hours: the copy stays.
  await page.reload();
  await expect(page.locator('.button--start')).toBeVisible();
  await page.waitForTimeout(1_000);
  expect((await rawStorage(page)).records.filter((r) => r.store === 'outbox')).toHaveLength(1);
  // 24 hours later (its delivery time moved back): the app deletes it and its recording, with no PIN.
  await ageKeptCopies(page, 24 * 3_600_000 + 1_000);
  await page.reload();
  await expect(page.locator('.button--start')).toBeVisible();
  await expect.poll(async () => (await rawStorage(page)).records.length).toBe(0);
  expect((await received(request)).filter((s) => s.reference === reference)).toHaveLength(1);
});

test('"Finish and clear this tablet" deletes a copy that would have been kept', async ({ page, request }) => {
  await keepingCopies(page, 24);
  await page.goto('/?form=feedback-survey&lang=en');
  await page.locator('.button--start').click();
  await choosePin(page, 'Red kite', '8642');
  await answerFeedbackSurvey(page);
  await page.locator('main > button.button').click();
  const reference = (await page.locator('#reference').textContent()).trim();
  await receivedWithReference(request, reference);
  await expect.poll(async () => (await rawStorage(page)).records.filter((r) => r.store === 'outbox').length).toBe(1);
  await page.getByRole('button', { name: 'Finish and clear this tablet' }).click();
  await expect(page.locator('.button--start')).toBeVisible();
  await expect.poll(async () => (await rawStorage(page)).records.length).toBe(0);
});

/**
 * On a shared tablet that asks for a PIN, sends the feedback survey protected by `nickname` and
 * `pin` while the endpoint refuses it (503, until the faults are cleared): it waits, sealed, in the
 * outbox. Returns its reference.
 */
async function sentWhileRefused(page, request, nickname, pin) {
  await sharedTablet(page, { require_pin: true, lock_after_seconds: 0 });
  await request.post(`${ENDPOINT}/_faults`, { data: { fail_next: 1000, status: 503 } });
  await page.goto('/?form=feedback-survey&lang=en');
  await page.locator('.button--start').click();
  await choosePin(page, nickname, pin);
  await answerFeedbackSurvey(page);
  await page.locator('main > button.button').click();
  await expect(page.locator('#delivery')).toHaveText(/^Saved on this device\./);
  return (await page.locator('#reference').textContent()).trim();
}

test('an application sent while the endpoint is down, opened again with its PIN and sent again, arrives once', async ({ page, request }) => {
  const stats = async () => (await request.get(`${ENDPOINT}/_stats`)).json();
  const before = await stats();
  const reference = await sentWhileRefused(page, request, 'Yellow boat', '1357');

  // The tablet goes to the next person, and later back to this applicant, who only sees their
  // nickname among the saved applications and opens it again to send it.
  await page.reload();
  await expect(page.getByText('Yellow boat')).toBeVisible();
  await tryPin(page, '1357');
  // It opens where it was sent from (the endpoint still refuses the copy waiting in the outbox).
  await expect(page.locator('h1')).toHaveText('Check your answers');
  await request.delete(`${ENDPOINT}/_faults`);
  await page.locator('main > button.button').click();
  await expect(page.getByRole('heading', { name: 'Application sent' })).toBeVisible({ timeout: 30_000 });
  // The same submission: its reference, stored once.
  expect((await page.locator('#reference').textContent()).trim()).toBe(reference);
  await expect.poll(async () => (await received(request)).filter((s) => s.reference === reference).length).toBe(1);
  const after = await stats();
  expect(after.stored - before.stored).toBe(1);
  // Delivered: nothing of it is left on the tablet.
  await expect.poll(async () => (await rawStorage(page)).records.length).toBe(0);
});

test('on a full device, an application the page holds does not stop the tablet locking, and comes back sealed', async ({ page, request }) => {
  await sharedTablet(page, { require_pin: true, lock_after_seconds: 4 });
  const roomAgain = await fillTheDevice(page);
  await page.goto('/?form=feedback-survey&lang=en');
  await page.locator('.button--start').click();
  await choosePin(page, 'Grey owl', '9753');
  await answerFeedbackSurvey(page);
  // (Refused, not offline: this file runs without the service worker, so an offline reload fails.)
  await request.post(`${ENDPOINT}/_faults`, { data: { fail_next: 1000, status: 503 } });
  await page.locator('main > button.button').click();
  await expect(page.locator('#delivery')).toHaveText(/^This device could not save your application\./);
  const reference = (await page.locator('#reference').textContent()).trim();
  // Left alone, the tablet locks: no "Leave site?" question keeps the application on screen
  // (where "Keep a copy" would give its answers to the next person).
  let asked = false;
  page.on('dialog', (dialog) => {
    asked = true;
    dialog.dismiss();
  });
  await expect(page.locator('.button--start')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('#reference')).toHaveCount(0);
  expect(asked).toBe(false);
  // What the page held was written to the backup sealed, never in clear.
  const local = await page.evaluate(() => Object.keys(localStorage).map((k) => localStorage.getItem(k)).join('\n'));
  expect(local).toContain('"sealed":1');
  expect(local).not.toContain('speaking');

  // With room and a connection again, its applicant opens it with the PIN and sends it: the same
  // application, with its reference.
  await roomAgain();
  await request.delete(`${ENDPOINT}/_faults`);
  await page.reload();
  await expect(page.getByText('Grey owl')).toBeVisible();
  await tryPin(page, '9753');
  // It opens where it was sent from.
  await expect(page.locator('h1')).toHaveText('Check your answers');
  await page.locator('main > button.button').click();
  await expect(page.getByRole('heading', { name: 'Application sent' })).toBeVisible({ timeout: 30_000 });
  expect((await page.locator('#reference').textContent()).trim()).toBe(reference);
  await expect.poll(async () => (await received(request)).filter((s) => s.reference === reference).length).toBe(1);
});

test('an application waiting in the outbox, opened with its PIN, is sent and shown as sent, and nothing of it stays', async ({ page, request }) => {
  const reference = await sentWhileRefused(page, request, 'Orange fox', '2580');
  await page.reload();
  await request.delete(`${ENDPOINT}/_faults`);
  await tryPin(page, '2580');
  // The PIN lets the page send the copy waiting in the outbox: it says so, as after "Send".
  await expect(page.getByRole('heading', { name: 'Application sent' })).toBeVisible({ timeout: 30_000 });
  expect((await page.locator('#reference').textContent()).trim()).toBe(reference);
  await expect.poll(async () => (await received(request)).filter((s) => s.reference === reference).length).toBe(1);
  // Nothing of it is saved again: after the next start, the tablet holds nothing.
  await page.reload();
  await expect(page.locator('.button--start')).toBeVisible();
  await expect(page.getByText('Orange fox')).toHaveCount(0);
  const raw = await rawStorage(page);
  expect(raw.records).toEqual([]);
  expect(raw.local.filter((entry) => entry.startsWith('seedform-draft-backup:'))).toEqual([]);
});

test('leaving the page locks the application: Back shows the start page, not the answers', async ({}, testInfo) => {
  // Playwright turns the back-forward cache off; a tablet's everyday browser has it on.
  const browser = await withBackForwardCache(testInfo);
  const page = await browser.newPage({ serviceWorkers: 'block' });
  await sharedTablet(page, { require_pin: true, lock_after_seconds: 300 });
  await page.goto('/?form=seed-fund&lang=en');
  await page.locator('.button--start').click();
  await choosePin(page, 'Silver fish', '1470');
  await page.getByLabel('What is your group called?').fill('Quiet Lake Choir');
  await pressButton(page, 'Continue');
  await expect(page.getByText(/Question 2 of \d+/)).toBeVisible();
  // The applicant follows a link away; the next person presses Back.
  await page.goto(`${ENDPOINT}/_stats`);
  await page.goBack({ waitUntil: 'commit' });
  await expect(page.locator('.button--start')).toBeVisible();
  await expect(page.getByText('Quiet Lake Choir')).toHaveCount(0);
  await expect(page.getByText('Silver fish')).toBeVisible();
  // Nothing was written in clear as it left, and the PIN opens it where it was.
  const raw = await rawStorage(page);
  expect([...raw.records.map((r) => r.data), ...raw.local].join('\n')).not.toContain('Quiet Lake Choir');
  await tryPin(page, '1470');
  await expect(page.getByText(/Question 2 of \d+/)).toBeVisible();
  await browser.close();
});
