// The foundation's first end-to-end checks: the served app loads a form definition at run time
// and shows its first question, and a form that cannot be loaded says so plainly.
import { test, expect } from '@playwright/test';

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
