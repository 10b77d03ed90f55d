// A draft started on one version of a form opens on the next: answers to questions that were
// removed are kept in the draft and listed for the applicant, never dropped silently.
import { test, expect } from '@playwright/test';
import { next, startForm, storedRecords, typeInto } from './support.mjs';

// page.route must see every load of the definition, so the service worker stays out of it here.
test.use({ serviceWorkers: 'block' });

const storedDrafts = async (page) => (await storedRecords(page, 'drafts')).map((t) => JSON.parse(t));

test('a draft from version 1 opens on version 2 and keeps the answer to a removed question', async ({ page }) => {
  let version = 1;
  await page.route('**/forms/seed-fund.json', async (route) => {
    const response = await route.fetch();
    const form = await response.json();
    if (version === 2) {
      form.version = '2027.1';
      // Version 2 no longer asks what the group does.
      form.pages[0].questions = form.pages[0].questions.filter((q) => q.id !== 'group_does');
    }
    await route.fulfill({ response, json: form });
  });

  await startForm(page, 'seed-fund');
  await typeInto(page, 'What is your group called?', 'Pamoja Music');
  await next(page);
  await typeInto(page, 'What does your group do?', 'Songs from home, every Sunday.');
  await expect.poll(async () => JSON.stringify(await storedDrafts(page))).toContain('Songs from home');

  version = 2;
  await page.reload();
  await page.getByRole('button', { name: /^Continue Last changed/ }).click();
  const notice = page.locator('#form-changed');
  await expect(notice).toContainText('This form has changed since you started.');
  await expect(notice).toContainText('group_does: Songs from home, every Sunday.');
  // The draft moved to the new version and still holds the answer.
  await expect.poll(async () => (await storedDrafts(page))[0]?.form_version).toBe('2027.1');
  const [draft] = await storedDrafts(page);
  expect(draft.answers.group_does).toEqual({ type: 'text', value: 'Songs from home, every Sunday.' });
  expect(draft.answers.group_name).toEqual({ type: 'text', value: 'Pamoja Music' });
});
