// Learns the OCR channel of name-spelling: how often a letter (or a pair of
// letters) of a right name is read as another, from aligned pairs of damaged
// and right names, and writes the costs to src/analysis/names/channel-table.ts.
//
//   node scripts/train-name-channel.mjs LABELS.jsonl [--split even|odd|all] [--out FILE]
//
// LABELS.jsonl: one pair a line, `{"article": "...-NNN-...", "ocr": "Henrv", "gold": "Henry", "in_scope": true}`
// (the layout of the real OCR set's labels). `--split even` learns only from
// articles whose number is even, so that the odd ones can judge the table.
//
// A few hundred pairs from a few heavily damaged articles do not measure
// every edit: counted alone, they teach one typeface's slips (`T` for `J`)
// and miss the next one's. So each edit's probability is smoothed towards a
// prior from public knowledge (additive smoothing with a class rate): the
// confusions OCR is known for (`u`/`n`, `rn`/`m`, `li`/`h`, `cl`/`d`, ...),
// letters of similar shape, capitals of similar shape at a name's start
// (`E`/`F`, `J`/`T`, `R`/`B`), neighbouring keys, a vowel for a vowel, thin
// strokes gained or lost. A class's rate is pooled over all its edits in
// the training pairs (a handful of free parameters, not one per edit), and
// an edit seen often enough moves away from its class. How much the prior
// weighs is chosen on the training pairs alone: the weight whose model,
// fitted without an article, best predicts that article's edits (left out
// one article at a time). A name damaged the same way twice in one article
// is counted once.
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const labelsPath = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--split' && args[i - 1] !== '--out');
const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'all';
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : new URL('../src/analysis/names/channel-table.ts', import.meta.url);
if (!labelsPath || !['even', 'odd', 'all'].includes(split)) {
  console.error('usage: node scripts/train-name-channel.mjs LABELS.jsonl [--split even|odd|all] [--out FILE]');
  process.exit(2);
}

/** An edit this likely (per occurrence of its right letters) costs 1, the cost of an unknown edit; likelier ones cost less. */
const REFERENCE_PROBABILITY = 1e-4;
const MIN_COST = 0.15;
/**
 * Classes whose edits the table holds before any is seen: the confusions of
 * OCR and of shape. The others (a neighbouring key, a vowel for a vowel, any
 * other letter, a longer edit no list names) are in it only when seen
 * MIN_COUNT times or more: channel.ts prices the typist's slips itself, and
 * one misaligned pair makes one such edit.
 */
const PRIOR_CLASSES = new Set(['ocr', 'ocr-span', 'shape', 'capital-shape', 'delete-thin', 'insert-thin']);
const MIN_COUNT = 2;

// ---------------------------------------------------------------- the prior: public knowledge
const pairs = (list) => list.flatMap((pair) => {
  const [a, b] = pair.split('/');
  return [`${a}>${b}`, `${b}>${a}`];
});
/** OCR's well-known confusions, both ways: strokes merged or split, and letters of one shape. */
const OCR_CONFUSIONS = new Set(pairs([
  'u/n', 'v/y', 'c/e', 'n/ii', 'h/b', 'm/rn', 'd/cl', 'h/li', 'h/il', 'l/1', 'o/0', 'm/in', 'm/ni', 'n/ri', 'w/vv', 'u/ii', 'e/o', 'i/l', 'i/1', 'l/t', 'f/t',
]));
/** Lower-case letters of similar shape (ascenders, bowls, strokes). */
const SHAPE_SIMILAR = new Set(pairs([
  'a/o', 'a/e', 'a/s', 'c/o', 'e/s', 'o/u', 'i/j', 'i/t', 'i/r', 'j/y', 'f/l', 'l/j', 'r/t', 'r/n', 'n/h', 'h/k', 'b/k', 'b/l', 'h/l', 'n/m', 'u/v', 'v/w', 'p/q', 'g/q', 'g/y', 'p/y', 'd/o', 'd/b', 'g/o', 'g/c', 'g/s', 's/z', 'x/z',
]));
/** Capitals of similar shape: a name's first letter. */
const CAPITAL_SHAPES = new Set(pairs([
  'E/F', 'E/L', 'E/B', 'F/P', 'F/T', 'P/R', 'P/B', 'B/R', 'B/H', 'R/H', 'R/K', 'H/N', 'H/M', 'H/K', 'M/N', 'M/W', 'V/W', 'V/Y', 'U/V', 'J/T', 'J/I', 'I/T', 'I/L', 'C/G', 'C/O', 'G/O', 'O/Q', 'D/O', 'C/E', 'S/B', 'G/S',
]));
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY_NEIGHBOURS = (() => {
  const set = new Set();
  const position = new Map();
  KEY_ROWS.forEach((row, r) => [...row].forEach((key, c) => position.set(key, [r, c])));
  for (const [a, [ra, ca]] of position) {
    for (const [b, [rb, cb]] of position) {
      if (a !== b && ((ra === rb && Math.abs(ca - cb) === 1) || (Math.abs(ra - rb) === 1 && (cb - ca === 0 || cb - ca === (rb > ra ? -1 : 1))))) set.add(`${a}>${b}`);
    }
  }
  return set;
})();
const VOWELS = new Set('aeiouy');
/** Thin letters and marks: what OCR adds or drops most (a speck, a broken stroke). */
const THIN = new Set("iltfjr'.-,1");
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The class of an edit: its prior rate is the pooled rate of its class. Capital keys (`J>T`) are a name's first letter. */
function classOf(key) {
  const [right, read] = key.split('>');
  if (/[A-Z]/.test(key)) return CAPITAL_SHAPES.has(key) ? 'capital-shape' : 'capital-other';
  if (OCR_CONFUSIONS.has(key)) return right.length === 1 && read.length === 1 ? 'ocr' : 'ocr-span';
  if (right.length > 1 || read.length > 1) return 'span';
  if (right === '') return THIN.has(read) ? 'insert-thin' : 'insert';
  if (read === '') return THIN.has(right) ? 'delete-thin' : 'delete';
  if (SHAPE_SIMILAR.has(key)) return 'shape';
  if (KEY_NEIGHBOURS.has(key)) return 'key';
  if (VOWELS.has(right) && VOWELS.has(read)) return 'vowel';
  return 'other';
}

/** Every edit of a class that could happen: the denominators of the class rates, and the table's prior-only entries. */
function classMembers() {
  const keys = new Set([...OCR_CONFUSIONS, ...SHAPE_SIMILAR, ...CAPITAL_SHAPES, ...KEY_NEIGHBOURS]);
  for (const a of LETTERS) {
    keys.add(`${a}>`);
    keys.add(`>${a}`);
    for (const b of LETTERS) if (a !== b) keys.add(`${a}>${b}`), keys.add(`${a.toUpperCase()}>${b.toUpperCase()}`);
  }
  for (const mark of THIN) if (!LETTERS.includes(mark)) keys.add(`>${mark}`);
  return keys;
}

// ---------------------------------------------------------------- the pairs
const inSplit = (article) => {
  if (split === 'all') return true;
  const number = Number(/-(\d+)-/.exec(article)?.[1] ?? NaN);
  return split === 'even' ? number % 2 === 0 : number % 2 === 1;
};

const seen = new Set();
const training = [];
for (const line of readFileSync(labelsPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const label = JSON.parse(line);
  if (!label.in_scope || !inSplit(label.article)) continue;
  const clean = (text) => text.replace(/[\u2018\u2019]/g, "'").replace(/'s$/, '');
  const ocr = clean(label.ocr);
  const gold = clean(label.gold);
  // Pairs that share too little are words joined or split by the OCR, not a damaged spelling.
  if (ocr.toLowerCase() === gold.toLowerCase() || Math.abs(ocr.length - gold.length) > 3) continue;
  // A name damaged the same way twice in one article is one observation of the channel, not two.
  const key = `${label.article}|${gold}|${ocr}`;
  if (seen.has(key)) continue;
  seen.add(key);
  training.push([label.article, gold, ocr]);
}

/** Levenshtein alignment of a right form and its damaged reading: [right, read] per step, '' for a gap. */
function align(gold, ocr) {
  const d = Array.from({ length: gold.length + 1 }, (_, i) => Array.from({ length: ocr.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= gold.length; i++) {
    for (let j = 1; j <= ocr.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (gold[i - 1] === ocr[j - 1] ? 0 : 1));
    }
  }
  const steps = [];
  let i = gold.length;
  let j = ocr.length;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && d[i][j] === d[i - 1][j - 1] + (gold[i - 1] === ocr[j - 1] ? 0 : 1)) steps.push([gold[--i], ocr[--j]]);
    else if (i > 0 && d[i][j] === d[i - 1][j] + 1) steps.push([gold[--i], '']);
    else steps.push(['', ocr[--j]]);
  }
  return { steps: steps.reverse(), distance: d[gold.length][ocr.length] };
}

/** Edits and their denominators, counted per article (an article's typeface and damage are one sample). */
const articles = new Map();
let used = 0;
for (const [article, goldCased, ocrCased] of training) {
  const gold = goldCased.toLowerCase();
  const ocr = ocrCased.toLowerCase();
  const { steps, distance } = align(gold, ocr);
  if (distance > Math.max(3, gold.length / 2)) continue;
  used++;
  const tally = articles.get(article) ?? articles.set(article, { counts: new Map(), occurrences: new Map() }).get(article);
  const count = (key) => tally.counts.set(key, (tally.counts.get(key) ?? 0) + 1);
  // How often each letter, letter pair and capital occurs in right names: the denominators.
  const occur = (key) => tally.occurrences.set(key, (tally.occurrences.get(key) ?? 0) + 1);
  const capitals = /\p{Lu}/u.test(goldCased[0]) && /\p{Lu}/u.test(ocrCased[0]);
  for (let i = 0; i < gold.length; i++) {
    // A name's first letter is a capital: its confusions are the capitals' (counted apart).
    occur(i === 0 && capitals ? gold[0].toUpperCase() : gold[i]);
    if (i + 1 < gold.length) occur(gold.slice(i, i + 2));
  }
  // A run of changed steps of at most two letters each side is one edit (`m` read as `rn`); longer runs count letter by letter.
  let run = [];
  let at = 0;
  const close = () => {
    if (run.length === 0) return;
    const right = run.map(([g]) => g).join('');
    const read = run.map(([, o]) => o).join('');
    if (run.length > 1 && right.length <= 2 && read.length <= 2) count(`${right}>${read}`);
    else for (const { 0: g, 1: o, at: where } of run) count(capitals && where === 0 && g && o && /[a-z]/.test(g) && /[a-z]/.test(o) ? `${g.toUpperCase()}>${o.toUpperCase()}` : `${g}>${o}`);
    run = [];
  };
  for (const step of steps) {
    if (step[0] === step[1]) close();
    else run.push(Object.assign([...step], { at }));
    if (step[0]) at++;
  }
  close();
}

// ---------------------------------------------------------------- smoothing
const addInto = (into, from, sign = 1) => {
  for (const [key, n] of from) into.set(key, (into.get(key) ?? 0) + sign * n);
  return into;
};
const total = { counts: new Map(), occurrences: new Map() };
for (const tally of articles.values()) addInto(total.counts, tally.counts), addInto(total.occurrences, tally.occurrences);
const members = classMembers();
for (const key of total.counts.keys()) members.add(key);

/**
 * The channel's probabilities from counts: each edit's (n + w * rate of its
 * class) / (its right letters' occurrences + w), w the prior's weight.
 */
function model({ counts, occurrences }, weight) {
  const totalLetters = [...occurrences].filter(([key]) => key.length === 1).reduce((sum, [, n]) => sum + n, 0);
  /** The occurrences an edit could have happened in: of its right letters, or (a letter gained) of any letter. */
  const base = (key) => {
    const right = key.slice(0, key.indexOf('>'));
    return right ? occurrences.get(right) ?? 0 : totalLetters;
  };
  const sums = new Map();
  for (const key of members) {
    const cls = classOf(key);
    const sum = sums.get(cls) ?? sums.set(cls, { n: 0, base: 0 }).get(cls);
    sum.n += counts.get(key) ?? 0;
    sum.base += base(key);
  }
  const rates = new Map([...sums].map(([cls, { n, base: b }]) => [cls, b > 0 ? n / b : 0]));
  return { rates, probability: (key) => ((counts.get(key) ?? 0) + weight * rates.get(classOf(key))) / (base(key) + weight) };
}

/**
 * How well a model fitted on the other articles predicts each article's
 * edits and its letters read right (log-likelihood, summed): the prior's
 * weight is the one that predicts unseen articles best.
 */
function heldOutLikelihood(weight) {
  const byRight = new Map();
  for (const key of members) {
    const right = key.slice(0, key.indexOf('>'));
    if (right.length === 1) (byRight.get(right) ?? byRight.set(right, []).get(right)).push(key);
  }
  let sum = 0;
  for (const tally of articles.values()) {
    const rest = { counts: addInto(new Map(total.counts), tally.counts, -1), occurrences: addInto(new Map(total.occurrences), tally.occurrences, -1) };
    const { probability } = model(rest, weight);
    for (const [key, n] of tally.counts) if (n > 0) sum += n * Math.log(Math.max(1e-9, probability(key)));
    for (const [right, keys] of byRight) {
      const occurrences = tally.occurrences.get(right) ?? 0;
      if (occurrences === 0) continue;
      const edited = keys.reduce((n, key) => n + (tally.counts.get(key) ?? 0), 0);
      const stays = 1 - keys.reduce((p, key) => p + probability(key), 0);
      sum += (occurrences - edited) * Math.log(Math.max(1e-9, stays));
    }
  }
  return sum;
}

/** Prior weights tried (occurrences of the right letters the class rate counts for). */
const WEIGHTS = [1, 3, 10, 30, 100, 300, 1000];
const likelihoods = WEIGHTS.map((weight) => ({ weight, likelihood: heldOutLikelihood(weight) }));
const PRIOR_WEIGHT = likelihoods.reduce((a, b) => (b.likelihood > a.likelihood ? b : a)).weight;
const { rates: classRate, probability } = model(total, PRIOR_WEIGHT);

const table = {};
for (const key of members) {
  const n = total.counts.get(key) ?? 0;
  const cls = classOf(key);
  if (!PRIOR_CLASSES.has(cls) && n < MIN_COUNT) continue;
  const p = probability(key);
  if (!(p > 0)) continue;
  const cost = Math.min(1, Math.max(MIN_COST, Math.log(p) / Math.log(REFERENCE_PROBABILITY)));
  if (cost < 1) table[key] = Math.round(cost * 100) / 100;
}
const entries = Object.entries(table)
  .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
  .map(([key, cost]) => `  ${JSON.stringify(key)}: ${cost},`);
const rates = [...classRate].sort().map(([cls, rate]) => `${cls} ${rate.toPrecision(2)}`).join(', ');
writeFileSync(
  out,
  `// Written by scripts/train-name-channel.mjs from ${used} aligned OCR name pairs (articles: ${split}): do not edit.\n` +
    `// \`right>read\` -> cost: what reading the right letters as the read ones costs (1: an edit never measured);\n` +
    `// a capital (\`J>T\`) is a name's first letter. Class rates (per occurrence): ${rates}.\n` +
    `export const CHANNEL_EDITS: Readonly<Record<string, number>> = {\n${entries.join('\n')}\n};\n`,
);
console.log(`${used} pairs (${split}), ${Object.keys(table).length} edits -> ${out instanceof URL ? out.pathname : out}`);
console.log(`class rates: ${rates}`);
console.log(`prior weight ${PRIOR_WEIGHT}; held-out log-likelihood by weight: ${likelihoods.map(({ weight, likelihood }) => `${weight} ${likelihood.toFixed(1)}`).join(', ')}`);
