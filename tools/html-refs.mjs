// The files of this site that an index.html loads (every `src` and `href`), as paths relative to
// the site's root: no leading `./` or `/`, no query or fragment, nothing on another site. One
// reading for the size budget (tools/size-budget.mjs) and the precache test (tests/e2e/offline.spec.mjs).
// Trunk minifies index.html in release builds, which drops the quotes around most attribute values.
export function localReferences(html) {
  return [...html.matchAll(/\s(?:src|href)=(?:"([^"]+)"|([^\s>"]+))/g)].map((m) => localPath(m[1] ?? m[2])).filter(Boolean);
}

/** `ref` as a path from the site's root, or null when it is on another site. */
export function localPath(ref) {
  return /^[a-z]+:|^\/\//i.test(ref) ? null : ref.replace(/^\.?\//, '').split(/[?#]/)[0];
}
