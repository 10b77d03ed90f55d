// Seedform's benchmark (`cargo xtask bench`, which installs what this needs first): the seed-fund
// form in Seedform's release build, in SurveyJS and as a static HTML form, side by side, plus a
// generated stress form, a 3-minute video recording and the app's resumable upload. Prints a table
// and writes target/bench/results.json. It is not a test: nothing here passes or fails on a number;
// a figure that cannot be measured says why instead.
//
// SEEDFORM_BENCH_ONLY=recording,uploads (any of lighthouse, interactive, stress, autosave,
// recording, uploads) runs only those sections; SEEDFORM_BENCH_RECORD_SECONDS shortens the
// recording (180 by default, the video question's limit) to try it out.
import { execFileSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { autosave } from './autosave.mjs';
import { launch, MOBILE } from './browser.mjs';
import { interactiveOffline, interactiveOnline } from './interactive.mjs';
import { LIGHTHOUSE_VERSION, startLighthouse } from './lighthouse.mjs';
import { recording, SAMPLE_EVERY_MS } from './recording.mjs';
import { stress } from './stress.mjs';
import { LANGUAGES, PER_PAGE, QUESTIONS, seedformDefinition } from './stress-form.mjs';
import { COLUMNS, renderTable } from './table.mjs';
import { startEndpoint, uploads } from './uploads.mjs';
import { startVariants } from './variants.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'target/bench');
const DIST = path.join(ROOT, 'dist');

const LIGHTHOUSE_RUNS = 3;
const RUNS = 5;
const AUTOSAVE_INPUTS = 24;
const RECORD_SECONDS = Number(process.env.SEEDFORM_BENCH_RECORD_SECONDS ?? 180);
/** What the issue aims for: a long recording must not pile up in the page's memory. */
const HEAP_GROWTH_GOAL = 10e6;
const UPLOAD_RUNS = 5;
const UPLOAD_BYTES = 40e6;

const SECTIONS = ['lighthouse', 'interactive', 'stress', 'autosave', 'recording', 'uploads'];
const only = process.env.SEEDFORM_BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
for (const s of only ?? []) {
  if (!SECTIONS.includes(s)) throw new Error(`SEEDFORM_BENCH_ONLY: no section ${s} (there are ${SECTIONS.join(', ')})`);
}
const runs = (section) => !only || only.includes(section);

const NO_SERVICE_WORKER = 'No service worker: the page does not open without a connection.';
const NO_SCRIPT_STRESS = 'A page without script has no pages, conditions or languages to switch: nothing to time.';
const NOT_SAVED = {
  surveyjs: 'SurveyJS keeps answers in memory; saving a draft is left to the hosting page’s own code.',
  static: 'No script: nothing is saved until the form is sent.',
};
const NOT_RECORDED = {
  surveyjs: 'The SurveyJS form takes the video as a chosen file (a file question): nothing records in the page.',
  static: 'No script: the static form takes the video as a chosen file (input type=file).',
};
const NOT_UPLOADED = {
  surveyjs: 'SurveyJS leaves sending files to the hosting page’s own code.',
  static: 'No script: the browser sends the file inside the form post, with no way to resume.',
};

const progress = (text) => process.stderr.write(`· ${text}\n`);

/** `fn()`'s result, or `{ missing }` with why it failed (the run goes on). */
async function attempt(what, fn) {
  progress(what);
  try {
    return await fn();
  } catch (error) {
    const message = String(error?.message ?? error).split('\n')[0];
    progress(`  failed: ${message}`);
    return { missing: `Failed: ${message}` };
  }
}

/** The `key` figure of each variant's result (a result that failed stays `{ missing }`). */
const pick = (results, key) =>
  Object.fromEntries(COLUMNS.map((c) => [c, results[c]?.missing ? results[c] : results[c][key]]));

const variants = await startVariants(ROOT, OUT);
const browser = await launch();
const chromium = browser.version();
const rows = [];
try {
  if (runs('lighthouse')) {
    const lighthouse = {};
    const auditor = await attempt('Starting Chromium for Lighthouse', startLighthouse);
    for (const c of COLUMNS) {
      lighthouse[c] = auditor.missing
        ? auditor
        : await attempt(`Lighthouse: ${variants[c].name} (${LIGHTHOUSE_RUNS} runs)`, () => auditor.audit(variants[c].url, LIGHTHOUSE_RUNS));
    }
    if (!auditor.missing) await auditor.close();
    rows.push(
      { section: `Lighthouse ${LIGHTHOUSE_VERSION} defaults: mobile, simulated Slow 4G and 4× CPU; the median of ${LIGHTHOUSE_RUNS} runs` },
      { label: 'performance score', unit: 'score', values: pick(lighthouse, 'performance') },
      { label: 'accessibility score', unit: 'score', values: pick(lighthouse, 'accessibility') },
      { label: 'Largest Contentful Paint', unit: 'ms', values: pick(lighthouse, 'lcp') },
      { label: 'Total Blocking Time', unit: 'ms', values: pick(lighthouse, 'tbt') },
      { label: 'transferred bytes (whole load)', unit: 'bytes', values: pick(lighthouse, 'bytes') },
    );
  }

  if (runs('interactive')) {
    const online = {};
    const offline = {};
    for (const c of COLUMNS) {
      online[c] = await attempt(`First question, online: ${variants[c].name} (${RUNS} runs)`, () =>
        interactiveOnline(browser, variants[c], RUNS),
      );
      offline[c] = variants[c].offline
        ? await attempt(`First question, offline: ${variants[c].name} (${RUNS} runs)`, () => interactiveOffline(variants[c], RUNS))
        : { missing: NO_SERVICE_WORKER };
    }
    rows.push(
      { section: `First question interactive: the page's clock (performance.now() from navigation start) at the first keystroke that reached it; median of ${RUNS} fresh runs` },
      { label: 'first-load bytes (until interactive)', unit: 'bytes', values: pick(online, 'bytes'), goal: 0.4 },
      { label: `online (Slow 4G: ${Math.round(MOBILE.requestLatencyMs)} ms latency, ${(MOBILE.downloadThroughputKbps / 1024).toFixed(1)} Mbit/s; ${MOBILE.cpuSlowdownMultiplier}× CPU)`, unit: 'ms', values: pick(online, 'ms'), goal: 0.5 },
      { label: `offline cold start (new browser, ${MOBILE.cpuSlowdownMultiplier}× CPU)`, unit: 'ms', values: pick(offline, 'ms') },
      { label: 'first visit until stored for offline use: bytes sent by the server (page and service worker)', unit: 'bytes', values: pick(offline, 'visitBytes') },
    );
  }

  if (runs('stress')) {
    const stressed = {};
    for (const c of COLUMNS) {
      stressed[c] = variants[c].stressUrl
        ? await attempt(`Stress form: ${variants[c].name} (${RUNS} runs)`, () => stress(browser, c, variants[c], RUNS))
        : { missing: NO_SCRIPT_STRESS };
    }
    for (const c of COLUMNS) {
      if (!stressed[c].missing) stressed[c].total = stressed[c].jsHeap + stressed[c].wasmMemory;
    }
    rows.push(
      { section: `Stress form: ${QUESTIONS} questions on ${Math.ceil(QUESTIONS / PER_PAGE)} pages, ${LANGUAGES.length} languages, ${countConditions()} conditions; this machine, no throttling; the page's clock; median of ${RUNS}` },
      { label: 'open: definition received → start screen', unit: 'ms', values: pick(stressed, 'open') },
      { label: 'first page: Start → page 1 shown', unit: 'ms', values: pick(stressed, 'firstPage') },
      { label: 'next page: Continue → page 2 shown', unit: 'ms', values: pick(stressed, 'nextPage') },
      { label: 'language switch: English → Arabic', unit: 'ms', values: pick(stressed, 'language') },
      { label: 'JS heap (after garbage collection)', unit: 'memory', values: pick(stressed, 'jsHeap') },
      { label: 'wasm memory (as far as it has grown)', unit: 'memory', values: pick(stressed, 'wasmMemory') },
      { label: 'JS heap + wasm memory', unit: 'memory', values: pick(stressed, 'total') },
    );
  }

  if (runs('autosave')) {
    const saved = {
      seedform: await attempt(`Autosave: Seedform (${AUTOSAVE_INPUTS} inputs)`, () => autosave(browser, variants.seedform, AUTOSAVE_INPUTS)),
      surveyjs: { missing: NOT_SAVED.surveyjs },
      static: { missing: NOT_SAVED.static },
    };
    rows.push(
      { section: `Autosave: input event → draft committed in IndexedDB, seed-fund form; ${AUTOSAVE_INPUTS} inputs, no throttling` },
      { label: 'median', unit: 'ms', values: pick(saved, 'median') },
      { label: '95th percentile', unit: 'ms', values: pick(saved, 'p95') },
    );
  }

  if (runs('recording')) rows.push(...(await recordingRows()));
  if (runs('uploads')) rows.push(...(await uploadRows()));
} finally {
  await browser.close();
  await variants.close();
}

const about = [
  `Seedform benchmark, ${new Date().toISOString()}; ${commit()}; release build of ${statSync(path.join(DIST, 'index.html')).mtime.toISOString()}; Chromium ${chromium}`,
  'All three are served by one Node server on 127.0.0.1 with gzip level 9, each on its own port, and run in headless Chromium.',
  'Seedform and SurveyJS show a start page first: their times include pressing Start. The static HTML form has all pages on one page',
  '(no script, so no start page, conditions, saving or language switch): it is the floor.',
  '',
];
const table = renderTable(rows);
console.log(`${about.join('\n')}\n${table}`);
writeFileSync(path.join(OUT, 'results.json'), `${JSON.stringify({ about, rows }, null, 2)}\n`);
console.log(`\nWritten: ${path.relative(ROOT, path.join(OUT, 'results.json'))}`);

/** The recording section: one recording of `RECORD_SECONDS` in the seed-fund form's video question. */
async function recordingRows() {
  const seedform = await attempt(`Recording: Seedform, ${RECORD_SECONDS} s`, () => recording(variants.seedform, RECORD_SECONDS));
  const row = (label, unit, value) => ({
    label,
    unit,
    values: { seedform: seedform.missing ? seedform : value(seedform), surveyjs: { missing: NOT_RECORDED.surveyjs }, static: { missing: NOT_RECORDED.static } },
  });
  const growth = (r) => r.after.jsHeap - r.before.jsHeap;
  const goal = seedform.missing ? '' : growth(seedform) < HEAP_GROWTH_GOAL ? ': met' : ': not met';
  return [
    { section: `Recording: the seed-fund video question for ${RECORD_SECONDS} s with Chromium's fake camera and microphone (chunks of 1 s stored in IndexedDB as they come); a browser profile on disk, no throttling` },
    row('JS heap before recording (after garbage collection)', 'megabytes', (r) => r.before.jsHeap),
    row('JS heap after stopping (after garbage collection)', 'megabytes', (r) => r.after.jsHeap),
    row(`JS heap peak while recording (read every ${SAMPLE_EVERY_MS / 1000} s, no forced collection)`, 'megabytes', (r) => r.peakHeap),
    row(`JS heap growth, after − before (goal: under ${HEAP_GROWTH_GOAL / 1e6} MB${goal})`, 'megabytes', growth),
    row('wasm memory before recording', 'megabytes', (r) => r.before.wasmMemory),
    row('wasm memory after stopping', 'megabytes', (r) => r.after.wasmMemory),
    row('IndexedDB before (the browser\'s estimate)', 'megabytes', (r) => r.before.idbEstimate),
    row('IndexedDB after (the browser\'s estimate)', 'megabytes', (r) => r.after.idbEstimate),
    row('recorded chunks in IndexedDB before (bytes read back)', 'megabytes', (r) => r.before.idbMedia),
    row('recorded chunks in IndexedDB after (bytes read back)', 'megabytes', (r) => r.after.idbMedia),
    row('recording: size, as the draft names it', 'megabytes', (r) => r.recordedBytes),
    row('recording: length, as the draft names it', 'seconds', (r) => r.recordedSeconds),
  ];
}

/** The uploads section: the app's resumable upload against a plain fetch, through the test endpoint. */
async function uploadRows() {
  const mb = UPLOAD_BYTES / 1e6;
  const seedform = await attempt(`Uploads: ${mb} MB, ${UPLOAD_RUNS} runs each way`, async () => {
    const endpoint = await startEndpoint(path.join(ROOT, 'target/debug/seedform-endpoint'), path.join(OUT, 'endpoint'));
    try {
      return await uploads({ dist: DIST, out: OUT, endpoint }, UPLOAD_RUNS, UPLOAD_BYTES);
    } finally {
      await endpoint.close();
    }
  });
  const row = (label, unit, key) => ({
    label,
    unit,
    values: { seedform: seedform.missing ? seedform : seedform[key], surveyjs: { missing: NOT_UPLOADED.surveyjs }, static: { missing: NOT_UPLOADED.static } },
  });
  return [
    { section: `Uploads: a ${mb} MB file to the test endpoint (tests/endpoint) on 127.0.0.1, no throttling; 1 MB = 10⁶ bytes; median of ${UPLOAD_RUNS} runs each way, alternating, in one page` },
    row(`Seedform, resumable (tus, ${seedform.patches ? `${seedform.patches} ` : ''}PATCHes of 1 MiB): Send pressed → last PATCH answered`, 'throughput', 'app'),
    row('  the same, its tus requests alone: POST → last PATCH answered', 'throughput', 'appTransfer'),
    row('plain fetch of the same bytes: a tus POST and one PATCH with the whole file', 'throughput', 'plain'),
    row('Seedform ÷ plain fetch (Send pressed → last PATCH answered)', 'ratio', 'ratio'),
  ];
}

/** How many questions and pages of the stress form have a condition. */
function countConditions() {
  const pages = seedformDefinition().pages;
  return pages.filter((p) => p.show_if).length + pages.flatMap((p) => p.questions).filter((q) => q.show_if).length;
}

/** The commit measured, and whether the work tree differs from it. */
function commit() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT }).toString().trim() !== '';
    return `commit ${head}${dirty ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'commit unknown';
  }
}
