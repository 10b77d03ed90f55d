// The printed table: one column per variant, then Seedform's ratio to SurveyJS and to static HTML.
// A figure that could not be measured says why in a numbered note under the table.

export const COLUMNS = ['seedform', 'surveyjs', 'static'];

const nf = (digits) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const FORMAT = {
  score: (v) => nf(0).format(v),
  ms: (v) => `${nf(v < 10 ? 1 : 0).format(v)} ms`,
  bytes: (v) => `${nf(1).format(v / 1000)} kB`,
  memory: (v) => `${nf(1).format(v / 1e6)} MB`,
  // Sizes that change by less than a megabyte (heap growth) need the second decimal.
  megabytes: (v) => `${nf(2).format(v / 1e6)} MB`,
  seconds: (v) => `${nf(1).format(v)} s`,
  throughput: (v) => `${nf(1).format(v)} MB/s`,
  ratio: (v) => `${nf(2).format(v)}×`,
};

/**
 * A row is `{ section }` (a heading) or `{ label, unit, values: { seedform, surveyjs, static },
 * goal }`: each value a number, or `{ missing }` saying why there is none; `goal`, if any, is the
 * largest Seedform/SurveyJS ratio aimed for.
 */
export function renderTable(rows) {
  const notes = [];
  const note = (text) => {
    const at = notes.indexOf(text);
    if (at >= 0) return at + 1;
    notes.push(text);
    return notes.length;
  };
  const header = ['', 'Seedform', 'SurveyJS', 'static HTML', 'Seedform/SurveyJS', 'Seedform/static'];
  const lines = rows.map((row) => {
    if (row.section) return row.section;
    const cells = COLUMNS.map((c) => {
      const v = row.values[c];
      return typeof v === 'number' ? FORMAT[row.unit](v) : `n/a [${note(v.missing)}]`;
    });
    const ratio = (other) => {
      const [a, b] = [row.values.seedform, row.values[other]];
      return typeof a === 'number' && typeof b === 'number' && b !== 0 ? a / b : null;
    };
    const vsSurvey = ratio('surveyjs');
    const vsStatic = ratio('static');
    let surveyCell = vsSurvey === null ? '–' : `${nf(2).format(vsSurvey)}×`;
    if (row.goal !== undefined && vsSurvey !== null) {
      surveyCell += vsSurvey <= row.goal ? ` (goal ≤ ${row.goal}×: met)` : ` (goal ≤ ${row.goal}×: not met)`;
    }
    return [`  ${row.label}`, ...cells, surveyCell, vsStatic === null ? '–' : `${nf(2).format(vsStatic)}×`];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...lines.filter(Array.isArray)].map((l) => l[i].length)));
  const pad = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('   ').trimEnd();
  const out = [pad(header), ...lines.map((l) => (Array.isArray(l) ? pad(l) : `\n${l}`))];
  if (notes.length) out.push('', ...notes.map((n, i) => `[${i + 1}] ${n}`));
  return out.join('\n');
}
