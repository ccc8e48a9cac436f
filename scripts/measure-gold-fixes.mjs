#!/usr/bin/env node
// What `--fix` would change on clean text: every fix it would apply (first
// pass) to the hand-made gold bodies of the real sets (../shared/bench/real),
// each marked as a known real defect of the gold (gold-defects.json: same
// file and rule, overlapping span) or not. A measurement, not a test: the
// target is no fix on gold text but those defects. Run after `npm run build`:
//   node scripts/measure-gold-fixes.mjs [--real DIR] [--list]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtinRules } from '../dist/rules/index.js';
import { lintArticles } from '../dist/src/engine/workers.js';

const args = process.argv.slice(2);
const real = resolve(args.includes('--real') ? args[args.indexOf('--real') + 1] : new URL('../../shared/bench/real', import.meta.url).pathname);
const list = args.includes('--list');
const EMPTY_CONFIG = { glossary: [], rules: new Map(), plugins: [], ignore: [], words: [] };

function readSet(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ path: name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** The fixes --fix would apply first on each file: the fixable findings of the unfixed text. */
function appliedFixes(results) {
  return results.flatMap((result, i) =>
    (result.unfixedMessages ?? []).filter((m) => m.fixable).map((m) => ({ file: result.path, message: m, changed: result.output !== undefined, index: i })),
  );
}

function describeFix(fix, text) {
  const m = fix.message;
  const range = m.fixRange ?? { start: m.place.start.offset, end: m.place.end.offset };
  return `${fix.file}:${m.line}:${m.column} ${m.ruleId}: ${JSON.stringify(text.slice(range.start, range.end).slice(0, 80))} -> ${JSON.stringify(m.expected[0].slice(0, 40))}`;
}

const defects = existsSync(join(real, 'extraction/gold-defects.json')) ? JSON.parse(readFileSync(join(real, 'extraction/gold-defects.json'), 'utf8')) : [];
const isDefect = (fix) =>
  defects.some((d) => d.file === fix.file && d.ruleId === fix.message.ruleId && d.start < fix.message.place.end.offset && fix.message.place.start.offset < d.end);

async function measure(name, inputs, options = {}) {
  const results = await lintArticles(inputs, { cwd: real, rules: builtinRules, config: EMPTY_CONFIG, fix: true, ...options });
  const fixes = appliedFixes(results);
  const onDefects = fixes.filter(isDefect);
  const files = new Set(fixes.map((f) => f.file)).size;
  console.log(`${name}: ${inputs.length} files; ${fixes.length} fixes on ${files} files (${onDefects.length} on known gold defects, ${fixes.length - onDefects.length} on text judged correct)`);
  const byRule = new Map();
  for (const fix of fixes) byRule.set(fix.message.ruleId, (byRule.get(fix.message.ruleId) ?? 0) + 1);
  if (byRule.size) console.log(`  by rule: ${[...byRule].map(([id, n]) => `${id} ${n}`).join(', ')}`);
  if (list) for (const fix of fixes) console.log(`  ${isDefect(fix) ? 'defect ' : 'CORRECT'} ${describeFix(fix, inputs[fix.index].text)}`);
  return fixes.length;
}

await measure('extraction/gold (one run, no glossary)', readSet(join(real, 'extraction/gold')));
await measure('ocr/gold (one run, no glossary)', readSet(join(real, 'ocr/gold')));
// Each transcription alone with its own glossary, as the name checks are meant to run.
let withGlossary = 0;
const ocrGold = readSet(join(real, 'ocr/gold'));
const quiet = [];
for (const input of ocrGold) {
  const glossary = join(real, 'ocr/glossaries', input.path.replace(/\.txt$/, '.yml'));
  if (!existsSync(glossary)) continue;
  const results = await lintArticles([input], { cwd: real, rules: builtinRules, config: { ...EMPTY_CONFIG }, glossaries: [glossary], fix: true });
  const fixes = appliedFixes(results);
  withGlossary += fixes.length;
  quiet.push(...fixes.map((f) => describeFix(f, input.text)));
}
console.log(`ocr/gold (each with its glossary): ${ocrGold.length} files; ${withGlossary} fixes`);
if (list) for (const line of quiet) console.log(`  CORRECT ${line}`);
