// Seedform's service worker: after one visit with a connection, the app and every configured form
// (definitions, pictures, recorded prompts) open and work with no connection at all.
//
// Privacy: this worker only ever stores GET responses for static files of the app's own site:
// the files listed at build time, config.json, the form definitions config.json names and the
// pictures and prompts those definitions reference. It never stores a POST (it does not even look at
// requests other than GET), never a request to another site, and never a response from an endpoint
// named in config.json. Applicants' answers and drafts live elsewhere (in IndexedDB, encrypted when
// protected by a PIN); nothing that contains them passes through a cache here. Keep it that way.
//
// Background Sync: an application that could not be sent (offline, a 5xx) while the app was open is
// sent from here when the browser is back online, even with the app closed. The page keeps the exact
// request in IndexedDB (store `replay`, written by app/src/submit/replay.rs, never for a PIN-protected
// application) and registers the sync tag `seedform-outbox`. This worker sends those requests only to
// an endpoint config.json names, only when no Seedform page is in view (a page in view sends its own
// outbox), and on receipt deletes the application from the device as the page would.
//
// Strategies:
// - app shell (index.html, the hashed wasm/js/css, icons, manifest) and form media: cache first,
//   from caches named after the build's version;
// - config.json and the form definitions it names: network first (an organiser's edit is picked up
//   when online), falling back to the cached copy when offline or after NETWORK_TIMEOUT_MS;
// - anything else: the network, untouched and unstored.
//
// A new version installs beside the old one and waits: it never takes over a page in the middle of an
// application. It tells open pages {type: "new-version"}; it is used once every Seedform page has been
// closed, or at once when a page sends {type: "skip-waiting"} (register-sw.js does that on the
// window event `seedform:use-new-version`, then reloads the page once this version is active).
//
// Messages to pages (navigator.serviceWorker "message" events):
//   {type: "precached", version, files}  this version's files are all stored (end of install)
//   {type: "new-version", version}       a new version is installed and waiting (an older one is in use)
// Messages from pages:
//   {type: "skip-waiting"}               use this (waiting) version now
//   {type: "status"}                     answered on event.ports[0] (or to the sender) with
//                                        {type: "status", version, state}

'use strict';

// The build's version and the files to precache, written by tools/precache.mjs (Trunk post-build hook).
const BUILD = null;

/** How long to wait for config.json or a definition before answering from the cache. */
const NETWORK_TIMEOUT_MS = 4000;

const SCOPE = self.registration.scope;
const VERSION = BUILD ? BUILD.version : 'unbuilt';
// Caches are per site, not per folder: the folder is in the name, so two Seedform deployments on one
// site never delete each other's files.
const PREFIX = `seedform ${new URL(SCOPE).pathname} `;
const SHELL = `${PREFIX}shell ${VERSION}`;
const DATA = `${PREFIX}data ${VERSION}`;
const CONFIG_URL = new URL('config.json', SCOPE).href;
const INDEX_URL = new URL('index.html', SCOPE).href;

/** Names with a content hash, as Trunk and tools/split-wasm.mjs write them: `name-0123456789abcdef.ext`. */
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

const inScope = (url) => url.origin === self.location.origin && url.href.startsWith(SCOPE);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      if (!BUILD) throw new Error('sw.js was not processed by tools/precache.mjs; nothing to precache');
      const shell = await caches.open(SHELL);
      // A file whose name carries its content hash (the wasm, its parts, the scripts, the CSS) can
      // only be this build's: take it from the browser's HTTP cache, where the page that registered
      // this worker has just put it, instead of downloading it a second time (about 390 KB on a
      // first visit). Any other file straight from the server (`reload`), never from the HTTP
      // cache of an older build.
      const cacheMode = (file) => (HASHED.test(file) ? 'force-cache' : 'reload');
      await shell.addAll(BUILD.files.map((file) => new Request(new URL(file, SCOPE).href, { cache: cacheMode(file) })));
      // config.json may have been edited beside the build: store what the site serves now, and the
      // definitions and media it names. Best effort: a form that cannot be fetched now must not stop
      // the app itself from working offline.
      await refreshConfigured({ definitions: 'always' }).catch((e) => console.warn('Seedform: forms not stored', e));
      await tellPages({ type: 'precached', version: VERSION, files: BUILD.files.length });
      if (self.registration.active) await tellPages({ type: 'new-version', version: VERSION });
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== SHELL && name !== DATA) await caches.delete(name);
      }
      // No clients.claim(): a page keeps getting its files the way it started (the page of the first
      // visit from the network, later pages from here); the next page load or reload is served from
      // here. A page that asked for skip-waiting reloads itself once this version is active.
    })(),
  );
});

self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  if (type === 'skip-waiting') {
    event.waitUntil(self.skipWaiting());
  } else if (type === 'status') {
    const reply = { type: 'status', version: VERSION, state: self.serviceWorker ? self.serviceWorker.state : null };
    if (event.ports && event.ports[0]) event.ports[0].postMessage(reply);
    else if (event.source) event.source.postMessage(reply);
  }
});

const SYNC_TAG = 'seedform-outbox';
const DB_NAME = 'seedform';

self.addEventListener('sync', (event) => {
  if (event.tag === SYNC_TAG) event.waitUntil(sendKept());
});

/**
 * Sends every kept request. Rejects while one can still pass later (so the browser tries the sync
 * again), resolves when none is left to try.
 */
async function sendKept() {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  if (pages.some((page) => page.visibilityState === 'visible' && page.url.startsWith(SCOPE))) {
    // The page in view sends (and retries) its outbox itself; sending here too would race it.
    throw new Error('Seedform: a page in view is sending; try again later');
  }
  const db = await openDatabase();
  if (!db) return;
  try {
    const known = await configured();
    let again = false;
    for (const [key, kept] of await allKept(db)) {
      const target = new URL(kept.url, CONFIG_URL);
      if (!known.endpoints.includes(target.origin + target.pathname)) {
        // config.json no longer sends there: the page sends it where config.json says now.
        await inOneGo(db, ['replay'], (stores) => stores.replay.delete(key));
        continue;
      }
      const outcome = await sendOne(kept);
      if (outcome === 'received') await forgetDelivered(db, key, kept);
      else if (outcome === 'refused') await inOneGo(db, ['replay'], (stores) => stores.replay.delete(key));
      else again = true;
    }
    if (again) throw new Error('Seedform: not sent yet; try again later');
  } finally {
    db.close();
  }
}

/** 'received', 'refused' (a 4xx other than 408/429: the page shows why when opened) or 'later'. */
async function sendOne(kept) {
  const headers = new Headers(kept.headers);
  if (!headers.has('content-type') && kept.body.type) headers.set('Content-Type', kept.body.type);
  let response;
  try {
    response = await fetch(kept.url, { method: 'POST', headers, body: kept.body, credentials: 'omit' });
  } catch {
    return 'later';
  }
  const status = response.status;
  const received = kept.received.length ? kept.received.includes(status) : status >= 200 && status < 300;
  if (received) return 'received';
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return 'refused';
  return 'later';
}

/**
 * The application is received: as the page does after a receipt, its draft goes, and its outbox copy
 * and recordings go too, unless config.json keeps delivered copies for a while (`keep_delivered_hours`):
 * then the copy is marked received, and the app deletes it when its time is up.
 */
function forgetDelivered(db, key, kept) {
  return inOneGo(db, ['replay', 'outbox', 'drafts', 'media'], (stores) => {
    stores.replay.delete(key);
    stores.drafts.delete(kept.draft_id);
    if (kept.keep_delivered_hours > 0) {
      const read = stores.outbox.get(key);
      read.onsuccess = () => {
        if (typeof read.result !== 'string') return;
        const item = JSON.parse(read.result);
        item.delivery = { state: 'received' };
        item.delivered_at_ms = Date.now();
        item.attempts += 1;
        item.last_error = null;
        stores.outbox.put(JSON.stringify(item), key);
      };
      return;
    }
    stores.outbox.delete(key);
    for (const id of kept.media_ids) stores.media.delete(IDBKeyRange.bound(`${id}:`, `${id}:~`));
  });
}

/** The app's database, or null if this device has none with kept requests (never creates one). */
function openDatabase() {
  return new Promise((resolve) => {
    const open = indexedDB.open(DB_NAME);
    open.onupgradeneeded = () => open.transaction.abort(); // no database yet: nothing to send
    open.onerror = () => resolve(null);
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close(); // a newer app is opening it: step aside
      if (db.objectStoreNames.contains('replay')) resolve(db);
      else {
        db.close();
        resolve(null);
      }
    };
  });
}

function allKept(db) {
  return new Promise((resolve, reject) => {
    const store = db.transaction('replay').objectStore('replay');
    const keys = store.getAllKeys();
    const values = store.getAll();
    values.onsuccess = () => resolve(keys.result.map((key, i) => [key, values.result[i]]));
    values.onerror = () => reject(values.error);
  });
}

/** Runs `work` over the named stores in one read-write transaction; resolves when it is committed. */
function inOneGo(db, names, work) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(names, 'readwrite');
    const stores = Object.fromEntries(names.map((name) => [name, tx.objectStore(name)]));
    work(stores);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  // Only GETs: a POST (a submission, an upload) is never looked at, let alone stored.
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Only this app's own files: never another site (an endpoint, a form backend), never stored.
  if (!inScope(url)) return;
  event.respondWith(route(event, url));
});

async function route(event, url) {
  const { request } = event;
  if (request.mode === 'navigate' && (url.pathname === new URL(SCOPE).pathname || url.href.split('?')[0] === INDEX_URL)) {
    return appPage(request);
  }
  const plain = url.origin + url.pathname + url.search;
  if (plain === CONFIG_URL) return networkFirst(event, plain, afterConfig);
  const known = await configured();
  if (known.definitions.has(plain)) return networkFirst(event, plain, afterDefinition);
  if (!isEndpoint(plain, known)) {
    const cached = await lookup(plain);
    if (cached) return ranged(request, cached);
  }
  return fetch(request);
}

/** index.html for any address of the app (`/`, `/?form=…&lang=…`), from the cache first. */
async function appPage(request) {
  const cached = await lookup(INDEX_URL);
  if (!cached) return fetch(request);
  // A host that redirected /index.html gives a response a navigation may not use: copy it.
  if (!cached.redirected) return cached;
  return new Response(await cached.blob(), { status: cached.status, statusText: cached.statusText, headers: cached.headers });
}

/**
 * The network's answer when it comes within NETWORK_TIMEOUT_MS (and is stored for next time), else
 * the cached copy; the network's answer if nothing is cached. `after(url)` runs once a fresh copy is
 * stored (to fetch media a changed definition now references).
 */
async function networkFirst(event, url, after) {
  let stored = Promise.resolve();
  const fresh = fetch(url, { cache: 'no-cache', credentials: 'same-origin' }).then((response) => {
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      stored = caches
        .open(DATA)
        .then((cache) => cache.put(url, copy))
        .then(() => after(url));
    }
    return response;
  });
  // Keep the worker alive until the fresh copy is stored, even after answering from the cache.
  event.waitUntil(fresh.then(() => stored).catch((e) => console.warn('Seedform: not refreshed', url, e)));
  const cached = await lookup(url);
  if (!cached) return fresh;
  const late = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS, null));
  const first = await Promise.race([fresh.catch(() => null), late]);
  return first && first.ok ? first : cached;
}

async function afterConfig() {
  remembered = null;
  await refreshConfigured({ definitions: 'if-missing' });
}

async function afterDefinition(url) {
  const response = await lookup(url);
  if (response) await storeReferenced(url, await response.text());
}

/** The cached copy of `url` in this version's caches (data first: it holds the freshest copies). */
async function lookup(url) {
  for (const name of [DATA, SHELL]) {
    const cache = await caches.open(name);
    const hit = await cache.match(url, { ignoreVary: true });
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Stores config.json as the site serves it now, the definitions it names (always, or only those not
 * stored yet) and every file they reference that is not stored yet.
 */
async function refreshConfigured({ definitions }) {
  const data = await caches.open(DATA);
  let configText;
  if (definitions === 'always') {
    const response = await fetch(CONFIG_URL, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`config.json: ${response.status}`);
    configText = await response.clone().text();
    await data.put(CONFIG_URL, response);
  } else {
    const cached = await lookup(CONFIG_URL);
    if (!cached) return;
    configText = await cached.text();
  }
  const known = parseConfig(configText);
  remembered = known;
  for (const url of known.definitions) {
    try {
      let text;
      const cached = definitions === 'always' ? undefined : await lookup(url);
      if (cached) {
        text = await cached.text();
      } else {
        const response = await fetch(url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${response.status}`);
        text = await response.clone().text();
        await data.put(url, response);
      }
      await storeReferenced(url, text, known);
    } catch (e) {
      console.warn('Seedform: form not stored for offline use', url, e);
    }
  }
}

/** Fetches and stores each file the definition at `url` references that is not stored yet. */
async function storeReferenced(url, text, known) {
  known = known || (await configured());
  let definition;
  try {
    definition = JSON.parse(text);
  } catch {
    return; // the app reports a broken definition; nothing to store
  }
  const data = await caches.open(DATA);
  for (const ref of referencedFiles(definition)) {
    let file;
    try {
      file = new URL(ref, url);
    } catch {
      continue;
    }
    file = file.origin + file.pathname;
    if (!inScope(new URL(file)) || isEndpoint(file, known) || (await lookup(file))) continue;
    try {
      const response = await fetch(file, { cache: 'no-cache' });
      if (response.ok && response.type === 'basic') await data.put(file, response);
    } catch (e) {
      console.warn('Seedform: file not stored for offline use', file, e);
    }
  }
}

/**
 * The files a definition references: `picture` (choices), `logo` (organisation) and every value of
 * `prompt` (recorded prompts per language), wherever they appear. tools/precache.mjs runs this very
 * function at build time (in a sandbox), to precache them: keep it free of anything but plain data.
 */
function referencedFiles(node, found = []) {
  if (Array.isArray(node)) {
    for (const item of node) referencedFiles(item, found);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'picture' || key === 'logo') && typeof value === 'string') found.push(value);
      else if (key === 'prompt' && value && typeof value === 'object' && !Array.isArray(value)) {
        for (const file of Object.values(value)) if (typeof file === 'string') found.push(file);
      } else referencedFiles(value, found);
    }
  }
  return found;
}

/** What config.json (last seen) names: definitions on this site, and every endpoint. */
let remembered = null;
async function configured() {
  if (remembered) return remembered;
  const cached = await lookup(CONFIG_URL);
  const known = cached ? parseConfig(await cached.text()) : { definitions: new Set(), endpoints: [] };
  remembered = known;
  return known;
}

function parseConfig(text) {
  const known = { definitions: new Set(), endpoints: [] };
  let config;
  try {
    config = JSON.parse(text);
  } catch {
    return known;
  }
  const add = (endpoint) => {
    if (endpoint && typeof endpoint.url === 'string') {
      try {
        const url = new URL(endpoint.url, CONFIG_URL);
        known.endpoints.push(url.origin + url.pathname);
      } catch {
        // not an address: nothing to avoid
      }
    }
  };
  add(config && config.endpoint);
  for (const form of (config && Array.isArray(config.forms) ? config.forms : [])) {
    add(form && form.endpoint);
    if (!form || typeof form.definition !== 'string') continue;
    try {
      const url = new URL(form.definition, CONFIG_URL);
      if (inScope(url)) known.definitions.add(url.origin + url.pathname);
    } catch {
      // the app reports it
    }
  }
  return known;
}

/** Whether `url` is (under) an endpoint config.json names: those answers are never stored. */
function isEndpoint(url, known) {
  return known.endpoints.some((endpoint) => url === endpoint || url.startsWith(endpoint.replace(/\/?$/, '/')));
}

/**
 * A cached file for a request with a Range header (media elements send one; Safari insists on a
 * 206 answer), cut to the asked range.
 */
async function ranged(request, response) {
  const range = request.headers.get('range');
  const match = range && /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  if (!match || (match[1] === '' && match[2] === '') || response.status !== 200) return response;
  const body = await response.arrayBuffer();
  const size = body.byteLength;
  let start;
  let end;
  if (match[1] === '') {
    start = Math.max(size - Number(match[2]), 0);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start > end || start >= size) {
    return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${size}` } });
  }
  const headers = new Headers(response.headers);
  headers.set('Content-Range', `bytes ${start}-${end}/${size}`);
  headers.set('Content-Length', String(end - start + 1));
  return new Response(body.slice(start, end + 1), { status: 206, statusText: 'Partial Content', headers });
}

async function tellPages(message) {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const page of pages) page.postMessage(message);
}
