#!/usr/bin/env node
// Trunk post-build hook (see Trunk.toml): lists what the service worker precaches, so the app opens
// and every configured form works with no connection after one visit.
//
// It runs on Trunk's staging folder (TRUNK_STAGING_DIR), after index.html is written and before the
// folder becomes dist/, and
//   1. lists the app shell: every staged file (index.html, the hashed wasm/js/css Trunk emitted,
//      register-sw-*.js, config.json, manifest.webmanifest, icons/) except sw.js itself, this
//      script's output, Markdown files and the folders that hold form definitions;
//   2. adds every form definition that the built config.json names, and every file those
//      definitions reference (choice pictures, organisation logos, recorded prompts), failing the
//      build if one is missing;
//   3. hashes every listed file's content (and sw.js's own code) into a version, so any change of
//      any file gives new cache names and a new sw.js, which browsers notice and install;
//   4. writes precache-manifest.json (paths, sizes and SHA-256 of each file, for people and tests)
//      and puts the same list into sw.js in place of its `const BUILD = null;` line.
//
// Paths are relative to the app's folder (the service worker's scope), so the list holds wherever
// the app is deployed. Run by hand: `node tools/precache.mjs <built folder>`.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const SW = 'sw.js';
const OUT = 'precache-manifest.json';
const PLACEHOLDER = 'const BUILD = null;';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) fail('no folder: run by Trunk (TRUNK_STAGING_DIR) or as `node tools/precache.mjs dist`');

function fail(message) {
  console.error(`precache: ${message}`);
  process.exit(1);
}

/** Every file under `root`, as forward-slash paths relative to it. */
function walk(root, prefix = '') {
  return readdirSync(path.join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? walk(root, rel) : [rel];
  });
}

const staged = new Set(walk(dir));
const read = (rel) => readFileSync(path.join(dir, ...rel.split('/')));

// Paths in the app resolve against the app's folder; a made-up origin turns them into folder paths.
const BASE = 'https://app.invalid/';
/** The staged path of `ref` written in the file at `from`, or null for another origin or outside the app. */
function resolve(ref, from) {
  let url;
  try {
    url = new URL(ref, new URL(from, BASE));
  } catch {
    return null;
  }
  if (url.origin !== new URL(BASE).origin) return null;
  return decodeURIComponent(url.pathname.slice(1));
}

if (!staged.has(SW)) fail(`${SW} is not in ${dir}: is it copied by app/index.html?`);

/**
 * The files a definition references (choice pictures, organisation logos, recorded prompts): the
 * service worker's own `referencedFiles` (public/sw.js), which applies the rule at run time to a
 * definition it meets, run here in a sandbox with a stand-in worker scope, so the two never differ.
 */
const referencedFiles = (() => {
  const self = { registration: { scope: BASE }, location: { origin: new URL(BASE).origin }, addEventListener() {} };
  const sandbox = vm.createContext({ self, URL });
  vm.runInContext(read(SW).toString(), sandbox, { filename: SW });
  if (typeof sandbox.referencedFiles !== 'function') fail(`${SW} has no referencedFiles function`);
  return sandbox.referencedFiles;
})();

if (!staged.has('config.json')) fail(`config.json is not in ${dir}`);

let config;
try {
  config = JSON.parse(read('config.json'));
} catch (e) {
  fail(`config.json is not valid JSON: ${e.message}`);
}

const definitions = [];
for (const form of config.forms ?? []) {
  const def = resolve(form.definition, 'config.json');
  if (def === null) {
    console.warn(`precache: ${form.definition} (form "${form.id}") is on another site; it will not work offline`);
    continue;
  }
  if (!staged.has(def)) fail(`config.json names ${form.definition} (form "${form.id}"), which the build does not contain`);
  definitions.push(def);
}

const formFiles = new Set();
for (const def of definitions) {
  formFiles.add(def);
  let definition;
  try {
    definition = JSON.parse(read(def));
  } catch (e) {
    fail(`${def} is not valid JSON: ${e.message}`);
  }
  for (const ref of referencedFiles(definition)) {
    const file = resolve(ref, def);
    if (file === null) {
      console.warn(`precache: ${def} references ${ref} on another site; it will not work offline`);
      continue;
    }
    if (!staged.has(file)) fail(`${def} references ${ref}, which the build does not contain`);
    formFiles.add(file);
  }
}

// Folders holding definitions carry only what a definition uses (not READMEs, drafts of forms, ...).
const formFolders = [...new Set(definitions.map((d) => d.slice(0, d.lastIndexOf('/') + 1)))].filter(Boolean);
const shell = [...staged].filter(
  (f) => f !== SW && f !== OUT && !f.endsWith('.md') && !formFolders.some((folder) => f.startsWith(folder)),
);
if (!shell.includes('index.html')) fail(`index.html is not in ${dir}`);
if (!shell.some((f) => f.endsWith('.wasm'))) fail(`no .wasm in ${dir}`);

const files = [...new Set([...shell, ...formFiles])].sort();
const entries = files.map((f) => {
  const bytes = read(f);
  return { path: f, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
});

const template = read(SW).toString('utf8');
if (template.split(PLACEHOLDER).length !== 2) fail(`${SW} must contain the line "${PLACEHOLDER}" exactly once`);
const version = createHash('sha256')
  .update(template)
  .update(entries.map((e) => `${e.path}\0${e.sha256}\n`).join(''))
  .digest('hex')
  .slice(0, 16);

writeFileSync(path.join(dir, OUT), `${JSON.stringify({ version, files: entries }, null, 2)}\n`);
const build = JSON.stringify({ version, files });
writeFileSync(path.join(dir, SW), template.replace(PLACEHOLDER, () => `const BUILD = ${build};`));

const total = entries.reduce((sum, e) => sum + e.bytes, 0);
console.log(`precache: version ${version}, ${files.length} files, ${(total / 1024).toFixed(0)} KB`);
