// Registers Seedform's service worker (sw.js, beside this file), which keeps the app and its forms on
// the device so they open with no connection after one visit. An external file, not inline code, so
// the page can run under a strict Content-Security-Policy.
//
// It tells the app what happens through DOM events on `window` (no JavaScript interop needed; listen
// with addEventListener):
//   seedform:offline-ready   the app and forms are stored: the app will open offline from now on
//   seedform:offline-failed  they could not be stored (the device is full, or refuses storage): the
//                            app will not open without a connection. Also recorded as
//                            <html data-seedform-offline="failed">, for a page that listens late.
//   seedform:new-version     a new version is installed and waiting; it will be used the next time
//                            the app is opened ("A new version is ready — it will be used next time").
//                            Fired at most once per waiting version, also when a page opens while one
//                            is already waiting.
// and it listens for one:
//   seedform:use-new-version the app dispatches this when switching is safe (no application open,
//                            e.g. on the start screen): the waiting version takes over and the page
//                            reloads. Without it, the new version is used once every Seedform page
//                            has been closed.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) return;

  var script = document.currentScript;
  var workerUrl = new URL('sw.js', script && script.src ? script.src : document.baseURI);
  var scope = new URL('./', workerUrl).href;
  var sw = navigator.serviceWorker;
  var announced = null;
  var switching = false;

  function fire(name, detail) {
    window.dispatchEvent(new CustomEvent(name, { detail: detail || {} }));
  }

  function announce(worker, version) {
    // Only when this page runs an older version: on the very first visit there is nothing "new".
    if (!sw.controller || !worker || worker === announced) return;
    announced = worker;
    fire('seedform:new-version', { version: version || null });
  }

  function failed() {
    document.documentElement.setAttribute('data-seedform-offline', 'failed');
    fire('seedform:offline-failed');
  }

  function follow(registration, installing) {
    if (!installing || installing.seedformFollowed) return;
    installing.seedformFollowed = true;
    installing.addEventListener('statechange', function () {
      if (installing.state === 'installed') announce(installing);
      // The first install did not finish: nothing is stored for offline use.
      if (installing.state === 'redundant' && !registration.active) failed();
    });
  }

  function watch(registration) {
    if (registration.waiting) announce(registration.waiting);
    follow(registration, registration.installing);
    registration.addEventListener('updatefound', function () {
      follow(registration, registration.installing);
    });
  }

  sw.addEventListener('message', function (event) {
    var data = event.data || {};
    if (data.type === 'new-version') announce(event.source, data.version);
  });

  window.addEventListener('seedform:use-new-version', function () {
    sw.getRegistration(scope).then(function (registration) {
      var waiting = registration && registration.waiting;
      if (!waiting || switching) return;
      switching = true;
      // Reload once the new version is active: the reloaded page is served by it.
      waiting.addEventListener('statechange', function () {
        if (waiting.state === 'activated') window.location.reload();
      });
      waiting.postMessage({ type: 'skip-waiting' });
    });
  });

  function register() {
    sw.register(workerUrl.href, { scope: scope, updateViaCache: 'none' })
      .then(function (registration) {
        watch(registration);
        // A tablet can stay on one page for days: look for a new version when the connection returns.
        window.addEventListener('online', function () {
          registration.update().catch(function () {});
        });
        return sw.ready;
      })
      .then(function (registration) {
        fire('seedform:offline-ready', { scope: registration.scope });
      })
      .catch(function (error) {
        console.warn('Seedform: the app cannot be kept for offline use here:', error);
      });
  }

  // After the page has loaded, so storing files never competes with the first screen.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
})();
