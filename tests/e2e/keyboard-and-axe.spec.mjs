// Each sample form completed with the keyboard only, sent to the real endpoint, with axe-core run
// on every page, including each page's error state, the check-answers and confirmation pages.
import { test, expect } from '@playwright/test';
import {
  chooseRadio, expectNoAxeViolations, tabTo, pressButton, receivedWithReference, scrollsHorizontally, startForm, tick, typeInto,
} from './support.mjs';

// axe-core runs on every page in five languages: a few minutes per form on two cores.
test.describe.configure({ timeout: 240_000 });

/**
 * axe-core on the page as it is, in every language the form carries (desktop run only; the
 * 320 px run checks the English pages), then back to the language it was in.
 */
async function axeInEveryLanguage(page, where) {
  if (test.info().project.name !== 'desktop') return expectNoAxeViolations(page, where);
  const html = page.locator('html');
  const current = await html.getAttribute('lang');
  const langs = await page.locator('#language option').evaluateAll((os) => os.map((o) => o.value));
  expect(langs.length, 'languages offered').toBeGreaterThanOrEqual(5);
  for (const lang of [...langs.filter((l) => l !== current), current]) {
    await page.locator('#language').selectOption(lang);
    await expect(html).toHaveAttribute('lang', lang);
    await expectNoAxeViolations(page, `${where} [${lang}]`);
  }
}

/** Presses Continue with nothing answered, checks the error state (summary focused, axe clean). */
async function checkErrorState(page, where) {
  await pressButton(page, 'Continue');
  const summary = page.locator('#error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page.locator('.error-message').first()).toContainText('Error:');
  await axeInEveryLanguage(page, `${where} (error state)`);
}

/** One step: axe on the fresh page, optionally its error state, then answer and continue. */
async function step(page, where, answer, { required = true } = {}) {
  await axeInEveryLanguage(page, where);
  expect(await scrollsHorizontally(page), `${where} scrolls sideways`).toBe(false);
  if (required) await checkErrorState(page, where);
  await answer();
  await pressButton(page, 'Continue');
}

async function finish(page, request, where) {
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await axeInEveryLanguage(page, `${where}: check your answers`);
  await pressButton(page, 'Send my application');
  await expect(page.getByRole('heading', { name: 'Application sent' })).toBeVisible();
  await axeInEveryLanguage(page, `${where}: confirmation`);
  const reference = (await page.locator('#reference').textContent()).trim();
  expect(reference).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
  return receivedWithReference(request, reference);
}

test('seed-fund: completed with the keyboard only, host-organisation branch, two partners', async ({ page, request }) => {
  await startForm(page, 'seed-fund');
  await expectNoAxeViolations(page, 'seed-fund: first question');
  await step(page, 'group name', () => typeInto(page, 'What is your group called?', 'Pamoja Music'));
  await step(page, 'group does', () => typeInto(page, 'What does your group do?', 'We play music together every week.'));
  await step(page, 'pitch by video', () => chooseRadio(page, 'Do you want to tell us about your idea in a video?', 'No'));
  await step(page, 'contact name', () => typeInto(page, "What is the contact person's name?", 'Amina Yusuf'));
  await step(page, 'contact email', () => typeInto(page, 'Email address', 'amina@example.org'), { required: false });
  await step(page, 'contact phone', () => typeInto(page, 'Phone number', '+44 7700 900123'));
  await step(page, 'constituted', () =>
    chooseRadio(page, 'Does your group have written rules and its own bank account?', 'No'));
  // The host-organisation branch appears only because the group is not constituted.
  await step(page, 'host name', () => typeInto(page, 'What is the host organisation called?', 'Riverside Community Centre'));
  await step(page, 'host email', () =>
    typeInto(page, 'Email address of someone at the host organisation', 'hello@riverside.example.org'));
  await step(page, 'idea', () => typeInto(page, 'What is your idea?', 'Music afternoons for new arrivals.'));
  await step(page, 'who for', async () => {
    await tick(page, 'People new to the UK');
    await tick(page, 'Families');
  });
  await step(page, 'lived experience', () => typeInto(page, 'Who leads this idea?', 'Three of us came here as refugees.'));
  await step(page, 'amount', () => typeInto(page, 'How much money do you need?', '3500'));
  await step(page, 'budget', () => typeInto(page, 'What will you spend the money on?', 'Instruments and room hire.'));
  await step(page, 'partners', async () => {
    for (const [name, role] of [['Riverside Library', 'Lend us a room'], ['City Choir', 'Teach singing']]) {
      await pressButton(page, 'Add another');
      const entry = page.locator('.entry').last();
      await tabTo(page, entry.getByLabel("Partner's name"));
      await page.keyboard.type(name);
      await tabTo(page, entry.getByLabel('What will they do?'));
      await page.keyboard.type(role);
    }
    await expect(page.getByRole('heading', { name: 'Partner 2' })).toBeVisible();
  }, { required: false });
  await step(page, 'start date', async () => {
    const date = page.getByRole('group', { name: 'When do you want to start?' });
    await typeInto(page, 'Day', '1');
    await typeInto(page, 'Month', '5');
    await typeInto(page, 'Year', '2027');
    await expect(date.getByLabel('Year')).toHaveValue('2027');
  });
  await step(page, 'consent', () => tick(page, 'Yes, I agree'));

  const got = await finish(page, request, 'seed-fund');
  expect(got.form_id).toBe('seed-fund');
  expect(got.language).toBe('en');
  expect(got.answers).toEqual({
    group_name: 'Pamoja Music',
    group_does: 'We play music together every week.',
    pitch_by_video: false,
    contact_name: 'Amina Yusuf',
    contact_email: 'amina@example.org',
    contact_phone: '+44 7700 900123',
    constituted: false,
    host_name: 'Riverside Community Centre',
    host_email: 'hello@riverside.example.org',
    idea: 'Music afternoons for new arrivals.',
    who_for: ['new_arrivals', 'families'],
    lived_experience: 'Three of us came here as refugees.',
    amount: 3500,
    budget: 'Instruments and room hire.',
    partners: [
      { partner_name: 'Riverside Library', partner_role: 'Lend us a room' },
      { partner_name: 'City Choir', partner_role: 'Teach singing' },
    ],
    start_date: '2027-05-01',
    consent: true,
  });
});

test('integration-award: grouped pages completed with the keyboard only', async ({ page, request }) => {
  await startForm(page, 'integration-award');
  await step(page, 'award', () => chooseRadio(page, 'Which award are you nominating for?', 'Tech & Innovation'));
  await step(page, 'nominee', () => typeInto(page, 'Who are you nominating?', 'Code Your Future Leeds'));
  await step(page, 'reasons', async () => {
    // Too short: the message says how long, with the form's own number (`min_length`: 50).
    await typeInto(page, 'Why does this project deserve the award?', 'Good.');
    await pressButton(page, 'Continue');
    await expect(page.locator('#error-summary')).toContainText('Please write at least 50 characters.');
    await typeInto(page, 'Why does this project deserve the award?',
      'They teach coding to refugees and help them find their first job in tech.');
    await typeInto(page, 'About how many people has the project reached?', '240');
  });
  await step(page, 'about you', async () => {
    await typeInto(page, 'What is your name?', 'Dawit Tesfaye');
    await typeInto(page, 'What is your email address?', 'dawit@example.org');
  });
  await step(page, 'consent', () => tick(page, 'Yes, I agree'));
  const got = await finish(page, request, 'integration-award');
  expect(got.answers).toEqual({
    category: 'tech_innovation',
    nominee_name: 'Code Your Future Leeds',
    reasons: 'They teach coding to refugees and help them find their first job in tech.',
    people_reached: 240,
    nominator_name: 'Dawit Tesfaye',
    nominator_email: 'dawit@example.org',
    consent: true,
  });
});

test('feedback-survey: faces, picture choices and yes/no with the keyboard only', async ({ page, request }) => {
  await startForm(page, 'feedback-survey');
  await step(page, 'enjoy', () => chooseRadio(page, "How much did you enjoy today's session?", '5 – Very much'));
  await step(page, 'welcome', () => chooseRadio(page, 'Did you feel welcome?', '4'), { required: false });
  await step(page, 'confidence', () => chooseRadio(page, 'Do you feel more confident speaking the language now?', '3'),
    { required: false });
  await step(page, 'practised', () => chooseRadio(page, 'What did you practise most today?', 'Speaking'));
  await step(page, 'come again', () => chooseRadio(page, 'Would you come again?', 'Yes'));
  await step(page, 'comment', () => typeInto(page, 'Is there anything else you want to tell us?', 'شكرا! Thank you.'),
    { required: false });
  const got = await finish(page, request, 'feedback-survey');
  expect(got.answers).toEqual({
    enjoy: 5, welcome: 4, confidence: 3, practised: 'speaking', come_again: true, comment: 'شكرا! Thank you.',
  });
});
