#!/usr/bin/env node
// Trunk post-build hook (see Trunk.toml), run after split-wasm: minifies the JavaScript that wasm-bindgen
// writes beside the wasm (Trunk's own `minify` leaves it alone), with terser, and puts the new
// Subresource Integrity hash into its `modulepreload` link in index.html. The first load is paid
// on prepaid mobile data: this takes about 2.4 KB gzip off it.
//
// Run by hand: `node tools/minify-glue.mjs <built folder>` (on a fresh `trunk build` only: the
// integrity check needs the file and index.html to match).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';

import { integrity as sri, linkTags } from './html-refs.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) fail('no folder: run by Trunk (TRUNK_STAGING_DIR) or as `node tools/minify-glue.mjs dist`');
// Only release builds are minified, as Trunk's `minify = "on_release"` does.
if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== 'release') process.exit(0);

function fail(message) {
  console.error(`minify-glue: ${message}`);
  process.exit(1);
}

const indexPath = path.join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
// wasm-bindgen's JS, and the loader of the parts split off the wasm (tools/split-wasm.mjs).
const links = linkTags(html, 'modulepreload');
if (links.length === 0) fail('no modulepreload link in index.html');
for (const { tag: link, href } of links) {
  if (!href || !/\.js$/.test(href)) fail(`the modulepreload link names no script: ${link}`);
  const file = path.join(dir, href.replace(/^\//, ''));
  const code = readFileSync(file, 'utf8');
  if (!link.includes(sri(code))) fail(`${href} does not match its integrity hash in index.html: minified already?`);
  const result = await minify(code, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  if (!result.code) fail(`terser returned nothing for ${href}`);
  writeFileSync(file, result.code);
  html = html.replace(link, link.replace(sri(code), sri(result.code)));
  console.log(`minify-glue: ${href} ${code.length} → ${result.code.length} bytes`);
}
writeFileSync(indexPath, html);
