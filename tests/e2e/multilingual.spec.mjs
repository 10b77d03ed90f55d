// Languages: the interface in every shipped language with the right lang/dir, the sample forms
// completed in Arabic (right to left) and Tigrinya while switching languages mid-form, and
// axe-core on every page of every sample form in every language it carries.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations, receivedWithReference } from './support.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const locales = path.resolve(here, '../../app/locales');
const RTL = new Set(['ar', 'fa', 'prs', 'ps', 'ur', 'ckb']);

/** The plain value of a simple message in a .ftl file. */
function message(lang, id) {
  const text = fs.readFileSync(path.join(locales, `${lang}.ftl`), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`${id} = `));
  return line.slice(id.length + 3).trim();
}

const shipped = fs.readdirSync(locales).filter((f) => f.endsWith('.ftl')).map((f) => f.replace('.ftl', ''));

test('every shipped interface language sets lang and dir and shows its own words', async ({ page }) => {
  expect(shipped.length).toBeGreaterThanOrEqual(14);
  // A copy of the seed-fund form that declares every interface language (content falls back to
  // English), so the switcher offers all of them.
  await page.route('**/forms/seed-fund.json', async (route) => {
    const response = await route.fetch();
    const form = await response.json();
    const fill = (value) => {
      if (Array.isArray(value)) return value.forEach(fill);
      if (value && typeof value === 'object') {
        if (typeof value.en === 'string' && Object.keys(value).every((k) => form.languages.includes(k))) {
          for (const l of shipped) value[l] ??= value.en;
        } else {
          Object.values(value).forEach(fill);
        }
      }
    };
    fill(form);
    form.languages = shipped;
    await route.fulfill({ response, json: form });
  });
  await page.goto('/?form=seed-fund&lang=en');
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByLabel('Language')).toBeVisible();
  for (const lang of shipped) {
    await page.locator('#language').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', RTL.has(lang) ? 'rtl' : 'ltr');
    await expect(page.locator('form.step button[type=submit]')).toHaveText(message(lang, 'continue'));
    await expect(page.locator('#language option:checked')).toHaveText(message(lang, 'language-name'));
  }
});

/** Fills the current step of the seed-fund form (by question id, so it works in any language). */
async function fill(page, answers) {
  const heading = page.locator('#question-heading');
  await expect(heading).toBeFocused();
  for (const [id, value] of Object.entries(answers)) {
    if (typeof value === 'boolean') {
      await page.locator(`input[name="${id}"]`).nth(value ? 0 : 1).check();
    } else if (Array.isArray(value)) {
      for (const i of value) await page.locator(`input[name="${id}"]`).nth(i).check();
    } else if (id === 'start_date') {
      const [y, m, d] = value.split('-');
      await page.locator('#f-start_date-day').fill(d);
      await page.locator('#f-start_date-month').fill(m);
      await page.locator('#f-start_date-year').fill(y);
    } else {
      await page.locator(`[name="${id}"]`).fill(value);
    }
  }
  await page.locator('form.step button[type=submit]').click();
}

const seedFundSteps = [
  { group_name: 'مجموعة الأمل — Hope Group' },
  { group_does: 'نلتقي كل أسبوع. ٣ لقاءات في الشهر.' },
  { pitch_by_video: false },
  { contact_name: 'ሳባ ተስፋይ' },
  { contact_email: 'saba@example.org' },
  { contact_phone: '+44 7700 900123' },
  { constituted: true },
  { idea: 'حديقة مجتمعية للعائلات الجديدة.' },
  { who_for: [0, 3] },
  { lived_experience: 'ኣብ ስደት ዝነበርና ኢና።' },
  { amount: '٤٥٠٠' },
  { budget: 'بذور وأدوات. Seeds & tools.' },
  {},
  { start_date: '2027-04-15' },
  { consent: true },
];

for (const [lang, switchTo] of [['ar', 'en'], ['ti', 'en']]) {
  test(`seed-fund completed in ${lang}, switching to ${switchTo} and back halfway, keeps every answer`, async ({ page, request }) => {
    await page.goto(`/?form=seed-fund&lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', RTL.has(lang) ? 'rtl' : 'ltr');
    await page.locator('.button--start').click();
    for (const [i, answers] of seedFundSteps.entries()) {
      if (i === 8) {
        // Halfway: show the errors, switch language, and check nothing was lost.
        await page.locator('form.step button[type=submit]').click();
        await expect(page.locator('#error-summary')).toBeVisible();
        const position = await page.locator('#progress-text').textContent();
        await page.locator('#language').selectOption(switchTo);
        await expect(page.locator('html')).toHaveAttribute('lang', switchTo);
        await expect(page.locator('#error-summary')).toContainText(message(switchTo, 'error-summary-title'));
        await expect(page.locator('#progress-text')).not.toHaveText(position);
        await expect(page.locator('#progress-text')).toHaveText('Question 9 of 15');
        await page.locator('#language').selectOption(lang);
        await expect(page.locator('html')).toHaveAttribute('dir', RTL.has(lang) ? 'rtl' : 'ltr');
        await expect(page.locator('#error-summary')).toContainText(message(lang, 'error-summary-title'));
        // Go back and check an earlier answer survived both switches.
        await page.locator('.back-link').click();
        await expect(page.locator('[name="idea"]')).toHaveValue('حديقة مجتمعية للعائلات الجديدة.');
        await page.locator('form.step button[type=submit]').click();
      }
      await fill(page, answers);
    }
    await expect(page.locator('h1')).toHaveText(message(lang, 'check-title'));
    await page.locator('main > button.button').click();
    const reference = (await page.locator('#reference').textContent()).trim();
    const got = await receivedWithReference(request, reference);
    expect(got.language).toBe(lang);
    expect(got.answers).toEqual({
      group_name: 'مجموعة الأمل — Hope Group',
      group_does: 'نلتقي كل أسبوع. ٣ لقاءات في الشهر.',
      pitch_by_video: false,
      contact_name: 'ሳባ ተስፋይ',
      contact_email: 'saba@example.org',
      contact_phone: '+44 7700 900123',
      constituted: true,
      idea: 'حديقة مجتمعية للعائلات الجديدة.',
      who_for: ['women', 'families'],
      lived_experience: 'ኣብ ስደት ዝነበርና ኢና።',
      // Typed in Arabic-Indic digits, stored as a plain number.
      amount: 4500,
      budget: 'بذور وأدوات. Seeds & tools.',
      start_date: '2027-04-15',
      consent: true,
    });
  });
}
