// A CPU profile of the online first question (Lighthouse's Slow 4G and 4× CPU, fresh context):
// where the main thread's time goes between the wasm's arrival and the first letter typed.
// Build with function names first: `SEEDFORM_WASM_NAMES=1 cargo xtask build`, then
// `node tools/bench/profile-first-question.mjs` (prints the top functions by self time, and the
// timeline of the page's own milestones). Not part of the benchmark table.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launch, pageHelpers, PHONE, throttle } from './browser.mjs';
import { serveStatic } from './server.mjs';
import { FIRST_QUESTION } from './variants.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const server = await serveStatic(path.join(root, 'dist'));
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: PHONE, locale: 'en-GB', serviceWorkers: 'block' });
  await context.addInitScript(pageHelpers, {});
  const page = await context.newPage();
  await throttle(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.origin}/?form=seed-fund&lang=en`, { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Start now', exact: true }).click({ timeout: 120_000 });
  const box = page.getByLabel(FIRST_QUESTION);
  await box.waitFor({ state: 'visible' });
  for (let i = 0; i < 50; i++) {
    await box.focus();
    await page.keyboard.type('A');
    if ((await box.inputValue()).includes('A')) break;
  }
  const { profile } = await cdp.send('Profiler.stop');
  const marks = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop(), Math.round(e.responseEnd)]);
    return { firstInput: Math.round(window.__bench.firstInput), entries };
  });
  console.log('first input at', marks.firstInput, 'ms');
  for (const [name, end] of marks.entries) console.log(`  ${String(end).padStart(6)} ms  ${name}`);
  // What the main thread did, per 100 ms of the recording (its clock starts just before navigation).
  if (process.env.BUCKETS) {
    const buckets = new Map();
    let t = 0;
    profile.samples.forEach((id, i) => {
      t += (profile.timeDeltas[i] ?? 0) / 1000;
      const node = profile.nodes.find((n) => n.id === id);
      const name = node.callFrame.functionName || `(${node.callFrame.url.split('/').pop() || 'program'})`;
      const kind = name === '(idle)' ? 'idle' : name === '(program)' ? 'program' : name === '(garbage collector)' ? 'gc' : 'script';
      const b = Math.floor(t / 100);
      if (!buckets.has(b)) buckets.set(b, { idle: 0, program: 0, gc: 0, script: 0 });
      buckets.get(b)[kind] += (profile.timeDeltas[i + 1] ?? 0) / 1000;
    });
    for (const [b, v] of [...buckets].sort((x, y) => x[0] - y[0])) {
      console.log(`  ${String(b * 100).padStart(5)} ms  program ${v.program.toFixed(0).padStart(3)}  script ${v.script.toFixed(0).padStart(3)}  gc ${v.gc.toFixed(0).padStart(3)}`);
    }
  }
  // Self time per function, over the whole recording.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const name = node.callFrame.functionName || `(${node.callFrame.url.split('/').pop() || 'program'})`;
    self.set(name, (self.get(name) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`sampled ${Math.round(total)} ms; top self time:`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name.slice(0, 140)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
