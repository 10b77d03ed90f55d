#!/usr/bin/env node
// Trunk post-build hook (see Trunk.toml), run before tools/precache.mjs: moves the inline
// `<script type="module">` that Trunk writes into index.html (it loads the wasm) into its own
// file, so the app runs under a Content-Security-Policy with `script-src 'self'` and no
// 'unsafe-inline' (README: "Security headers"). The file is named by a hash of its content, like
// Trunk's own files, and carries a Subresource Integrity hash as they do.
//
// Run by hand: `node tools/loader-file.mjs <built folder>`.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { contentHash, integrity } from './html-refs.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) fail('no folder: run by Trunk (TRUNK_STAGING_DIR) or as `node tools/loader-file.mjs dist`');

function fail(message) {
  console.error(`loader-file: ${message}`);
  process.exit(1);
}

const indexPath = path.join(dir, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const inline = [...html.matchAll(/<script type="?module"?>([\s\S]*?)<\/script>/g)];
if (inline.length !== 1) fail(`expected one inline module script in index.html, found ${inline.length}`);
const [tag, code] = inline[0];
if (!code.includes('init(')) fail('the inline script does not look like the wasm loader');

const body = `${code.trim()}\n`;
const name = `boot-${contentHash(body)}.js`;
writeFileSync(path.join(dir, name), body);
writeFileSync(indexPath, html.replace(tag, `<script type="module" src="/${name}" integrity="${integrity(body)}"></script>`));
console.log(`loader-file: index.html loads ${name}`);
