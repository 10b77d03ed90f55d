// Starts the app's first downloads (config.json, the form definition, the interface messages)
// while the app itself is still downloading, instead of one after the other once it has started.
// On a slow mobile connection each of those would otherwise wait a whole round trip after the
// last. It only starts downloads: the app reads each response from `window.seedformEarly` (keyed
// by the URL it would have fetched) and still checks everything itself. A guess that turns out
// wrong costs one unused download; the app then fetches what it needs as before.
//
// Each response is handed to the app only after this script has started the next download, so
// the app always finds it here instead of fetching it a second time. Once the messages are here,
// it also puts index.html's "Loading the form…" into the applicant's language.
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
        sayLoading(lang, ftl);
      });
    }
  }

  // index.html's "Loading the form…" in the applicant's language, from the same messages the app uses.
  function sayLoading(lang, ftl) {
    var message = /^loading = (.+)$/m.exec(ftl);
    var boot = document.getElementById('boot');
    if (!message || !boot) return;
    boot.textContent = message[1];
    boot.lang = lang;
    boot.dir = 'auto';
  }

  get('config.json', 'json', chooseForm);
})();
