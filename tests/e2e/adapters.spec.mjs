// Any endpoint: the same seed-fund application sent through the json, multipart and openrosa
// adapters, chosen by editing config.json as an organisation would, is stored by the endpoint with
// the same answers; and nothing in the link can change where the data goes.
import { test, expect } from '@playwright/test';
import { ENDPOINT, answerFeedbackSurvey, pressButton, received, receivedWithReference, startForm } from './support.mjs';
import { applicationWithVideo, apply, definition, expected as written, questions } from './seed-fund.mjs';

/** What every adapter must deliver, as typed values: the application with a recorded video, whose
 * file is compared on its own (each format carries it its own way). */
const expected = Object.fromEntries(
  Object.entries({ ...written, pitch_by_video: true }).filter(([id]) => !['idea', 'lived_experience', 'budget'].includes(id)),
);
const MEDIA = new Set(['audio', 'video', 'file']);

// The app's service worker would fetch config.json itself, out of page.route's reach.
test.use({ serviceWorkers: 'block' });

/** Serves config.json with every form's applications going to `url` in format `kind`. */
async function configureEndpoint(page, url, kind) {
  await page.route('**/config.json', async (route) => {
    const response = await route.fetch();
    const config = await response.json();
    config.endpoint = { url, kind };
    for (const form of config.forms) delete form.endpoint;
    await route.fulfill({ response, json: config });
  });
}

const METADATA = ['submission_id', 'reference', 'form_id', 'form_version', 'language', 'submitted_at'];

/** A received text as the typed value the json adapter sends, by the question's type. */
function typed(question, text, adapter) {
  const where = `${adapter} ${question.id}`;
  switch (question.type) {
    case 'number':
    case 'scale':
      expect(text, where).toMatch(/^-?\d+(\.\d+)?$/);
      return Number(text);
    case 'yes_no':
      expect(['yes', 'no'], where).toContain(text);
      return text === 'yes';
    case 'consent':
      // OpenRosa: an XLSForm `acknowledge` is "OK" when ticked.
      expect(adapter === 'openrosa' ? ['OK', ''] : ['yes', 'no'], where).toContain(text);
      return text === 'OK' || text === 'yes';
    case 'multiple_choice':
      // OpenRosa: select_multiple, values separated by spaces. Multipart: the name repeats (the
      // endpoint nests a repeated name into a list, like PHP with [] or Rack).
      return adapter === 'openrosa' ? text.split(' ') : [].concat(text);
    case 'group':
      expect(Array.isArray(text), `${where} is a list of entries`).toBe(true);
      return text.map((entry) =>
        Object.fromEntries(
          Object.entries(entry).map(([id, value]) => [id, typed(question.questions.find((m) => m.id === id), value, adapter)]),
        ),
      );
    default:
      expect(typeof text, where).toBe('string');
      // A form post writes line breaks as CR LF, as every browser's HTML form does.
      return adapter === 'multipart' ? text.replaceAll('\r\n', '\n') : text;
  }
}

/** A stored submission's answers as typed values keyed by question id. */
function answersOf(record) {
  const notMedia = ([id]) => !MEDIA.has(questions.get(id).type);
  if (record.adapter === 'json') return Object.fromEntries(Object.entries(record.received.answers).filter(notMedia));
  const { meta, ...elements } = record.received;
  const fields = record.adapter === 'openrosa' ? elements : Object.fromEntries(Object.entries(elements).filter(([k]) => !METADATA.includes(k)));
  return Object.fromEntries(
    Object.entries(fields)
      .filter(notMedia)
      .map(([id, text]) => [id, typed(questions.get(id), text, record.adapter)]),
  );
}

const ADAPTERS = [
  { kind: 'json', path: '/submissions' },
  { kind: 'multipart', path: '/form' },
  { kind: 'openrosa', path: '/openrosa/submission' },
];

test('the same application through json, multipart and openrosa is stored with the same answers', async ({ browser, request, baseURL, locale }) => {
  test.setTimeout(180_000);
  const stored = {};
  const sent = {};
  for (const { kind, path: route } of ADAPTERS) {
    // A fresh browser for each, as three organisations' applicants would be.
    const context = await browser.newContext({ baseURL, locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    await configureEndpoint(page, `${ENDPOINT}${route}`, kind);
    const posts = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r);
    });
    const reference = await apply(page, '/?form=seed-fund&lang=en', applicationWithVideo);
    // The app shows the reference, then sends from its outbox: wait until it has arrived.
    await receivedWithReference(request, reference);
    expect(posts.map((r) => r.url()), `${kind}: where the application was posted`).toEqual([`${ENDPOINT}${route}`]);
    sent[kind] = await posts[0].allHeaders();
    await context.close();
    const matches = (await received(request)).filter((s) => s.reference === reference);
    expect(matches, `${kind}: stored once`).toHaveLength(1);
    expect(matches[0].adapter).toBe(kind);
    stored[kind] = matches[0];
  }

  // How each was sent.
  // With a recording, json sends its JSON as the part `submission` of a multipart body (README).
  expect(sent.json['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  expect(sent.json['idempotency-key']).toBe(stored.json.id);
  expect(sent.multipart['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  expect(sent.multipart['idempotency-key']).toBe(stored.multipart.id);
  expect(sent.openrosa['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  expect(sent.openrosa['x-openrosa-version']).toBe('1.0');
  expect(sent.openrosa['idempotency-key']).toBeUndefined();

  // What describes each submission.
  for (const record of Object.values(stored)) {
    expect(record.form_id, record.adapter).toBe('seed-fund');
    expect(record.form_version, record.adapter).toBe(definition.version);
  }
  for (const kind of ['json', 'multipart']) {
    const record = stored[kind];
    expect(record.id, kind).toMatch(/^[0-9a-f]{32}$/);
    expect(record.idempotency_key, kind).toBe(record.id);
    expect(record.language, kind).toBe('en');
    expect(record.received.submission_id, kind).toBe(record.id);
    expect(record.received.submitted_at, kind).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  }
  const openrosa = stored.openrosa;
  expect(openrosa.id).toMatch(/^uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(openrosa.openrosa_version).toBe('1.0');
  // A page cannot set Date (a forbidden header in fetch); the instance carries the times.
  expect(openrosa.date).toBeNull();
  expect(openrosa.xml).toContain(`<seed-fund id="seed-fund" version="${definition.version}">`);
  const [meta] = openrosa.received.meta;
  expect(meta.instanceID).toBe(openrosa.id);
  expect(meta.instanceName).toBe(openrosa.reference);
  expect(meta.timeEnd).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);

  // The answers, field by field, after converting each format's way of writing them.
  const answers = Object.fromEntries(Object.entries(stored).map(([kind, record]) => [kind, answersOf(record)]));
  for (const [kind, got] of Object.entries(answers)) {
    expect(Object.keys(got).sort(), `${kind}: the questions answered`).toEqual(Object.keys(expected).sort());
    for (const [id, value] of Object.entries(expected)) {
      expect.soft(got[id], `${kind}: ${id}`).toEqual(value);
    }
  }
  expect(answers.multipart).toEqual(answers.json);
  expect(answers.openrosa).toEqual(answers.json);
  // The recorded video: one WebM file per application, filed under its question (OpenRosa, as
  // ODK does: the part is named by the file name, which the question's element holds).
  for (const [kind, record] of Object.entries(stored)) {
    const field = kind === 'openrosa' ? record.received.pitch_video : 'pitch_video';
    expect(record.files.map((f) => f.field), `${kind}: files`).toEqual([field]);
    expect(record.files[0].content_type, kind).toMatch(/^video\/webm/);
    expect(record.files[0].size, kind).toBeGreaterThan(10_000);
  }
  const [file] = stored.json.files;
  expect(stored.json.received.answers.pitch_video).toMatchObject({ name: file.name, bytes: file.size });
  expect(openrosa.received.pitch_video).toBe(stored.openrosa.files[0].name);
  // Written exactly as a plain HTML form would send it.
  expect(stored.multipart.received.group_does).toBe(expected.group_does.replace('\n', '\r\n'));
  expect(stored.multipart.received.partners[1]).toEqual({ partner_name: 'Hill School', partner_role: 'Volunteers' });
  expect(stored.multipart.received.consent).toBe('yes');
  expect(openrosa.received.who_for).toBe('women families new_arrivals');
  expect(openrosa.xml).toContain('<group_name>Hope &amp; Harvest &lt;Kitchen&gt;</group_name>');
});

test('no link parameter can change where the data goes', async ({ page, request, baseURL }) => {
  const evil = 'http://127.0.0.1:9/evil';
  const requests = [];
  page.on('request', (r) => requests.push({ method: r.method(), url: r.url() }));
  const link =
    `/?form=seed-fund&lang=en&endpoint=${encodeURIComponent(evil)}&url=${encodeURIComponent(evil)}` +
    `&submit=${encodeURIComponent(evil)}&config=${encodeURIComponent(`${evil}/config.json`)}`;
  const reference = await apply(page, link);

  // It arrived where config.json says.
  const got = await receivedWithReference(request, reference);
  expect(got.answers.group_name).toBe(expected.group_name);

  const app = new URL(baseURL).origin;
  const network = requests.filter((r) => /^https?:/.test(r.url));
  expect(network.length).toBeGreaterThan(5);
  // Nothing went anywhere but the app's own site and the configured endpoint.
  const elsewhere = network.filter((r) => ![app, ENDPOINT].includes(new URL(r.url).origin));
  expect(elsewhere).toEqual([]);
  // The configuration came from beside the app, not from the link.
  expect(network.filter((r) => new URL(r.url).pathname.endsWith('config.json')).map((r) => r.url)).toEqual([`${app}/config.json`]);
  // And the one submission went to the configured endpoint.
  expect(network.filter((r) => r.method !== 'GET')).toEqual([{ method: 'POST', url: `${ENDPOINT}/submissions` }]);
});

test('openrosa: sent again after its answer was lost, an application is the same instance and counts as received', async ({ page, context, request }) => {
  const stats = async () => (await request.get(`${ENDPOINT}/_stats`)).json();
  // Every page of this browser sends to the OpenRosa route, as ODK Central would be configured.
  await context.route('**/config.json', async (route) => {
    const response = await route.fetch();
    const config = await response.json();
    config.endpoint = { url: `${ENDPOINT}/openrosa/submission`, kind: 'openrosa' };
    for (const form of config.forms) delete form.endpoint;
    await route.fulfill({ response, json: config });
  });
  await startForm(page, 'feedback-survey');
  await answerFeedbackSurvey(page);
  // The server stores the instance at once, but the page closes before its answer arrives.
  await request.post(`${ENDPOINT}/_faults`, { data: { delay_ms: 15_000 } });
  await pressButton(page, 'Send my application');
  const reference = (await page.locator('#reference').textContent()).trim();
  const first = await receivedWithReference(request, reference);
  await page.close();
  await request.delete(`${ENDPOINT}/_faults`);
  const before = await stats();

  // Opened again, the app sends what waits in its outbox: byte for byte the instance the server
  // has (ODK Central answers 409 to another instance under the same id), so it counts as received.
  const again = await context.newPage();
  await again.goto('/?form=feedback-survey&lang=en');
  await expect.poll(async () => (await stats()).duplicates - before.duplicates, { timeout: 30_000 }).toBe(1);
  expect((await stats()).rejected - before.rejected).toBe(0);
  expect(await receivedWithReference(request, reference)).toEqual(first);
  // Delivered: the outbox on the start page is empty, nothing says it was refused.
  await expect(again.locator('.outbox')).toHaveCount(0);
});
