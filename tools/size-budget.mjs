#!/usr/bin/env node
// The first-load size budget (run by `cargo xtask test` after the release build): what a first
// visit downloads, gzip -9 per file, as a table.
//
// Counted: index.html; every file it references (the wasm loader, the wasm-bindgen JS and the wasm
// it preloads, CSS, the service worker's register script, manifest and icons); config.json; and the
// definition of the form a link without `?form=` opens (the first in config.json). Not counted, and
// printed for information: the parts of the app split off the wasm (tools/split-wasm.mjs), which the
// page downloads when first used, and everything the service worker stores afterwards in the
// background for offline use (the parts too).
//
//   node tools/size-budget.mjs [dist]
//
// Exits 1 when the total is over CEILING_BYTES. BUDGET_BYTES is the goal; until the first load is
// under it, the ceiling stops it from growing any further, and the table says how far over it is.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { localPath, localReferences } from './html-refs.mjs';

const BUDGET_BYTES = 200_000;
const CEILING_BYTES = 350_000;

const dist = path.resolve(process.argv[2] ?? 'dist');
const gz = (rel) => gzipSync(readFileSync(path.join(dist, rel)), { level: 9 }).length;
const raw = (rel) => readFileSync(path.join(dist, rel)).length;

const referenced = localReferences(readFileSync(path.join(dist, 'index.html'), 'utf8'));
const config = JSON.parse(readFileSync(path.join(dist, 'config.json'), 'utf8'));
const files = [...new Set(['index.html', ...referenced, 'config.json', localPath(config.forms[0].definition)])];
const missing = files.filter((f) => !existsSync(path.join(dist, f)));
if (missing.length) {
  console.error(`size budget: index.html or config.json names files that are not in ${dist}: ${missing.join(', ')}`);
  process.exit(1);
}

const rows = files.map((f) => ({ file: f, raw: raw(f), gzip: gz(f) })).sort((a, b) => b.gzip - a.gzip);
const total = rows.reduce((sum, r) => sum + r.gzip, 0);
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
console.log('First visit, gzip -9 per file:');
for (const r of rows) console.log(`  ${r.file.padEnd(44)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(10)} gzip`);
console.log(`  ${'total'.padEnd(44)} ${''.padStart(14)} ${kb(total).padStart(10)} gzip`);
const precache = path.join(dist, 'precache-manifest.json');
if (existsSync(precache)) {
  const later = JSON.parse(readFileSync(precache, 'utf8')).files.map((f) => f.path).filter((p) => !files.includes(p));
  const sum = (list) => kb(list.reduce((n, f) => n + gz(f), 0));
  const parts = later.filter((f) => /^(split|chunk)_\w+-[0-9a-f]{16}\.wasm$/.test(f));
  const splits = parts.filter((f) => f.startsWith('split_')).sort((a, b) => gz(b) - gz(a));
  const shared = parts.filter((f) => f.startsWith('chunk_'));
  console.log('  not counted: the parts of the app split off the wasm, downloaded when first needed (most once an application is started):');
  for (const f of splits) console.log(`    ${f.padEnd(42)} ${kb(raw(f)).padStart(10)} raw ${kb(gz(f)).padStart(10)} gzip`);
  console.log(`    ${`${shared.length} smaller chunks they share`.padEnd(42)} ${''.padStart(14)} ${sum(shared).padStart(10)} gzip`);
  console.log(`  then, in the background for offline use: ${later.length} more files (the parts too), ${sum(later)} gzip`);
}
if (total <= BUDGET_BYTES) {
  console.log(`Budget ${kb(BUDGET_BYTES)}: met, ${kb(BUDGET_BYTES - total)} to spare.`);
} else {
  console.log(`Budget ${kb(BUDGET_BYTES)}: NOT met, ${kb(total - BUDGET_BYTES)} over (docs/size/README.md says why).`);
}
if (total > CEILING_BYTES) {
  console.error(`size budget: the first load grew to ${kb(total)}, over the ceiling of ${kb(CEILING_BYTES)}. Find what grew (twiggy) before raising it.`);
  process.exit(1);
}
console.log(`Ceiling ${kb(CEILING_BYTES)} (no growth until the budget is met): ok.`);
