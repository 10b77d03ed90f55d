// The benchmark's stress form: 500 questions on 25 pages, in 20 languages, with conditions on
// 40 % of the questions and on every fourth page. One model, written out twice: as a Seedform
// definition (forms/schema/form.schema.json) and as the SurveyJS JSON that asks the same, so both
// renderers are timed on the same work. Deterministic: the same file every run.
//
// `node tools/bench/stress-form.mjs OUT.json` writes the Seedform definition, for the checker
// (`cargo xtask bench` checks it with `cargo xtask check` before timing anything).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const QUESTIONS = 500;
export const PER_PAGE = 20;

// Filler text in each language's own script, so shaping, right-to-left layout and font fallback
// are exercised; these are not reviewed translations and no applicant ever sees them.
// [question, section, option, a sentence]
const WORDS = {
  en: ['Question', 'Section', 'Option', 'Please answer in your own words. You can change this later.'],
  ar: ['سؤال', 'قسم', 'خيار', 'يرجى الإجابة بكلماتك الخاصة. يمكنك تغيير ذلك لاحقًا.'],
  fa: ['پرسش', 'بخش', 'گزینه', 'لطفاً با کلمات خودتان پاسخ دهید. بعداً می‌توانید آن را تغییر دهید.'],
  uk: ['Питання', 'Розділ', 'Варіант', 'Будь ласка, відповідайте своїми словами. Ви зможете змінити це пізніше.'],
  ti: ['ሕቶ', 'ክፍሊ', 'ምርጫ', 'ብቓላትኩም መልሱ። ድሕሪ ሕጂ ክትቕይርዎ ትኽእሉ ኢኹም።'],
  am: ['ጥያቄ', 'ክፍል', 'ምርጫ', 'እባክዎ በራስዎ ቃላት ይመልሱ። በኋላ መቀየር ይችላሉ።'],
  ckb: ['پرسیار', 'بەش', 'هەڵبژاردن', 'تکایە بە وشەی خۆت وەڵام بدەرەوە. دواتر دەتوانیت بیگۆڕیت.'],
  cy: ['Cwestiwn', 'Adran', 'Dewis', 'Atebwch yn eich geiriau eich hun. Gallwch newid hyn yn nes ymlaen.'],
  pl: ['Pytanie', 'Sekcja', 'Opcja', 'Odpowiedz własnymi słowami. Możesz to później zmienić.'],
  prs: ['سوال', 'بخش', 'گزینه', 'لطفاً با کلمات خود جواب بدهید. بعداً می‌توانید آن را تغییر بدهید.'],
  ps: ['پوښتنه', 'برخه', 'انتخاب', 'مهرباني وکړئ په خپلو ټکو ځواب ورکړئ. وروسته یې بدلولی شئ.'],
  ro: ['Întrebare', 'Secțiune', 'Opțiune', 'Vă rugăm să răspundeți cu propriile cuvinte. Puteți schimba asta mai târziu.'],
  so: ['Su’aal', 'Qayb', 'Doorasho', 'Fadlan ku jawaab ereyadaada. Hadhow waad beddeli kartaa.'],
  ur: ['سوال', 'حصہ', 'انتخاب', 'براہ کرم اپنے الفاظ میں جواب دیں۔ آپ اسے بعد میں بدل سکتے ہیں۔'],
  fr: ['Question', 'Section', 'Option', 'Répondez avec vos propres mots. Vous pourrez le modifier plus tard.'],
  de: ['Frage', 'Abschnitt', 'Option', 'Bitte antworten Sie in Ihren eigenen Worten. Sie können das später ändern.'],
  es: ['Pregunta', 'Sección', 'Opción', 'Responda con sus propias palabras. Puede cambiarlo más tarde.'],
  pt: ['Pergunta', 'Secção', 'Opção', 'Responda por palavras suas. Pode alterar isto mais tarde.'],
  tr: ['Soru', 'Bölüm', 'Seçenek', 'Lütfen kendi sözlerinizle yanıtlayın. Bunu daha sonra değiştirebilirsiniz.'],
  it: ['Domanda', 'Sezione', 'Opzione', 'Rispondete con parole vostre. Potete cambiarlo più tardi.'],
};
export const LANGUAGES = Object.keys(WORDS);

/** The question types, in the order they repeat (no media: recording is not what is timed). */
const TYPES = ['short_text', 'yes_no', 'single_choice', 'long_text', 'number', 'multiple_choice', 'date', 'email', 'scale', 'phone'];

/** A text in every language, built from the filler words. */
const translated = (make) => Object.fromEntries(LANGUAGES.map((lang) => [lang, make(WORDS[lang])]));

const qid = (i) => `q${String(i + 1).padStart(3, '0')}`;
const typeOf = (i) => TYPES[i % TYPES.length];

/**
 * The condition a question or page shows under, as a neutral tree over question `j`'s answer
 * (`j` is always earlier). `k` varies the operator, so about half of these hold with no answers
 * given and the first screens are not empty.
 */
function conditionOn(j, k) {
  const question = qid(j);
  switch (typeOf(j)) {
    case 'yes_no':
      return k % 2 ? { equals: { question, value: true } } : { not: { equals: { question, value: false } } };
    case 'single_choice':
      return k % 2 ? { one_of: { question, values: ['c1', 'c2'] } } : { not_equals: { question, value: 'c3' } };
    case 'multiple_choice':
      return { includes: { question, value: 'c2' } };
    case 'number':
      return k % 2 ? { greater_than: { question, value: 10 } } : { not: { at_most: { question, value: 10 } } };
    case 'scale':
      return { less_than: { question, value: 3 } };
    case 'date':
      return { at_least: { question, value: '2026-01-01' } };
    default:
      return k % 2 ? { answered: question } : { unanswered: question };
  }
}

/** The condition of question `i`, or null: 40 % have one, some of them compound. */
function questionCondition(i) {
  if (i < 5 || ![2, 4].includes(i % 5)) return null;
  const one = conditionOn(i - 1 - (i % 7), i);
  if (i % 7 === 0) return { all: [one, conditionOn(i - 3, i + 1)] };
  if (i % 11 === 0) return { any: [one, conditionOn(i - 4, i + 1)] };
  return one;
}

function question(i) {
  const type = typeOf(i);
  const q = {
    id: qid(i),
    type,
    label: translated(([word]) => `${word} ${i + 1}`),
    hint: translated(([, , , sentence]) => sentence),
  };
  if (type === 'single_choice' || type === 'multiple_choice') {
    q.choices = [1, 2, 3, 4, 5, 6].map((c) => ({ value: `c${c}`, label: translated(([, , option]) => `${option} ${c}`) }));
  }
  if (type === 'short_text' || type === 'long_text') q.rules = { max_length: type === 'short_text' ? 200 : 2000 };
  if (type === 'number') q.rules = { min: 0, max: 1000, whole_number: true };
  if (type === 'date') q.rules = { min_date: '2020-01-01' };
  if (type === 'scale') q.scale = { min: 1, max: 5, style: 'numbers' };
  const condition = questionCondition(i);
  if (condition) q.show_if = condition;
  return q;
}

/** The form as a Seedform definition. */
export function seedformDefinition() {
  const pages = [];
  for (let p = 0; p * PER_PAGE < QUESTIONS; p++) {
    const first = p * PER_PAGE;
    const page = {
      id: `section_${p + 1}`,
      title: translated(([, section]) => `${section} ${p + 1}`),
      questions: Array.from({ length: Math.min(PER_PAGE, QUESTIONS - first) }, (_, k) => question(first + k)),
    };
    // Every fourth page after the first depends on a yes/no question of the page before it.
    if (p > 0 && p % 4 === 0) page.show_if = conditionOn(first - PER_PAGE + 1, 0);
    pages.push(page);
  }
  return {
    id: 'stress',
    version: 'bench',
    title: translated(([, section]) => `Stress test (${QUESTIONS} × ${section})`),
    description: translated(([, , , sentence]) => sentence),
    organisation: { name: translated(() => 'Seedform benchmark') },
    default_language: 'en',
    languages: LANGUAGES,
    layout: 'grouped',
    pages,
  };
}

// SurveyJS expressions for the same conditions.
const literal = (v) => (typeof v === 'string' ? `'${v}'` : String(v));
function expression(c) {
  const [op, arg] = Object.entries(c)[0];
  const at = (sign) => `{${arg.question}} ${sign} ${literal(arg.value)}`;
  switch (op) {
    case 'equals': return at('=');
    case 'not_equals': return at('<>');
    case 'greater_than': return at('>');
    case 'less_than': return at('<');
    case 'at_least': return at('>=');
    case 'at_most': return at('<=');
    case 'includes': return `{${arg.question}} contains ${literal(arg.value)}`;
    case 'one_of': return `{${arg.question}} anyof [${arg.values.map(literal).join(', ')}]`;
    case 'answered': return `{${arg}} notempty`;
    case 'unanswered': return `{${arg}} empty`;
    case 'all': return arg.map((x) => `(${expression(x)})`).join(' and ');
    case 'any': return arg.map((x) => `(${expression(x)})`).join(' or ');
    case 'not': return `!(${expression(arg)})`;
    default: throw new Error(`no SurveyJS expression for "${op}"`);
  }
}

/** SurveyJS's own name for each Seedform type, with what it needs to ask the same. */
function surveyElement(q) {
  const base = { name: q.id, title: q.label, description: q.hint };
  if (q.show_if) base.visibleIf = expression(q.show_if);
  const choices = () => q.choices.map((c) => ({ value: c.value, text: c.label }));
  switch (q.type) {
    case 'short_text': return { ...base, type: 'text', maxLength: q.rules.max_length };
    case 'long_text': return { ...base, type: 'comment', maxLength: q.rules.max_length };
    case 'number': return { ...base, type: 'text', inputType: 'number', min: q.rules.min, max: q.rules.max };
    case 'email': return { ...base, type: 'text', inputType: 'email' };
    case 'phone': return { ...base, type: 'text', inputType: 'tel' };
    case 'date': return { ...base, type: 'text', inputType: 'date', min: q.rules.min_date };
    case 'yes_no': return { ...base, type: 'boolean' };
    case 'single_choice': return { ...base, type: 'radiogroup', choices: choices() };
    case 'multiple_choice': return { ...base, type: 'checkbox', choices: choices() };
    case 'scale': return { ...base, type: 'rating', rateMin: q.scale.min, rateMax: q.scale.max };
    default: throw new Error(`no SurveyJS element for "${q.type}"`);
  }
}

/** The same form as SurveyJS JSON, with a start page like Seedform's. */
export function surveyjsDefinition() {
  const form = seedformDefinition();
  return {
    title: form.title,
    locale: 'en',
    firstPageIsStarted: true,
    startSurveyText: 'Start now',
    showProgressBar: true,
    pages: [
      { name: 'start', elements: [{ type: 'html', name: 'about', html: form.description }] },
      ...form.pages.map((p) => ({
        name: p.id,
        title: p.title,
        ...(p.show_if ? { visibleIf: expression(p.show_if) } : {}),
        elements: p.questions.map(surveyElement),
      })),
    ],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node tools/bench/stress-form.mjs OUT.json');
    process.exit(2);
  }
  writeFileSync(out, `${JSON.stringify(seedformDefinition(), null, 2)}\n`);
}
