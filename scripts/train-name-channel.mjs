// Learns the OCR channel of name-spelling: how often a letter (or a pair of
// letters) of a right name is read as another, from aligned pairs of damaged
// and right names, and writes the costs to src/analysis/names/channel-table.ts.
//
//   node scripts/train-name-channel.mjs LABELS.jsonl [--split even|odd|all] [--out FILE]
//
// LABELS.jsonl: one pair a line, `{"article": "...-NNN-...", "ocr": "Henrv", "gold": "Henry", "in_scope": true}`
// (the layout of the real OCR set's labels). `--split even` learns only from
// articles whose number is even, so that the odd ones can judge the table.
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const labelsPath = args.find((arg) => !arg.startsWith('--') && args[args.indexOf(arg) - 1] !== '--split' && args[args.indexOf(arg) - 1] !== '--out');
const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'all';
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : new URL('../src/analysis/names/channel-table.ts', import.meta.url);
if (!labelsPath || !['even', 'odd', 'all'].includes(split)) {
  console.error('usage: node scripts/train-name-channel.mjs LABELS.jsonl [--split even|odd|all] [--out FILE]');
  process.exit(2);
}

/** Edits seen fewer times than this are noise (one annotator's slip, a misaligned pair): left to the default cost. */
const MIN_COUNT = 2;
/** An edit this likely (per occurrence of its right letters) costs 1, the cost of an unknown edit; likelier ones cost less. */
const REFERENCE_PROBABILITY = 1e-4;
const MIN_COST = 0.15;

const inSplit = (article) => {
  if (split === 'all') return true;
  const number = Number(/-(\d+)-/.exec(article)?.[1] ?? NaN);
  return split === 'even' ? number % 2 === 0 : number % 2 === 1;
};

const pairs = [];
for (const line of readFileSync(labelsPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const label = JSON.parse(line);
  if (!label.in_scope || !inSplit(label.article)) continue;
  const clean = (text) => text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/'s$/, '');
  const ocr = clean(label.ocr);
  const gold = clean(label.gold);
  // Pairs that share too little are words joined or split by the OCR, not a damaged spelling.
  if (ocr === gold || Math.abs(ocr.length - gold.length) > 3) continue;
  pairs.push([gold, ocr]);
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

const edits = new Map();
const count = (key) => edits.set(key, (edits.get(key) ?? 0) + 1);
// How often each letter and letter pair occurs in right names: the denominators.
const occurrences = new Map();
for (const [gold] of pairs) {
  for (let i = 0; i < gold.length; i++) {
    occurrences.set(gold[i], (occurrences.get(gold[i]) ?? 0) + 1);
    if (i + 1 < gold.length) occurrences.set(gold.slice(i, i + 2), (occurrences.get(gold.slice(i, i + 2)) ?? 0) + 1);
  }
}
let used = 0;
for (const [gold, ocr] of pairs) {
  const { steps, distance } = align(gold, ocr);
  if (distance > Math.max(3, gold.length / 2)) continue;
  used++;
  // A run of changed steps of at most two letters each side is one edit (`m` read as `rn`); longer runs count letter by letter.
  let run = [];
  const close = () => {
    if (run.length === 0) return;
    const right = run.map(([g]) => g).join('');
    const read = run.map(([, o]) => o).join('');
    if (run.length > 1 && right.length <= 2 && read.length <= 2) count(`${right}>${read}`);
    else for (const [g, o] of run) count(`${g}>${o}`);
    run = [];
  };
  for (const step of steps) {
    if (step[0] === step[1]) close();
    else run.push(step);
  }
  close();
}

/** The cost of an edit from its probability per occurrence of its right letters (an insertion: per letter of any name). */
const totalLetters = [...occurrences].filter(([key]) => key.length === 1).reduce((sum, [, n]) => sum + n, 0);
const table = {};
for (const [key, n] of [...edits].sort((a, b) => b[1] - a[1])) {
  if (n < MIN_COUNT) continue;
  const right = key.slice(0, key.indexOf('>'));
  const base = right ? occurrences.get(right) ?? n : totalLetters;
  const probability = n / base;
  const cost = Math.min(1, Math.max(MIN_COST, Math.log(probability) / Math.log(REFERENCE_PROBABILITY)));
  if (cost < 1) table[key] = Math.round(cost * 100) / 100;
}
const entries = Object.entries(table).map(([key, cost]) => `  ${JSON.stringify(key)}: ${cost},`);
writeFileSync(
  out,
  `// Written by scripts/train-name-channel.mjs from ${used} aligned OCR name pairs (articles: ${split}): do not edit.\n` +
    `// \`right>read\` -> cost: what reading the right letters as the read ones costs (1: an edit never measured).\n` +
    `export const CHANNEL_EDITS: Readonly<Record<string, number>> = {\n${entries.join('\n')}\n};\n`,
);
console.log(`${used} pairs (${split}), ${Object.keys(table).length} edits -> ${out instanceof URL ? out.pathname : out}`);
