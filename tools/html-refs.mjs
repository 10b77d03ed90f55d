// Reading a built index.html, and naming the files it loads, one way for every tool: the size
// budget (tools/size-budget.mjs), the precache test (tests/e2e/offline.spec.mjs) and the
// post-build hooks that rewrite index.html (tools/split-wasm.mjs, minify-glue.mjs, loader-file.mjs).
// Trunk minifies index.html in release builds, which drops the quotes around most attribute values.
import { createHash } from 'node:crypto';

/**
 * The files of this site that an index.html loads (every `src` and `href`), as paths relative to
 * the site's root: no leading `./` or `/`, no query or fragment, nothing on another site.
 */
export function localReferences(html) {
  return [...html.matchAll(/\s(?:src|href)=(?:"([^"]+)"|([^\s>"]+))/g)].map((m) => localPath(m[1] ?? m[2])).filter(Boolean);
}

/** `ref` as a path from the site's root, or null when it is on another site. */
export function localPath(ref) {
  return /^[a-z]+:|^\/\//i.test(ref) ? null : ref.replace(/^\.?\//, '').split(/[?#]/)[0];
}

/** Every `<link>` in `html` whose `rel` is `rel`: its whole tag, and its `href` as written. */
export function linkTags(html, rel) {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => new RegExp(`\\brel="?${rel}"?[\\s>]`).test(tag))
    .map((tag) => ({ tag, href: /\shref="?([^"\s>]+)"?/.exec(tag)?.[1] }));
}

/** The Subresource Integrity value of `bytes` (a string or a Buffer), as index.html carries it. */
export function integrity(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The content hash in a built file's name (16 hex digits, as Trunk names its own files). */
export function contentHash(bytes) {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}
