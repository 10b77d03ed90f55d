// Audio and video answers: record with Chromium's fake camera, keep it through a reload, play it
// back, and deliver a real WebM file; and a refused camera offers the alternatives.
import { test, expect, chromium } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ENDPOINT, back, next, startForm, chooseRadio, fillTheDevice, persistentProfile, typeInto, receivedWithReference,
} from './support.mjs';
import { application, fillStep } from './seed-fund.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
test.describe.configure({ timeout: 120_000 });

/** Whether the player starts playing (muted, so autoplay rules allow it). */
function plays(player) {
  return player.evaluate((v) => new Promise((resolve) => {
    v.muted = true;
    v.addEventListener('playing', () => resolve(true), { once: true });
    v.addEventListener('error', () => resolve(false), { once: true });
    v.play().catch(() => resolve(false));
  }));
}

/** Starts the seed-fund form and answers it up to its video question ("Film a video…"). */
async function toVideoQuestion(page) {
  await startForm(page, 'seed-fund');
  await typeInto(page, 'What is your group called?', 'Pamoja Music');
  await next(page);
  await typeInto(page, 'What does your group do?', 'Music.');
  await next(page);
  await chooseRadio(page, 'Do you want to tell us about your idea in a video?', 'Yes');
  // Then contact and money questions.
  await next(page);
  await typeInto(page, "What is the contact person's name?", 'Amina');
  await next(page);
  await next(page);
  await typeInto(page, 'Phone number', '07700900123');
  await next(page);
  await chooseRadio(page, 'Does your group have written rules and its own bank account?', 'Yes');
  await next(page);
  await expect(page.getByRole('heading', { name: 'Film a video about your idea' })).toBeVisible();
}

test('a 5-second video answer survives a reload, plays back, and arrives as a WebM file', async ({ page, request }) => {
  await toVideoQuestion(page);
  await page.getByRole('button', { name: 'Start recording' }).click();
  await expect(page.getByText(/^0:0\d of 3:00$/)).toBeVisible();
  await page.waitForTimeout(5200);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.locator('video.media__player')).toBeVisible();
  await expect(page.getByText(/^recording\.webm \(\d+ KB\)$/)).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: /^Continue Last changed/ }).click();
  const player = page.locator('video.media__player');
  await expect(player).toBeVisible();
  expect(await plays(player)).toBe(true);

  await next(page);
  await page.getByRole('checkbox', { name: 'Women' }).check();
  await next(page);
  await typeInto(page, 'How much money do you need?', '3000');
  await next(page);
  await next(page);
  await typeInto(page, 'Day', '1');
  await typeInto(page, 'Month', '6');
  await typeInto(page, 'Year', '2027');
  await next(page);
  await page.getByRole('checkbox', { name: 'Yes, I agree' }).check();
  await next(page);
  // Check your answers plays the video back.
  const reviewed = page.locator('.summary video.media__player');
  await expect(reviewed).toBeVisible();
  expect(await plays(reviewed)).toBe(true);
  await page.getByRole('button', { name: 'Send my application' }).click();
  const reference = (await page.locator('#reference').textContent()).trim();
  await receivedWithReference(request, reference);
  const all = await (await request.get(`${ENDPOINT}/submissions`)).json();
  const stored = all.find((s) => s.reference === reference);
  expect(stored.files).toHaveLength(1);
  const [file] = stored.files;
  expect(file.content_type).toMatch(/^video\/webm/);
  expect(file.size).toBeGreaterThan(20_000);
  // A real WebM (Matroska EBML header), not an empty or truncated part.
  const port = Number(process.env.SEEDFORM_E2E_PORT ?? 4173);
  const data = path.resolve(here, `../../target/e2e-received-${port}`);
  const onDisk = fs.readdirSync(data, { recursive: true }).map(String).filter((f) => f.includes(reference) || f.endsWith('.webm'));
  const bytes = fs.readFileSync(path.join(data, onDisk.find((f) => f.endsWith('.webm'))));
  expect(bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3');
  console.log(`video answer: ${file.size} bytes, ${file.content_type}`);
});

test('on a full device, a chosen file or a recording that cannot be kept says so at once', async ({ page }) => {
  const roomAgain = await fillTheDevice(page);
  await toVideoQuestion(page);
  const problem = 'This recording or file could not be saved on this device. The device may be full. ' +
    'You can write your answer instead, or ask for help.';
  await page.getByLabel('Or choose a file from this device').setInputFiles({
    name: 'idea.webm', mimeType: 'video/webm', buffer: Buffer.alloc(20_000, 1),
  });
  await expect(page.getByRole('alert')).toHaveText(problem);
  await expect(page.getByText(/^idea\.webm/)).toHaveCount(0);
  // Recording: it starts, and at the first second that cannot be stored it stops and says why,
  // instead of filming on for nothing.
  await page.getByRole('button', { name: 'Start recording' }).click();
  await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveText(problem);
  await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
  await expect(page.locator('video.media__player')).toHaveCount(0);
  await roomAgain();
});

test('on a full device, recording again keeps the recording it would have replaced', async ({}, testInfo) => {
  // A profile kept on disk, so that the browser can close and open again on a full device: a new
  // quota applies to IndexedDB as Chromium opens it, not to a database already open.
  const profile = persistentProfile(testInfo);
  let context = await profile.open();
  let page = await context.newPage();
  await toVideoQuestion(page);
  await page.getByRole('button', { name: 'Start recording' }).click();
  await expect(page.getByText(/^0:0\d of 3:00$/)).toBeVisible();
  await page.waitForTimeout(2500);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByText(/^recording\.webm \(\d+ KB\)$/)).toBeVisible();
  // As stored: what a reload shows.
  await page.reload();
  await page.getByRole('button', { name: /^Continue Last changed/ }).click();
  const kept = page.getByText(/^recording\.webm \(\d+ KB\)$/);
  await expect(kept).toBeVisible();
  const size = await kept.textContent();
  await context.close();

  // The device has filled up meanwhile.
  context = await profile.open();
  page = await context.newPage();
  await fillTheDevice(page);
  await page.goto('/?form=seed-fund&lang=en');
  await page.getByRole('button', { name: /^Continue Last changed/ }).click();
  await expect(page.locator('video.media__player')).toBeVisible();
  await page.getByRole('button', { name: 'Record again' }).click();
  await expect(page.getByRole('alert')).toHaveText(/^This recording or file could not be saved on this device\./);
  await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
  // The first recording is still the answer, and still on the device.
  await page.reload();
  const resume = page.getByRole('button', { name: /^Continue Last changed/ });
  await expect(resume).toBeVisible();
  await resume.click();
  await expect(page.getByText(size)).toBeVisible();
  const player = page.locator('video.media__player');
  await expect(player).toBeVisible();
  expect(await plays(player)).toBe(true);
  await context.close();
  profile.remove();
});

test('a refused camera says so and offers a file or writing instead', async ({}, testInfo) => {
  const { baseURL, launchOptions } = testInfo.project.use;
  // Without the fake-UI flag, headless Chromium refuses camera access.
  const args = launchOptions.args.filter((a) => a !== '--use-fake-ui-for-media-stream');
  const browser = await chromium.launch({ ...launchOptions, args });
  const context = await browser.newContext({ baseURL, permissions: [] });
  const page = await context.newPage();
  await toVideoQuestion(page);
  await page.getByRole('button', { name: 'Start recording' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'The camera or microphone cannot be used. You can choose a file instead, or write your answer.');
  await expect(page.getByLabel('Or choose a file from this device')).toBeVisible();
  await browser.close();
});

test('a written question whose form allows it can be answered by voice instead', async ({ page, request }) => {
  await page.goto('/?form=seed-fund&lang=en');
  await page.locator('.button--start').click();
  await fillStep(page, application[0]);
  // "What does your group do?" allows writing or saying.
  await expect(page.getByRole('radio', { name: 'Film it instead' })).toHaveCount(0);
  await page.getByRole('radio', { name: 'Say it instead' }).check();
  await page.getByRole('button', { name: 'Start recording' }).click();
  await page.waitForTimeout(2000);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.locator('audio.media__player')).toBeVisible();
  await page.locator('form.step button[type=submit]').click();
  for (const step of application.slice(2)) await fillStep(page, step);
  await expect(page.locator('h1')).toHaveText('Check your answers');
  await expect(page.locator('.summary audio.media__player')).toBeVisible();
  await page.locator('main > button.button').click();
  const reference = (await page.locator('#reference').textContent()).trim();
  const got = await receivedWithReference(request, reference);
  expect(got.answers.group_does).toMatchObject({ mime: expect.stringMatching(/^audio\//) });
  const [record] = (await (await request.get(`${ENDPOINT}/submissions`)).json()).filter((s) => s.reference === reference);
  expect(record.files.map((f) => [f.field, f.content_type.split('/')[0]])).toEqual([['group_does', 'audio']]);
});
