#!/usr/bin/env node
// `npm run bench`: article-lint's speed against the floor (a bare
// unified + retext-english parse of the same files), measured in one run so
// that the ratios hold on a noisy machine. Every figure is a whole process:
// wall time, CPU time (user + system, all threads) and peak RSS.
//
//   node scripts/bench.mjs [--repeat N] [--quick] [--only SECTION] [--json FILE]
//
// --repeat N      runs per median (default 3); --quick: 1, and no single-file floor
// --only SECTION  one section: articles (500 articles, cspell), single (one 6 MB
//                 file), cold, cache, lsp or corpus; its targets alone are judged
// --json FILE     also write the figures as JSON (docs/benchmarks.md is made from them)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus } from './bench/corpus.mjs';
import { buildRecords } from './bench/corpus-records.mjs';
import { measureLsp } from './bench/lsp.mjs';
import { measure, measureOnce } from './bench/measure.mjs';
import { daskPython, pairedDask } from './bench/parallel.mjs';

let flags;
try {
  ({ values: flags } = parseArgs({ options: { repeat: { type: 'string' }, quick: { type: 'boolean' }, only: { type: 'string' }, json: { type: 'string' } } }));
} catch (error) {
  console.error(`bench: ${error.message}\nusage: node scripts/bench.mjs [--repeat N] [--quick] [--only SECTION] [--json FILE]`);
  process.exit(2);
}
const SECTIONS = ['articles', 'single', 'cold', 'cache', 'lsp', 'corpus'];
if (flags.only !== undefined && !SECTIONS.includes(flags.only)) {
  console.error(`--only: one of ${SECTIONS.join(', ')}`);
  process.exit(2);
}
const runs = (section) => flags.only === undefined || flags.only === section;
const REPEAT = Number(flags.repeat ?? (flags.quick ? 1 : 3));
const ROOT = new URL('..', import.meta.url).pathname;
process.chdir(ROOT);

// The commands as installed (package.json `bin`): the bundles.
const CLI = 'dist/bin/cli.js';
const LSP = 'dist/bin/lsp.js';
const FLOOR = 'scripts/bench/parse-floor.mjs';
const CSPELL = 'node_modules/cspell/bin.mjs';

// A full build when there is none; else the bundles are made again (a second): after a bare `tsc` they would be stale.
const [command, ...buildArgs] = existsSync('dist/src/bin/cli.js') ? [process.execPath, 'scripts/bundle.mjs'] : ['npm', 'run', 'build'];
if (spawnSync(command, buildArgs, { stdio: 'inherit' }).status !== 0) process.exit(1);

const paths = buildCorpus(join(ROOT, '.bench'));
const corpusFiles = readdirSync(paths.corpus).map((name) => join(paths.corpus, name));
const corpusBytes = corpusFiles.reduce((sum, file) => sum + statSync(file).size, 0);
const singleBytes = statSync(paths.single).size;
const corpusWords = readFileSync(paths.single, 'utf8').split(/\s+/).filter(Boolean).length;
const MB = 1e6;

console.log(`article-lint benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`Corpus: Brown Corpus untagged, ${corpusFiles.length} articles, ${(corpusBytes / MB).toFixed(2)} MB, ${(corpusWords / 1e6).toFixed(2)} M words; median of ${REPEAT} unless noted\n`);

const figures = {};
const rows = [];
/** Measure, check the process succeeded (article-lint exits 0 or 1), keep and print the figures. */
function run(name, nodeArgs, { repeat = REPEAT, bytes, articles, okStatus = [0, 1] } = {}) {
  const result = repeat > 1 ? measure(nodeArgs, { repeat }) : { ...measureOnce(nodeArgs), runs: 1 };
  if (!okStatus.includes(result.status)) {
    console.error(`${name}: exited ${result.status}\n${result.stderr.slice(-2000)}`);
    process.exit(1);
  }
  const row = { name, wall: result.wall, cpu: result.cpu, rssMB: result.rssMB, runs: result.runs, bytes, articles };
  figures[name] = { ...row, stderr: result.stderr };
  rows.push(row);
  const rate = bytes ? `${(bytes / MB / result.wall).toFixed(2).padStart(6)} MB/s` : ''.padStart(11);
  const perArticle = articles ? `${(articles / result.wall).toFixed(0).padStart(5)} articles/s` : '';
  console.log(
    `${name.padEnd(34)} wall ${result.wall.toFixed(2).padStart(6)} s  cpu ${result.cpu.toFixed(2).padStart(6)} s  rss ${result.rssMB.toFixed(0).padStart(5)} MB  ${rate} ${perArticle}${result.runs > 1 ? '' : '  (1 run)'}`,
  );
  return figures[name];
}

const lint = (...args) => [CLI, '--format', 'json', '--no-ignore', ...args];
const corpusSize = { bytes: corpusBytes, articles: corpusFiles.length };

// --- 500 articles -------------------------------------------------------------
let floor, jobs1, jobs2, cspell;
if (runs('articles') || runs('single')) {
  console.log('500 articles');
  floor = run('bare retext-english parse (floor)', [FLOOR, paths.corpus], { ...corpusSize, okStatus: [0] });
  jobs1 = run('article-lint --jobs 1', lint('--jobs', '1', '--timing', paths.corpus), corpusSize);
}
if (runs('articles')) {
  jobs2 = run('article-lint --jobs 2', lint('--jobs', '2', paths.corpus), corpusSize);
  if (existsSync(CSPELL)) {
    cspell = run('cspell', [CSPELL, 'lint', '--no-progress', '--no-summary', '--no-cache', '--no-gitignore', `${paths.corpus}/*.txt`], { ...corpusSize, repeat: 1, okStatus: [0, 1] });
  } else {
    console.log('cspell                             skipped (npm install --save-dev cspell)');
  }
}

// --- one 6 MB article -----------------------------------------------------------
let single, singleFloor;
/** The one file's characters (UTF-16 code units, as offsets count them). */
const singleChars = readFileSync(paths.single, 'utf8').length;
if (runs('single')) {
  console.log('\nThe same text as ONE file');
  single = run('article-lint, one 6 MB file', lint('--jobs', '1', paths.single), { bytes: singleBytes, articles: 1, repeat: 1 });
  singleFloor = flags.quick ? undefined : run('bare parse, one 6 MB file', [FLOOR, paths.single], { bytes: singleBytes, articles: 1, repeat: 1, okStatus: [0] });
  console.log(`peak memory per input character: ${((single.rssMB * 2 ** 20) / singleChars).toFixed(1)} bytes`);
}

// --- cold start -------------------------------------------------------------------
let cold, coldFloor;
if (runs('cold')) {
  console.log('\nCold start: one 2 KB article');
  const coldRepeat = Math.max(REPEAT, 5);
  coldFloor = run('bare parse, 2 KB', [FLOOR, paths.small], { repeat: coldRepeat, okStatus: [0] });
  cold = run('article-lint, 2 KB', lint(paths.small), { repeat: coldRepeat });
}

// --- cache -------------------------------------------------------------------------
let cacheFirst, cacheAgain;
if (runs('cache')) {
  console.log('\n--cache on the 500 articles');
  const cacheDir = mkdtempSync(join(tmpdir(), 'article-lint-bench-'));
  const cacheFile = join(cacheDir, 'cache');
  cacheFirst = run('first run (empty cache)', lint('--cache', '--cache-location', cacheFile, paths.corpus), { ...corpusSize, repeat: 1 });
  cacheAgain = run('re-run (unchanged corpus)', lint('--cache', '--cache-location', cacheFile, paths.corpus), corpusSize);
  rmSync(cacheDir, { recursive: true, force: true });
}

// --- LSP -----------------------------------------------------------------------------
let lsp;
if (runs('lsp')) {
  console.log('\nLSP: a 10,000-word article');
  if (existsSync(LSP)) {
    lsp = await measureLsp(LSP, paths.lsp, { edits: flags.quick ? 5 : 15 });
    const sorted = [...lsp.editMs].sort((a, b) => a - b);
    lsp.editMedianMs = sorted[Math.floor((sorted.length - 1) / 2)];
    console.log(`open -> diagnostics ${lsp.openMs.toFixed(0)} ms; edit -> diagnostics median ${lsp.editMedianMs.toFixed(0)} ms (min ${sorted[0].toFixed(0)}, max ${sorted.at(-1).toFixed(0)}, ${sorted.length} edits)`);
  } else {
    console.log(`skipped (${LSP} not built)`);
  }
}

// --- corpus files ----------------------------------------------------------------------
let corpusFew, corpusMany, fewRecords, manyRecords, records, evidenceBytesPerRecord, shardedIdentical;
if (runs('corpus')) {
  console.log('\nCorpus files: JSONL records cut from the Brown Corpus (a few paragraphs each, repeated with small edits)');
  records = buildRecords(join(ROOT, '.bench'), paths.corpus, flags.quick ? [1000, 4000] : [5000, 20000]);
  [fewRecords, manyRecords] = Object.keys(records).map(Number).sort((a, b) => a - b);
  const recordSize = (count) => ({ bytes: statSync(records[count]).size, articles: count });
  corpusFew = run(`--format jsonl, ${fewRecords} records`, [CLI, '--format', 'jsonl', records[fewRecords]], { ...recordSize(fewRecords), repeat: 1 });
  corpusMany = run(`--format jsonl, ${manyRecords} records`, [CLI, '--format', 'jsonl', records[manyRecords]], { ...recordSize(manyRecords), repeat: 1 });
  const evidenceDir = mkdtempSync(join(tmpdir(), 'article-lint-evidence-'));
  const shardEvidence = [1, 2].map((shard) => join(evidenceDir, `shard-${shard}.evidence`));
  const collects = [1, 2].map((shard) => run(`collect --shard ${shard}/2, ${fewRecords} records`, [CLI, 'collect', '--shard', `${shard}/2`, '--evidence-out', shardEvidence[shard - 1], records[fewRecords]], { repeat: 1, okStatus: [0] }));
  const mergedEvidence = join(evidenceDir, 'all.evidence');
  run('merge-evidence, 2 shards', [CLI, 'merge-evidence', '-o', mergedEvidence, ...shardEvidence.reverse()], { repeat: 1, okStatus: [0] });
  evidenceBytesPerRecord = statSync(mergedEvidence).size / fewRecords;
  const singleRun = spawnSync(process.execPath, [CLI, '--format', 'jsonl', records[fewRecords]], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout;
  const shardedRun = [1, 2].map((shard) => spawnSync(process.execPath, [CLI, '--format', 'jsonl', '--shard', `${shard}/2`, '--evidence', mergedEvidence, records[fewRecords]], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout).join('');
  const findingsById = (text) => JSON.stringify(text.trim().split('\n').map((line) => JSON.parse(line)).map(({ id, messages }) => [id, messages]).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  // And against the shards' evidence files unmerged (repeated --evidence, merged as read), as the Dask recipe lints.
  const unmergedRun = [1, 2].map((shard) => spawnSync(process.execPath, [CLI, '--format', 'jsonl', '--shard', `${shard}/2`, ...shardEvidence.flatMap((file) => ['--evidence', file]), records[fewRecords]], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout).join('');
  shardedIdentical = findingsById(singleRun) === findingsById(shardedRun) && findingsById(singleRun) === findingsById(unmergedRun);
  rmSync(evidenceDir, { recursive: true, force: true });
  console.log(`evidence: ${(evidenceBytesPerRecord).toFixed(0)} bytes per record gzipped (${((evidenceBytesPerRecord * 1e6) / 2 ** 30).toFixed(2)} GiB per million records); sharded run (2 shards, merged evidence and unmerged) ${shardedIdentical ? 'identical to' : 'DIFFERS from'} one run; collect ${collects.map((c) => c.wall.toFixed(1)).join(' + ')} s`);
}

// The Dask recipe, one worker against two, back to back (scripts/bench/parallel.mjs has the paired medians).
let dask;
if (runs('corpus')) {
  const python = daskPython();
  if (python) {
    dask = pairedDask(python, records[manyRecords], { pairs: 1, partitions: 2 });
    const steps = (s) => Object.entries(s).map(([step, seconds]) => `${step} ${seconds.toFixed(1)}`).join(' + ') + ' s';
    console.log(`Dask recipe, ${manyRecords} records, --partitions 2: 1 worker ${dask.first.wall.toFixed(2)} s (${steps(dask.steps.first)}), 2 workers ${dask.second.wall.toFixed(2)} s (${steps(dask.steps.second)}): ${dask.speedUp.toFixed(2)}x`);
  } else {
    console.log('Dask recipe: skipped (no Python with distributed: apt-get install python3-distributed)');
  }
}

// --- time per rule ----------------------------------------------------------------------
if (jobs1) {
  console.log('\nTime per rule (--timing, --jobs 1, the median run above)');
  console.log(jobs1.stderr.trim());
}

// --- targets -----------------------------------------------------------------------------
const perByte = (f) => f.wall / f.bytes;
const bytesPerChar = single ? (single.rssMB * 2 ** 20) / singleChars : undefined;
const targets = [
  ['all rules, --jobs 1 <= 1.3x the bare parse', jobs1 && floor ? jobs1.wall / floor.wall : undefined, 1.3, jobs1 && floor ? jobs1.cpu / floor.cpu : undefined],
  ['all rules, --jobs 2 <= 0.75x the bare parse', jobs2 ? jobs2.wall / floor.wall : undefined, 0.75, undefined],
  ['--jobs 2 >= 1.6x faster than --jobs 1', jobs2 ? jobs2.wall / jobs1.wall : undefined, 1 / 1.6, jobs2 ? jobs2.cpu / jobs1.cpu : undefined, jobs2 ? `${(jobs1.wall / jobs2.wall).toFixed(2)}x` : undefined],
  ['Dask: 2 workers >= 1.7x faster than 1', dask ? 1 / dask.speedUp : undefined, 1 / 1.7, dask ? dask.second.cpu / dask.first.cpu : undefined, dask ? `${dask.speedUp.toFixed(2)}x` : undefined],
  ['faster than cspell (--jobs 1 / cspell < 1)', cspell ? jobs1.wall / cspell.wall : undefined, 1, cspell ? jobs1.cpu / cspell.cpu : undefined],
  ['one 6 MB file: per byte <= 2x 500 files', single ? perByte(single) / perByte(jobs1) : undefined, 2, single ? single.cpu / single.bytes / (jobs1.cpu / jobs1.bytes) : undefined],
  ['one 6 MB file: peak RSS <= 400 MB', single ? single.rssMB / 400 : undefined, 1, undefined, single ? `${single.rssMB.toFixed(0)} MB` : undefined],
  ['one 6 MB file: <= 25 bytes peak per character', bytesPerChar === undefined ? undefined : bytesPerChar / 25, 1, undefined, bytesPerChar === undefined ? undefined : `${bytesPerChar.toFixed(1)} B`],
  ['cold start <= 1.5x the bare parse', cold ? cold.wall / coldFloor.wall : undefined, 1.5, cold ? cold.cpu / coldFloor.cpu : undefined],
  ['LSP edit -> diagnostics <= 100 ms', lsp ? lsp.editMedianMs / 100 : undefined, 1, undefined, lsp ? `${lsp.editMedianMs.toFixed(0)} ms` : undefined],
  ['--cache re-run <= 15% of the first run', cacheAgain ? cacheAgain.wall / cacheFirst.wall : undefined, 0.15, cacheAgain ? cacheAgain.cpu / cacheFirst.cpu : undefined],
  ['corpus: peak RSS, 4x the records <= 1.3x', corpusMany ? corpusMany.rssMB / corpusFew.rssMB : undefined, 1.3, undefined],
  ['corpus: sharded findings identical to one run', shardedIdentical === undefined ? undefined : shardedIdentical ? 0 : 2, 1, undefined, shardedIdentical === undefined ? undefined : shardedIdentical ? 'yes' : 'no'],
];
console.log('\nTargets (ratio of wall times; CPU-time ratio beside it)');
const verdicts = targets.map(([what, ratio, limit, cpuRatio, shown]) => {
  const verdict = ratio === undefined ? 'SKIP' : ratio <= limit ? 'PASS' : 'FAIL';
  const value = ratio === undefined ? 'n/a' : (shown ?? `${ratio.toFixed(2)}x`);
  const cpu = cpuRatio === undefined || Number.isNaN(cpuRatio) ? '' : `  (cpu ${cpuRatio.toFixed(2)}x)`;
  console.log(`${verdict}  ${what.padEnd(44)} ${value.padStart(8)}${cpu}`);
  return { what, ratio, limit, cpuRatio, verdict, shown };
});
if (singleFloor) console.log(`\n(bare parse of the one 6 MB file: ${(perByte(singleFloor) / perByte(floor)).toFixed(1)}x its per-byte time on 500 files, ${singleFloor.rssMB.toFixed(0)} MB)`);

if (flags.json) {
  const strip = ({ stderr, ...rest }) => rest;
  writeFileSync(
    flags.json,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { cpus: cpus().length, model: cpus()[0]?.model.trim(), memGiB: totalmem() / 2 ** 30, node: process.version },
        corpus: { articles: corpusFiles.length, bytes: corpusBytes, words: corpusWords },
        figures: Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, strip(v)])),
        timing: jobs1?.stderr.trim(),
        lsp,
        corpusMode: { records, evidenceBytesPerRecord, shardedIdentical, dask: dask && { first: dask.first, second: dask.second, speedUp: dask.speedUp, steps: dask.steps } },
        targets: verdicts,
      },
      null,
      2,
    ),
  );
}
