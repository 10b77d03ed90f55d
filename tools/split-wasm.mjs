#!/usr/bin/env node
// Trunk post-build hook (see Trunk.toml), run first: splits the app's wasm into what every first
// visit downloads and the parts that are downloaded only when they are first used (the functions
// marked `#[wasm_split(…)]` in app/src, e.g. sending an application in app/src/outbox.rs). Trunk
// 0.21 cannot split a wasm (trunk-rs/trunk#1022), so this redoes Trunk's last two steps on the
// split module, with the splitter cargo-leptos uses for `--split`:
//   1. `cargo xtask split-wasm` splits the wasm cargo built (linked with `--emit-relocs`, see
//      .cargo/config.toml) into a main module, one module per part, and a small loader script;
//   2. wasm-bindgen runs on the main module as Trunk ran it, keeping the exports the parts link to
//      (`--keep-lld-exports`);
//   3. in release builds wasm-opt -Oz (as `data-wasm-opt="z"` in app/index.html) shrinks every
//      module;
//   4. the parts and the loader get names with their content hash (a new build never meets an old
//      part in a cache), Trunk's wasm and JS are replaced, and index.html gets their new integrity
//      hashes and a `modulepreload` link for the loader, which the app's JS imports.
// The service worker precaches every staged file (tools/precache.mjs), so the parts work offline.
//
// Run by hand: `node tools/split-wasm.mjs <built folder>` on a fresh `trunk build` only.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { contentHash, integrity as sri, linkTags } from './html-refs.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) fail('no folder: run by Trunk (TRUNK_STAGING_DIR) or as `node tools/split-wasm.mjs dist`');
const profile = process.env.TRUNK_PROFILE ?? 'release';

function fail(message) {
  console.error(`split-wasm: ${message}`);
  process.exit(1);
}

const run = (program, args) => execFileSync(program, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const kb = (bytes) => `${(bytes.length / 1000).toFixed(1)} kB`;

const indexPath = path.join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
/** The one `<link>` with `rel=<rel>` whose href ends in `suffix`, and its href. */
function link(rel, suffix) {
  const found = linkTags(html, rel).filter(({ href }) => href?.endsWith(suffix));
  if (found.length !== 1) fail(`expected one <link rel=${rel}> to a ${suffix} file in index.html, found ${found.length}`);
  return found[0];
}
const js = link('modulepreload', '.js');
const wasm = link('preload', '_bg.wasm');
const stem = path.basename(js.href, '.js');
const crate = /^(.+)-[0-9a-f]{16}$/.exec(stem)?.[1];
if (!crate || path.basename(wasm.href) !== `${stem}_bg.wasm`) fail(`unexpected names from Trunk: ${js.href}, ${wasm.href}`);

const { target_directory: target } = JSON.parse(
  execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps'], { encoding: 'utf8' }),
);
const built = path.join(target, 'wasm32-unknown-unknown', profile, `${crate}.wasm`);
const work = path.join(target, 'wasm-split', profile);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// 1. Split.
run('cargo', ['xtask', 'split-wasm', built, work, `./${stem}.js`]);
// 2. wasm-bindgen, as Trunk runs it (--target=web --no-typescript), on the main module.
const bindgen = path.join(work, 'bindgen');
run('wasm-bindgen', ['--target=web', '--no-typescript', '--keep-lld-exports', `--out-dir=${bindgen}`, `--out-name=${stem}`, path.join(work, 'main.wasm')]);
// 3. wasm-opt, in release builds.
const optimised = (from) => {
  if (profile !== 'release') return readFileSync(from);
  const to = `${from}.opt`;
  // SEEDFORM_WASM_NAMES=1 keeps function names, for CPU profiles (docs/size/README.md).
  const names = process.env.SEEDFORM_WASM_NAMES === '1' ? ['-g'] : [];
  run('wasm-opt', ['-Oz', ...names, `--output=${to}`, from]);
  return readFileSync(to);
};

// 4. Content-hashed names for the parts and the loader.
const loaderName = '__wasm_split.js'; // as xtask/src/split.rs names it (LINK_NAME)
let loader = readFileSync(path.join(work, loaderName), 'utf8');
const parts = readdirSync(work).filter((f) => f.endsWith('.wasm') && f !== 'main.wasm');
if (parts.length === 0) fail('the splitter wrote no parts: are the #[wasm_split] functions still in app/src?');
const written = [];
for (const part of parts) {
  const bytes = optimised(path.join(work, part));
  const name = `${path.basename(part, '.wasm')}-${contentHash(bytes)}.wasm`;
  if (loader.split(`"./${part}"`).length !== 2) fail(`the loader does not name ${part} exactly once`);
  loader = loader.replace(`"./${part}"`, `"./${name}"`);
  writeFileSync(path.join(dir, name), bytes);
  written.push([name, bytes]);
}
const loaderFile = `${crate}-split-${contentHash(loader)}.js`;
writeFileSync(path.join(dir, loaderFile), loader);

let glue = readFileSync(path.join(bindgen, `${stem}.js`), 'utf8');
// One import per part, all of the same module; the keys of wasm's imports object keep the old name.
const importOfLoader = `from "./${loaderName}"`;
if (!glue.includes(importOfLoader)) fail(`wasm-bindgen's JS does not import ${loaderName}`);
glue = glue.replaceAll(importOfLoader, `from "./${loaderFile}"`);
const mainWasm = optimised(path.join(bindgen, `${stem}_bg.wasm`));
writeFileSync(path.join(dir, `${stem}.js`), glue);
writeFileSync(path.join(dir, `${stem}_bg.wasm`), mainWasm);

const withIntegrity = (tag, bytes) => tag.replace(/\bintegrity="?[^"\s>]+"?/, `integrity=${sri(bytes)}`);
const loaderHref = js.href.replace(/[^/]+$/, loaderFile);
html = html.replace(
  js.tag,
  withIntegrity(js.tag, glue) + `<link crossorigin href=${loaderHref} integrity=${sri(loader)} rel=modulepreload>`,
);
html = html.replace(wasm.tag, withIntegrity(wasm.tag, mainWasm));
writeFileSync(indexPath, html);

console.log(`split-wasm: ${stem}_bg.wasm ${kb(mainWasm)}; loaded when first used: ${written.map(([n, b]) => `${n} ${kb(b)}`).join(', ')}`);

