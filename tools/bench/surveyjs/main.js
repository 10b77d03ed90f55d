// Renders the form the link names (`?form=stress`, else the seed-fund form) with SurveyJS.
'use strict';

const definition = new URLSearchParams(location.search).get('form') === 'stress' ? '/stress.json' : '/seed-fund.json';

// SurveyJS's interface words for the one language the benchmark switches to; loaded on demand,
// as Seedform loads an interface language only when it is chosen.
const INTERFACE = { ar: '/survey-core/i18n/arabic.min.js' };

fetch(definition)
  .then((response) => response.json())
  .then((json) => {
    const survey = new Survey.Model(json);
    survey.render(document.getElementById('survey'));
    window.survey = survey;
  });

/** Switches the form's language (what the benchmark times). */
window.setSurveyLanguage = async (lang) => {
  if (INTERFACE[lang]) {
    await new Promise((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), { src: INTERFACE[lang], onload: resolve, onerror: reject });
      document.head.append(script);
    });
  }
  window.survey.locale = lang;
};
