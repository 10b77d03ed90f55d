// Starts the app's first downloads (config.json, the form definition, the interface messages)
// while the app itself is still downloading, instead of one after the other once it has started.
// On a slow mobile connection each of those would otherwise wait a whole round trip after the
// last. It only starts downloads: the app reads each response from `window.seedformEarly` (keyed
// by the URL it would have fetched) and still checks everything itself. A guess that turns out
// wrong costs one unused download; the app then fetches what it needs as before.
//
// Each response is handed to the app only after this script has started the next download, so
// the app always finds it here instead of fetching it a second time. Once the messages are here,
// it also puts index.html's "Loading the form…" into the applicant's language, and if the app
// cannot be downloaded or started, it says so there instead.
(function () {
  'use strict';
  var early = (window.seedformEarly = {});
  var params = new URLSearchParams(window.location.search);

  // Fetches `url` for the app; `next` gets the body, read as `read` ('json' or 'text').
  function get(url, read, next) {
    var ready = fetch(url).then(function (response) {
      var forApp = response.clone();
      var started = response.ok ? response[read]().then(next) : null;
      return Promise.resolve(started).catch(function () {}).then(function () {
        return forApp;
      });
    });
    early[url] = ready;
    // An unused download must not show up as an unhandled rejection.
    ready.catch(function () {});
  }

  // The form the link names among the configured ones, as the app chooses it; the first otherwise.
  function chooseForm(config) {
    var forms = (config && config.forms) || [];
    var wanted = params.get('form');
    var entry = wanted === null ? forms[0] : forms.filter(function (f) { return f.id === wanted; })[0];
    if (entry && typeof entry.definition === 'string') get(entry.definition, 'json', chooseLanguage);
  }

  // The first language as the app picks it: the link's ?lang= (not when embedded, where the
  // partner's allowed list decides), the browser's languages, the form's default. English is
  // built into the app.
  function chooseLanguage(form) {
    var declared = (form && form.languages) || [];
    function match(tag) {
      var primary = String(tag).split('-')[0].toLowerCase();
      return declared.indexOf(tag) >= 0 ? tag : declared.indexOf(primary) >= 0 ? primary : null;
    }
    var tried = params.has('embed') ? [] : [params.get('lang')];
    var lang = tried.concat(navigator.languages || []).map(match).filter(Boolean)[0] || form.default_language;
    if (typeof lang === 'string' && lang !== 'en' && /^[a-z]{2,3}$/.test(lang)) {
      get('locales/' + lang + '.ftl', 'text', function (ftl) {
        translate(lang, ftl);
      });
    }
  }

  // index.html's own words (each element names its message with data-message) in the applicant's
  // language, from the same messages the app uses.
  function translate(lang, ftl) {
    var nodes = document.querySelectorAll('[data-message]');
    for (var i = 0; i < nodes.length; i++) {
      var message = new RegExp('^' + nodes[i].getAttribute('data-message') + ' = (.+)$', 'm').exec(ftl);
      if (!message) continue;
      nodes[i].textContent = message[1];
      nodes[i].lang = lang;
      nodes[i].dir = 'auto';
    }
  }

  // When the app itself cannot be downloaded or started (a connection lost half-way, a browser
  // without WebAssembly), the page says so, with a way to try again, instead of "Loading" for ever.
  // Any error before the app has drawn its first screen counts: nothing else runs on the page then.
  function started() {
    var boot = document.getElementById('boot');
    return !boot || boot.nextElementSibling !== null;
  }
  function bootFailed() {
    var failed = document.getElementById('boot-failed');
    if (!failed || started()) return;
    failed.hidden = false;
    document.getElementById('boot').hidden = true;
  }
  window.addEventListener('unhandledrejection', bootFailed);
  // Capturing: a script or preload that fails to download reports it on its element, not on window.
  window.addEventListener('error', bootFailed, true);
  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('#boot-failed button')) window.location.reload();
  });
  if (typeof WebAssembly !== 'object') bootFailed();

  get('config.json', 'json', chooseForm);
})();
