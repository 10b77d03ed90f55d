// The parts of the app split off the wasm (tools/split-wasm.mjs, app/src/parts.rs): the start page
// needs none of them; starting an application downloads the rest of it in the background; a part
// that cannot be downloaded says so where it is needed, loses nothing, and comes with Try again.
import { test, expect } from '@playwright/test';
import { answerFeedbackSurvey, answerFeedbackSurveyQuestions, expectNoAxeViolations, pressButton, receivedWithReference, startForm, watchParts } from './support.mjs';

// A first visit: no service worker has stored the parts yet, so the page itself downloads them.
test.use({ serviceWorkers: 'block' });

test('the start page downloads none of the parts; starting downloads the rest of the application in the background', async ({ page }) => {
  const asked = await watchParts(page);
  await page.goto('/?form=seed-fund&lang=en');
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(asked).toEqual([]);
  await pressButton(page, 'Start now');
  await expect(page.locator('#question-heading')).toBeFocused();
  for (const part of ['split_media_field', 'split_check_answers', 'split_confirmation', 'split_delivery']) {
    await expect.poll(() => asked, `${part} downloaded after Start`).toContain(part);
  }
  // Nothing of the kind for a shared tablet's PIN, or a list of saved applications this visit has not got.
  expect(asked).not.toContain('split_pin_setup');
  expect(asked).not.toContain('split_draft_list');
});

test('a screen whose part cannot be downloaded says so, keeps the answers, and Try again shows it', async ({ page }) => {
  let reachable = false;
  const parts = await watchParts(page, (name) => name === 'split_check_answers' && !reachable);
  const asked = () => parts.filter((name) => name === 'split_check_answers').length;
  await startForm(page, 'feedback-survey');
  await answerFeedbackSurveyQuestions(page);
  await pressButton(page, 'Continue');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Sorry, this form cannot be opened right now.');
  await expect(alert).toContainText('Please try again later');
  // Asked for in the background after Start (sending comes last there), and for the screen: one
  // request or two, as the screen's came before, during or after the background one.
  await expect.poll(() => parts).toContain('split_delivery');
  const refused = asked();
  expect(refused).toBeGreaterThanOrEqual(1);
  await expectNoAxeViolations(page, 'a part of the app that cannot be downloaded');

  reachable = true;
  await alert.getByRole('button', { name: 'Try again' }).click();
  const heading = page.getByRole('heading', { name: 'Check your answers' });
  await expect(heading).toBeVisible();
  // The screen's heading takes the focus when its part arrives, as on any screen change.
  await expect(heading).toBeFocused();
  await expect(page.locator('main')).toContainText('Speaking');
  expect(asked()).toBe(refused + 1);
});

test('after Send, without the confirmation part, the page still says where the application stands and its reference', async ({ page, context, request }) => {
  let reachable = false;
  const parts = await watchParts(page, (name) => name === 'split_confirmation' && !reachable);
  await startForm(page, 'feedback-survey');
  await answerFeedbackSurvey(page);
  // The connection drops before the confirmation part has come, but after the sending part has
  // (the background download after Start: sending comes last there).
  await expect.poll(() => parts).toContain('split_delivery');
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await pressButton(page, 'Send my application');

  // Not "cannot be opened": the top of the confirmation page is in the first load.
  const waiting = page.getByRole('heading', { name: 'Waiting to send' });
  await expect(waiting).toBeVisible();
  await expect(waiting).toBeFocused();
  await expect(page.locator('#delivery')).toHaveText('Saved on this device. It will be sent when you are online.');
  await expect(page.getByRole('alert')).toHaveCount(0);
  const ref = (await page.locator('#reference').textContent()).trim();
  expect(ref).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
  await expectNoAxeViolations(page, 'the confirmation without its part');

  // Back online: the application goes, and the heading says so.
  await context.setOffline(false);
  await expect(page.getByRole('heading', { name: 'Application sent' })).toBeVisible({ timeout: 30_000 });
  await receivedWithReference(request, ref);
  // Try again shows the whole page.
  reachable = true;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('#delivery')).toContainText(`Reference ${ref}.`);
});
