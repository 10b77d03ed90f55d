// Drafts are never lost: every answer is saved on the device as it changes, a reload or a
// closed browser brings it back, and a delivered application leaves no copy behind.
import { test, expect } from '@playwright/test';
import {
  answerFeedbackSurvey, back, fillTheDevice, next, persistentProfile, startForm, storedRecords, typeInto, chooseRadio, pressButton,
} from './support.mjs';

/** Every draft stored in this origin's IndexedDB, as the raw JSON text the app wrote. */
const storedDrafts = (page) => storedRecords(page, 'drafts');

async function fillFirstSteps(page) {
  await typeInto(page, 'What is your group called?', 'Pamoja Music');
  await next(page);
  await typeInto(page, 'What does your group do?', 'Songs from home, every Sunday.');
  await next(page);
  await chooseRadio(page, 'Do you want to tell us about your idea in a video?', 'No');
  await next(page);
  await typeInto(page, "What is the contact person's name?", 'Amina Yusuf');
}

test('a reload keeps every answer and the place; the start page offers to continue', async ({ page }) => {
  await startForm(page, 'seed-fund');
  await fillFirstSteps(page);
  // Saved within the debounce, with no blur, no Continue and no unload.
  await expect.poll(async () => (await storedDrafts(page)).join('')).toContain('Amina Yusuf');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Applications on this device' })).toBeVisible();
  await page.getByRole('button', { name: /^Continue Last changed/ }).click();
  await expect(page.getByLabel("What is the contact person's name?")).toHaveValue('Amina Yusuf');
  await expect(page.getByText('Question 4 of 15')).toBeVisible();
  await back(page);
  await expect(page.getByRole('radio', { name: 'No' })).toBeChecked();
  await back(page);
  await expect(page.getByLabel('What does your group do?')).toHaveValue('Songs from home, every Sunday.');
  await back(page);
  await expect(page.getByLabel('What is your group called?')).toHaveValue('Pamoja Music');
});

test('a browser closed without warning loses nothing (persistent profile)', async ({}, testInfo) => {
  const profile = persistentProfile(testInfo);
  let context = await profile.open();
  let page = await context.newPage();
  await startForm(page, 'seed-fund');
  await fillFirstSteps(page);
  await expect.poll(async () => (await storedDrafts(page)).join('')).toContain('Amina Yusuf');
  await context.close();

  context = await profile.open();
  page = await context.newPage();
  await page.goto('/?form=seed-fund&lang=en');
  await page.getByRole('button', { name: /^Continue Last changed/ }).click();
  await expect(page.getByLabel("What is the contact person's name?")).toHaveValue('Amina Yusuf');
  await context.close();
  profile.remove();
});

test('on a full device, the answers of a closed page are still offered at the next start', async ({ page }) => {
  await fillTheDevice(page);
  await startForm(page, 'seed-fund');
  await fillFirstSteps(page);
  await expect(page.getByText('Your answers cannot be saved on this device.')).toBeVisible();
  expect(await storedDrafts(page)).toEqual([]);
  // Closing writes the one copy a closing page can (localStorage); the device is still full when
  // the page opens again, so the copy cannot move into IndexedDB, and it is offered all the same.
  await page.reload();
  const resume = page.getByRole('button', { name: /^Continue Last changed/ });
  await expect(resume).toBeVisible();
  await resume.click();
  await expect(page.getByLabel("What is the contact person's name?")).toHaveValue('Amina Yusuf');
  await back(page);
  await back(page);
  await expect(page.getByLabel('What does your group do?')).toHaveValue('Songs from home, every Sunday.');
  expect(await storedDrafts(page)).toEqual([]);
});

test('a draft can be deleted, only after saying yes', async ({ page }) => {
  await startForm(page, 'feedback-survey');
  await page.getByRole('radio', { name: '4' }).check();
  await expect.poll(async () => (await storedDrafts(page)).length).toBe(1);
  await page.goto('/?form=feedback-survey&lang=en');
  await page.getByRole('button', { name: /^Delete/ }).click();
  await page.getByRole('button', { name: 'No, keep it' }).click();
  expect(await storedDrafts(page)).toHaveLength(1);
  await page.getByRole('button', { name: /^Delete/ }).click();
  await expect(page.getByText('Delete this application? This cannot be undone.')).toBeVisible();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('heading', { name: 'Applications on this device' })).toHaveCount(0);
  expect(await storedDrafts(page)).toHaveLength(0);
});

test('once the endpoint has the application, no copy is left on the device', async ({ page }) => {
  await startForm(page, 'feedback-survey');
  await answerFeedbackSurvey(page);
  await expect.poll(async () => (await storedDrafts(page)).length).toBe(1);
  await pressButton(page, 'Send my application');
  await expect(page.getByRole('heading', { name: 'Application sent' })).toBeVisible();
  await expect.poll(async () => (await storedDrafts(page)).length).toBe(0);
});
