// Fits the score name-spelling weighs, without a glossary, to tell OCR damage
// from a rare name of its own (the gazetteer reading in misspelt-names.ts),
// and writes the weights and threshold to src/analysis/names/gazetteer-weights.ts.
//
//   npm run build && node scripts/train-name-gazetteer.mjs OCR-SET-DIR [--out FILE]
//
// OCR-SET-DIR: the layout of the real OCR set (../shared/bench/real/ocr):
// `articles/*.txt` and `labels.jsonl`, one damaged name a line
// (`{"article": "smh-001-...", "ocr": "Henrv", "gold": "Henry", "in_scope": true}`).
// The articles are read as one run with no glossary, as
// `article-lint --config {} OCR-SET-DIR/articles` reads them, through the
// built analysis (dist/), and every form the reading weighs is collected with
// its features. The articles are split in two by an FNV-1a hash of the file
// name: the weights are fitted on half A (even hash) alone, the threshold is
// the lowest that keeps half A's precision at PRECISION, and the figures of
// half B (held out) are printed.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const dir = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--out');
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : new URL('../src/analysis/names/gazetteer-weights.ts', import.meta.url);
if (!dir) {
  console.error('usage: node scripts/train-name-gazetteer.mjs OCR-SET-DIR [--out FILE]   (after npm run build)');
  process.exit(2);
}

/** The precision of this path that the threshold keeps on the fitting half: above the rule's target of 0.9, as the other readings' wrong findings count too, and this path's precision rises unevenly with the threshold. */
const PRECISION = 0.92;
/** Thresholds tried, lowest first. */
const THRESHOLDS = Array.from({ length: 41 }, (_, i) => Math.round((i / 10 - 1) * 10) / 10);
/** Gradient descent on the mean log loss: steps, step size, and an L2 penalty (not on the bias). */
const STEPS = 20000;
const RATE = 0.05;
const L2 = 0.001;

const dist = new URL('../dist/src/', import.meta.url);
const { parseArticle } = await import(new URL('parse/document.js', dist));
const { buildGlossary } = await import(new URL('config/glossary.js', dist));
const { collectNames } = await import(new URL('analysis/names/evidence.js', dist));
const { analyseNames } = await import(new URL('analysis/names/misspelt-names.js', dist));
const { Corpus } = await import(new URL('analysis/corpus-entry.js', dist));

const fnv1a = (text) => {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash;
};
const halfOf = (article) => (fnv1a(article) % 2 === 0 ? 'A' : 'B');
const bare = (form) => form.replace(/['’]s$/, '');

// Labels by article and damaged form: a form is damage when a label in scope says so; labels out of scope (the form is all capitals, a word, ...) are left out of both sides.
const labels = new Map();
for (const line of readFileSync(join(dir, 'labels.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const label = JSON.parse(line);
  if (typeof label.s !== 'number') continue;
  // A hyphenated token is read part by part (`Nowcastle-on-Trne`): each part is found under its own form, with the gold form's part at that place as its right form.
  const ocrParts = bare(label.ocr).split('-');
  const goldParts = bare(label.gold).split('-');
  const forms = ocrParts.length > 1 ? ocrParts.map((part, i) => [part, ocrParts.length === goldParts.length ? goldParts[i] : label.gold]) : [[bare(label.ocr), label.gold]];
  for (const [form, gold] of forms) {
    const key = `${label.article}|${bare(form)}`;
    (labels.get(key) ?? labels.set(key, []).get(key)).push({ ...label, gold });
  }
}

const files = readdirSync(join(dir, 'articles')).filter((file) => file.endsWith('.txt')).sort();
const docs = files.map((file) => parseArticle(join(dir, 'articles', file), readFileSync(join(dir, 'articles', file), 'utf8')));
const corpus = docs.map((doc) => ({ path: doc.path, data: collectNames(doc) }));
const corpusPlaces = new Corpus(new Map([['names', corpus]])).places('names');
const glossary = buildGlossary({});
const rows = [];
for (const [i, doc] of docs.entries()) {
  const article = files[i].slice(0, -'.txt'.length);
  const readings = [];
  analyseNames({ doc, glossary, knownWords: new Set(), corpus, corpusPlaces, readings });
  // How often the article writes each form: the scorer counts findings by token, so a form written three times is three findings.
  const written = new Map();
  for (let w = 0; w < doc.wordTable.length; w++) {
    const form = bare(doc.wordTable.text(w));
    written.set(form, (written.get(form) ?? 0) + 1);
  }
  for (const reading of readings) {
    const found = labels.get(`${article}|${reading.written}`) ?? [];
    const inScope = found.filter((label) => label.in_scope);
    if (found.length > 0 && inScope.length === 0) continue;
    // A common word the channel reads as cheaply wins over the name: the score never decides those.
    if (reading.rivalWord !== undefined && reading.rivalWord <= reading.cost) continue;
    const damage = inScope.length > 0;
    const right = damage && inScope.some((label) => bare(label.gold).toLowerCase() === reading.name);
    rows.push({ half: halfOf(article), damage, right, labels: inScope.length, tokens: damage ? inScope.length : Math.max(1, written.get(reading.written) ?? 0), features: reading.features });
  }
}

const names = Object.keys(rows[0].features);
const vector = (row) => [1, ...names.map((name) => row.features[name])];
// Fitted on half A's forms: damage read as its right name, and forms that are no damage (damage read as another name would teach the score to flag wrong suggestions).
const train = rows.filter((row) => row.half === 'A' && (!row.damage || row.right));
let weights = vector(train[0]).map(() => 0);
const X = train.map(vector);
const Y = train.map((row) => (row.damage ? 1 : 0));
for (let step = 0; step < STEPS; step++) {
  const gradient = weights.map(() => 0);
  X.forEach((x, i) => {
    const p = 1 / (1 + Math.exp(-x.reduce((sum, value, j) => sum + value * weights[j], 0)));
    x.forEach((value, j) => (gradient[j] += (p - Y[i]) * value));
  });
  weights = weights.map((weight, j) => weight - RATE * (gradient[j] / X.length + (j ? L2 * weight : 0)));
}
weights = weights.map((weight) => Math.round(weight * 1000) / 1000);
const score = (row) => vector(row).reduce((sum, value, j) => sum + value * weights[j], 0);

const figures = (half, threshold) => {
  const flagged = rows.filter((row) => row.half === half && score(row) >= threshold);
  const damage = flagged.filter((row) => row.damage);
  const tokens = (some) => some.reduce((sum, row) => sum + row.tokens, 0);
  return {
    flagged: flagged.length,
    precision: flagged.length ? tokens(damage) / tokens(flagged) : 1,
    labelsFound: damage.reduce((sum, row) => sum + row.labels, 0),
    rightFirst: damage.length ? damage.filter((row) => row.right).length / damage.length : 1,
  };
};
const threshold = THRESHOLDS.find((t) => figures('A', t).precision >= PRECISION) ?? THRESHOLDS.at(-1);
const show = ({ flagged, precision, labelsFound, rightFirst }) => `${flagged} forms flagged, precision ${precision.toFixed(3)}, ${labelsFound} labels found, right suggestion ${rightFirst.toFixed(3)}`;
console.log(`rows: ${rows.length} (half A ${rows.filter((row) => row.half === 'A').length}, fitted on ${train.length}; half B ${rows.filter((row) => row.half === 'B').length})`);
console.log(`weights: bias ${weights[0]}, ${names.map((name, j) => `${name} ${weights[j + 1]}`).join(', ')}`);
console.log(`threshold ${threshold} (lowest of ${THRESHOLDS[0]} to ${THRESHOLDS.at(-1)} by 0.1 at precision >= ${PRECISION} on half A)`);
console.log(`half A (fitting): ${show(figures('A', threshold))}`);
console.log(`half B (held out): ${show(figures('B', threshold))}`);

const entries = [['bias', weights[0]], ...names.map((name, j) => [name, weights[j + 1]])];
writeFileSync(
  out,
  `// Written by scripts/train-name-gazetteer.mjs from half A of the OCR set (${train.length} forms, threshold at precision ${PRECISION}): do not edit.\n` +
    "// The weights of the no-glossary gazetteer reading's logistic score (`gazetteerScore` in misspelt-names.ts).\n" +
    `export const GAZETTEER_WEIGHTS = {\n${entries.map(([name, weight]) => `  ${name}: ${weight},`).join('\n')}\n};\n` +
    `export const GAZETTEER_MIN_SCORE = ${threshold};\n`,
);
