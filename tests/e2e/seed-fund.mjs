// The seed-fund sample application, filled in one step at a time by question id (so it does not
// depend on wording), shared by the tests that send a whole application.
import { expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const definition = JSON.parse(fs.readFileSync(path.resolve(here, '../../forms/samples/seed-fund.json'), 'utf8'));
export const questions = new Map(definition.pages.flatMap((p) => p.questions).map((q) => [q.id, q]));

/** The application, one step at a time (English, one question per page, with a host organisation). */
export const application = [
  { group_name: 'Hope & Harvest <Kitchen>' },
  // A line break, quotes and markup: each format must carry them unchanged.
  { group_does: 'We cook together.\nEvery Saturday, "3 sessions" a month & more.' },
  { pitch_by_video: false },
  { contact_name: 'Saba Tesfay' },
  { contact_email: 'saba@example.org' },
  { contact_phone: '+44 7700 900123' },
  { constituted: false },
  { host_name: 'Riverside Community Centre' },
  { host_email: 'hello@riverside.example' },
  { idea: 'A shared kitchen garden for new families.' },
  { who_for: ['women', 'families', 'new_arrivals'] },
  { lived_experience: 'ኣብ ስደት ዝነበርና ኢና። We arrived here ourselves.' },
  { amount: '4500' },
  { budget: 'Seeds & tools: £1,200. Rent: £800.' },
  {
    partners: [
      { partner_name: 'Library', partner_role: 'Rooms on Saturdays' },
      { partner_name: 'Hill School', partner_role: 'Volunteers' },
    ],
  },
  { start_date: '2027-04-15' },
  { consent: true },
];

/** What every adapter must deliver, as typed values. */
export const expected = {
  group_name: 'Hope & Harvest <Kitchen>',
  group_does: 'We cook together.\nEvery Saturday, "3 sessions" a month & more.',
  pitch_by_video: false,
  contact_name: 'Saba Tesfay',
  contact_email: 'saba@example.org',
  contact_phone: '+44 7700 900123',
  constituted: false,
  host_name: 'Riverside Community Centre',
  host_email: 'hello@riverside.example',
  idea: 'A shared kitchen garden for new families.',
  who_for: ['women', 'families', 'new_arrivals'],
  lived_experience: 'ኣብ ስደት ዝነበርና ኢና። We arrived here ourselves.',
  amount: 4500,
  budget: 'Seeds & tools: £1,200. Rent: £800.',
  partners: [
    { partner_name: 'Library', partner_role: 'Rooms on Saturdays' },
    { partner_name: 'Hill School', partner_role: 'Volunteers' },
  ],
  start_date: '2027-04-15',
  consent: true,
};

/** Fills the current step (by question id and name, so it does not depend on wording), then Continue. */
export async function fillStep(page, answers) {
  await expect(page.locator('#question-heading')).toBeFocused();
  for (const [id, value] of Object.entries(answers)) {
    const question = questions.get(id);
    if (question.type === 'yes_no' || question.type === 'consent') {
      await page.locator(`input[name="${id}"]`).nth(value ? 0 : 1).check();
    } else if (question.type === 'multiple_choice') {
      // The boxes are in the definition's order (they carry no value attribute).
      for (const v of value) {
        await page.locator(`input[name="${id}"]`).nth(question.choices.findIndex((c) => c.value === v)).check();
      }
    } else if (question.type === 'date') {
      const [y, m, d] = value.split('-');
      await page.locator(`#f-${id}-day`).fill(d);
      await page.locator(`#f-${id}-month`).fill(m);
      await page.locator(`#f-${id}-year`).fill(y);
    } else if (question.type === 'video' || question.type === 'audio') {
      // { seconds: n }: record that long with Chromium's fake camera and microphone.
      await page.getByRole('button', { name: 'Start recording' }).click();
      await expect(page.getByText(/^0:0\d of \d+:\d\d$/)).toBeVisible();
      await page.waitForTimeout(value.seconds * 1000);
      await page.getByRole('button', { name: 'Stop' }).click();
      await expect(page.locator(`${question.type}.media__player`)).toBeVisible();
    } else if (question.type === 'group') {
      for (const [i, entry] of value.entries()) {
        await page.getByRole('button', { name: 'Add another' }).click();
        for (const [member, text] of Object.entries(entry)) {
          await page.locator(`[name="${id}.${i + 1}.${member}"]`).fill(text);
        }
      }
    } else {
      await page.locator(`[name="${id}"]`).fill(value);
    }
  }
  await page.locator('form.step button[type=submit]').click();
}

/** Fills the whole application, sends it, and returns the reference shown to the applicant. */
export async function apply(page, link = '/?form=seed-fund&lang=en', steps = application) {
  await page.goto(link);
  await page.locator('.button--start').click();
  for (const step of steps) await fillStep(page, step);
  await expect(page.locator('h1')).toHaveText('Check your answers');
  await page.locator('main > button.button').click();
  await expect(page.locator('#reference')).toBeVisible();
  return (await page.locator('#reference').textContent()).trim();
}

/** The application with a 2-second video instead of the written answers it replaces. */
export const applicationWithVideo = application
  .filter((step) => !['idea', 'lived_experience', 'budget'].some((id) => id in step))
  .map((step) => ('pitch_by_video' in step ? { pitch_by_video: true } : step))
  .flatMap((step) => ('who_for' in step ? [{ pitch_video: { seconds: 2 } }, step] : [step]));

/**
 * Opens `link` and fills the application with `file` (a path, or `{ name, mimeType, buffer }`)
 * chosen as the pitch video instead of recording one, up to "Check your answers" (nothing is sent).
 */
export async function fillWithChosenVideo(page, link, file) {
  const name = typeof file === 'string' ? path.basename(file) : file.name;
  const bytes = typeof file === 'string' ? fs.statSync(file).size : file.buffer.length;
  await page.goto(link);
  await page.locator('.button--start').click();
  for (const step of applicationWithVideo) {
    if (!('pitch_video' in step)) {
      await fillStep(page, step);
      continue;
    }
    await expect(page.locator('#question-heading')).toBeFocused();
    await page.getByLabel('Or choose a file from this device').setInputFiles(file);
    // The app names the file with its size in MB (10⁶ bytes).
    await expect(page.getByText(`${name} (${(bytes / 1_000_000).toFixed(1)} MB)`)).toBeVisible();
    await page.locator('form.step button[type=submit]').click();
  }
  await expect(page.locator('h1')).toHaveText('Check your answers');
}
