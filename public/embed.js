// Seedform embed: puts a Seedform form on another website, sized to its content. Paste
//   <script src="https://forms.example.org/embed.js" data-form="seed-fund" data-lang="ar" async></script>
// where the form should go, or put <div data-seedform="seed-fund"></div> placeholders anywhere on
// the page and the script once. Optional data attributes (on the script or the placeholder):
// data-lang, data-theme (names the deployment's config.json allows) and data-title (the iframe's
// name for screen readers; default: the form's own title). Where the data goes is set only in the
// app's config.json, never here.
//
// Events, on the placeholder (or the <div data-seedform> inserted after the script); they bubble:
//   seedform:started        the applicant started an application
//   seedform:page-changed   detail { page: 'start'|'question'|'check'|'confirmation', step, total }
//   seedform:submitted      detail { reference }
// Never any answers. Messages are accepted only from the app's origin (this script's) and from this
// script's own iframes; the app posts only to an origin that config.json allows.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var app = new URL('./', script.src);
  var frames = [];

  function embed(box, data) {
    if (box.hasAttribute('data-seedform-ready')) return;
    box.setAttribute('data-seedform-ready', '');
    var link = new URL(app.href);
    var params = link.searchParams;
    params.set('form', data.form);
    if (data.lang) params.set('lang', data.lang);
    if (data.theme) params.set('theme', data.theme);
    if (location.origin !== 'null') params.set('embed', location.origin);
    var frame = document.createElement('iframe');
    frame.title = data.title || 'Application form';
    frame.src = link.href;
    // The form can record spoken and filmed answers.
    frame.allow = 'microphone; camera';
    // CSSOM, not a style attribute: allowed by a host's strict Content-Security-Policy.
    var style = frame.style;
    style.display = 'block';
    style.width = '100%';
    style.height = '40rem';
    style.border = '0';
    box.appendChild(frame);
    frames.push({ frame: frame, box: box, titled: !!data.title });
  }

  function options(el, fallback) {
    var read = function (name) {
      return el.getAttribute('data-' + name) || (fallback && fallback.getAttribute('data-' + name)) || '';
    };
    return { form: el.getAttribute('data-seedform') || read('form'), lang: read('lang'), theme: read('theme'), title: read('title') };
  }

  function fire(box, name, detail) {
    box.dispatchEvent(new CustomEvent('seedform:' + name, { bubbles: true, detail: detail }));
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== app.origin) return;
    var data = event.data;
    if (!data || data.seedform !== 1) return;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (event.source !== f.frame.contentWindow) continue;
      // Copy only the documented fields: nothing else reaches the host page.
      if (data.type === 'height') {
        var height = Math.ceil(Number(data.height));
        if (height > 0 && height < 100000) f.frame.style.height = height + 'px';
      } else if (data.type === 'title') {
        if (!f.titled && data.title) f.frame.title = String(data.title);
      } else if (data.type === 'started') {
        fire(f.box, 'started', {});
      } else if (data.type === 'page-changed') {
        fire(f.box, 'page-changed', { page: String(data.page), step: Number(data.step), total: Number(data.total) });
        // A new screen starts at the top: bring the form's top back into view if it scrolled away
        // (not on first load, when the reader may be elsewhere on the page).
        if (data.page !== 'start' && f.box.getBoundingClientRect().top < 0) f.box.scrollIntoView();
      } else if (data.type === 'submitted') {
        fire(f.box, 'submitted', { reference: String(data.reference) });
      }
    }
  });

  if (script.hasAttribute('data-form')) {
    var box = document.createElement('div');
    box.setAttribute('data-seedform', script.getAttribute('data-form'));
    script.parentNode.insertBefore(box, script.nextSibling);
    embed(box, options(box, script));
  }
  function placeholders() {
    var all = document.querySelectorAll('[data-seedform]');
    for (var i = 0; i < all.length; i++) embed(all[i], options(all[i], script));
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', placeholders);
  else placeholders();
})();
