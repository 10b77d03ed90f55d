// What an applicant sees and touches: the Listen button, live conditions, repeatable groups,
// text that is never HTML, and narrow screens.
import { test, expect } from '@playwright/test';
import {
  back, chooseRadio, expectNoAxeViolations, next, pressButton, receivedWithReference, scrollsHorizontally, startForm, tick, typeInto,
} from './support.mjs';

test('Listen plays the recorded prompt, and a question with no audio shows no Listen button', async ({ page }) => {
  await startForm(page, 'feedback-survey');
  const listen = page.getByRole('button', { name: 'Listen' });
  await expect(listen).toBeVisible();
  const audio = page.locator('audio');
  await expect(audio).toHaveAttribute('src', 'forms/media/prompts/en/enjoy.ogg');
  const played = audio.evaluate((a) => new Promise((resolve) => a.addEventListener('playing', () => resolve(a.currentSrc), { once: true })));
  await listen.click();
  expect(await played).toContain('/forms/media/prompts/en/enjoy.ogg');
  await expect(page.getByRole('button', { name: 'Stop' })).toHaveAttribute('aria-pressed', 'true');

  // The seed-fund form has no recordings, and this browser has no voices, so: no button at all.
  const voices = await page.evaluate(() => speechSynthesis.getVoices().length);
  await startForm(page, 'seed-fund');
  if (voices === 0) {
    await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0);
  } else {
    // With a voice for English, the question is read by speech synthesis instead.
    await expect(page.getByRole('button', { name: 'Listen' })).toBeVisible();
  }
});

test('conditions update live; hidden answers are not sent but come back when shown again', async ({ page, request }) => {
  await startForm(page, 'seed-fund');
  await expect(page.getByText('Question 1 of 15')).toBeVisible();
  const steps = [
    ['What is your group called?', 'Pamoja Music'],
    ['What does your group do?', 'Music.'],
  ];
  for (const [label, value] of steps) {
    await typeInto(page, label, value);
    await next(page);
  }
  await chooseRadio(page, 'Do you want to tell us about your idea in a video?', 'No');
  await next(page);
  await typeInto(page, "What is the contact person's name?", 'Amina');
  await next(page);
  await next(page);
  await typeInto(page, 'Phone number', '07700900123');
  await next(page);
  await chooseRadio(page, 'Does your group have written rules and its own bank account?', 'No');
  // Two host questions appear: the count follows.
  await expect(page.getByText('Question 7 of 17')).toBeVisible();
  await next(page);
  await typeInto(page, 'What is the host organisation called?', 'Riverside Centre');
  await back(page);
  await chooseRadio(page, 'Does your group have written rules and its own bank account?', 'Yes');
  await expect(page.getByText('Question 7 of 15')).toBeVisible();
  await chooseRadio(page, 'Does your group have written rules and its own bank account?', 'No');
  await next(page);
  // The hidden answer was kept in the draft, so it is back.
  await expect(page.getByLabel('What is the host organisation called?')).toHaveValue('Riverside Centre');
  await back(page);
  await chooseRadio(page, 'Does your group have written rules and its own bank account?', 'Yes');
  for (const [label, value] of [
    ['What is your idea?', 'Songs.'],
  ]) {
    await next(page);
    await typeInto(page, label, value);
  }
  await next(page);
  await tick(page, 'Women');
  await next(page);
  await typeInto(page, 'Who leads this idea?', 'We do.');
  await next(page);
  await typeInto(page, 'How much money do you need?', '2000');
  await next(page);
  await typeInto(page, 'What will you spend the money on?', 'Drums.');
  await next(page);

  // Partners: add three, remove one, reorder.
  for (const name of ['First', 'Second', 'Third']) {
    await pressButton(page, 'Add another');
    await page.locator('.entry').last().getByLabel("Partner's name").fill(name);
    await page.locator('.entry').last().getByLabel('What will they do?').fill(`${name} role`);
  }
  await page.getByRole('button', { name: 'Remove Partner 2' }).click();
  await expect(page.locator('.entry')).toHaveCount(2);
  await page.getByRole('button', { name: 'Move up Partner 2' }).click();
  await expect(page.locator('.entry').first().getByLabel("Partner's name")).toHaveValue('Third');
  await expect(page.locator('#entry-partners-0')).toBeFocused();
  await expectNoAxeViolations(page, 'partners with entries');
  await next(page);
  await typeInto(page, 'Day', '2');
  await typeInto(page, 'Month', '2');
  await typeInto(page, 'Year', '2027');
  await next(page);
  await tick(page, 'Yes, I agree');
  await next(page);

  // Change an answer from the check page, and come back to it.
  await page.getByRole('button', { name: 'Change How much money do you need?' }).click();
  await typeInto(page, 'How much money do you need?', '2500');
  await next(page);
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();

  await pressButton(page, 'Send my application');
  const reference = (await page.locator('#reference').textContent()).trim();
  const got = await receivedWithReference(request, reference);
  expect(got.answers.constituted).toBe(true);
  expect(got.answers).not.toHaveProperty('host_name');
  expect(got.answers.amount).toBe(2500);
  expect(got.answers.partners).toEqual([
    { partner_name: 'Third', partner_role: 'Third role' },
    { partner_name: 'First', partner_role: 'First role' },
  ]);
});

test('text from a definition is shown as text, never run as HTML', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__xss=1">';
  await page.route('**/forms/seed-fund.json', async (route) => {
    const response = await route.fetch();
    const form = await response.json();
    form.title.en = `Seed ${hostile}`;
    form.pages[0].questions[0].label.en = `Name ${hostile}<script>window.__xss=2</script>`;
    form.pages[0].questions[0].hint = Object.fromEntries(form.languages.map((l) => [l, `<b>bold</b> ${hostile}`]));
    await route.fulfill({ response, json: form });
  });
  page.on('dialog', (d) => d.dismiss());
  await startForm(page, 'seed-fund');
  await expect(page.locator('#question-heading')).toContainText('Name <img src=x onerror="window.__xss=1"><script>');
  await expect(page.getByText('<b>bold</b>', { exact: false })).toBeVisible();
  expect(await page.locator('main img, main script, main b').count()).toBe(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});

test('after the closing date the form says it is closed and starts no application', async ({ page }) => {
  await page.route('**/forms/seed-fund.json', async (route) => {
    const response = await route.fetch();
    const form = await response.json();
    form.opens = '2020-01-01';
    form.closes = '2021-01-31';
    await route.fulfill({ response, json: form });
  });
  await page.goto('/?form=seed-fund&lang=en');
  await expect(page.getByText('This form is closed. It is not taking new applications.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start now' })).toHaveCount(0);
  // The invitation to talk is still there.
  await expect(page.getByRole('link', { name: '+44 20 7946 0123' })).toBeVisible();
  await expectNoAxeViolations(page, 'closed start page');
});

test.describe('a closed form with a draft', () => {
  // page.route must see the reload's definition too, so the service worker stays out of it.
  test.use({ serviceWorkers: 'block' });

test('a draft started before the closing date is not a dead end: it opens, with a warning', async ({ page }) => {
  let closed = false;
  await page.route('**/forms/seed-fund.json', async (route) => {
    const response = await route.fetch();
    const form = await response.json();
    if (closed) Object.assign(form, { opens: '2020-01-01', closes: '2021-01-31' });
    await route.fulfill({ response, json: form });
  });
  await startForm(page, 'seed-fund');
  await typeInto(page, 'What is your group called?', 'Pamoja Music');
  await page.waitForTimeout(800);
  closed = true;
  await page.reload();
  await expect(page.getByText('This form is closed. It is not taking new applications.')).toBeVisible();
  await expect(page.getByText('This form has closed. You can still look at your answers.')).toBeVisible();
  await page.getByRole('button', { name: /^Continue Last changed/ }).click();
  await expect(page.getByLabel('What is your group called?')).toHaveValue('Pamoja Music');
});
});
