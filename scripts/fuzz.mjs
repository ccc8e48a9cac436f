#!/usr/bin/env node
// Long fuzzing run against the build (npm run build first):
//   npm run fuzz -- [--seconds N] [--seed S] [--huge-mb M] [--growth-kb SMALL,LARGE] [--only-growth] [--verbose]
//
// First the growth check: every pathological input of tests/fuzz-harness.mjs
// (long tokens, runs of one character, word, phrase or punctuation, nested
// markup, long lines, tiny paragraphs; text, Markdown and HTML) is linted at
// SMALL and LARGE kilobytes (default 100,400; 0 skips it), and each rule, and
// the parse, fails when its time grows clearly faster than the size or
// exceeds 10 s per MB. Each case over a second (every case with --verbose) is
// printed with the heap in use after it (after a full collection), and the
// summary gives the peak heap and resident memory: what the lints keep adds
// up over the run. Then:
// Alternates the two properties of tests/fuzz.test.ts and
// tests/fix-property.test.ts (whole pipeline on any input; --fix loses
// nothing and is idempotent on generated articles) until N seconds (default
// 60) have passed, then prints how many cases were tried and each distinct
// failure (shrunk); exits 1 if there was any. --huge-mb M also
// lints one generated M-megabyte article through the CLI and prints the time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { builtinRules } from '../dist/rules/index.js';
import { buildGlossary } from '../dist/src/config/glossary.js';
import { lintArticles } from '../dist/src/engine/workers.js';
import { applyFixes, editOf, fixTree } from '../dist/src/fix/fix.js';
import { formatJson } from '../dist/src/report/json.js';
import { anyInputArb, articleArb, fixProblems, growthProblems, pipelineProblems } from '../tests/fuzz-harness.mjs';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '60' }, seed: { type: 'string' }, 'huge-mb': { type: 'string' }, 'growth-kb': { type: 'string', default: '100,400' }, 'only-growth': { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } },
});
const seconds = Number(values.seconds);
if (!(seconds > 0)) throw new Error(`--seconds: expected a positive number, got "${values.seconds}"`);
const megabytes = (bytes) => `${Math.round(bytes / 1e6)} MB`;
// The heap after a full collection: what the lints so far have kept.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');
const engine = { lintArticles, builtinRules, buildGlossary, formatJson, applyFixes, editOf, fixTree };

const [smallKb, largeKb] = values['growth-kb'].split(',').map(Number);
let growthFailed = false;
if (smallKb > 0) {
  if (!(largeKb > smallKb)) throw new Error(`--growth-kb: expected SMALL,LARGE kilobytes, got "${values['growth-kb']}"`);
  const started = Date.now();
  let cases = 0;
  let peakHeap = 0;
  const problems = await growthProblems(engine, {
    small: smallKb * 1000,
    large: largeKb * 1000,
    onCase: ({ name, format, small, large }) => {
      cases++;
      collectGarbage();
      const heap = process.memoryUsage().heapUsed;
      peakHeap = Math.max(peakHeap, heap);
      const slowest = Object.keys(large).sort((a, b) => large[b] - large[a])[0];
      const total = Object.values(large).reduce((a, b) => a + b, 0);
      if (large[slowest] > 1000 || values.verbose) console.log(`fuzz: ${name} (${format}): slowest ${slowest}, ${Math.round(small[slowest])} ms at ${smallKb} KB, ${Math.round(large[slowest])} ms at ${largeKb} KB (whole lint ${Math.round(total)} ms); heap ${megabytes(heap)}`);
    },
  });
  for (const problem of problems) console.error(`fuzz: growth: ${problem}`);
  console.log(`fuzz: growth: ${cases} pathological inputs at ${smallKb} and ${largeKb} KB in ${((Date.now() - started) / 1000).toFixed(0)} s, ${problems.length ? `${problems.length} problems` : 'every rule linear'}`);
  console.log(`fuzz: growth: peak heap after a case ${megabytes(peakHeap)}, heap at the end ${megabytes((collectGarbage(), process.memoryUsage().heapUsed))}, peak resident ${megabytes(process.resourceUsage().maxRSS * 1024)}`);
  growthFailed = problems.length > 0;
}
if (values['only-growth']) process.exit(growthFailed ? 1 : 0);

const properties = [
  { name: 'pipeline', share: 0.6, property: fc.asyncProperty(anyInputArb, async (input) => {
    problemsOrThrow(await pipelineProblems(engine, input));
  }) },
  { name: 'fix', share: 0.4, property: fc.asyncProperty(articleArb, async (input) => problemsOrThrow(await fixProblems(engine, input))) },
];
const failures = new Set();
const counts = Object.fromEntries(properties.map((p) => [p.name, 0]));

function problemsOrThrow(problems) {
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/** Chunks of at most 20 s per property, each with its own seed, until the time is up. */
const started = Date.now();
const deadline = started + seconds * 1000;
let seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;
while (Date.now() < deadline) {
  for (const { name, share, property } of properties) {
    const limit = Math.max(0, Math.min(20_000 * share, deadline - Date.now()));
    if (limit === 0) break;
    const details = await fc.check(property, { seed, numRuns: 1e9, interruptAfterTimeLimit: limit, markInterruptAsFailure: false });
    counts[name] += details.numRuns;
    if (details.failed) {
      // Report each distinct failure once (shrunk), then go on fuzzing with the next seed.
      const problem = String(details.errorInstance?.message ?? details.error);
      if (!failures.has(problem)) console.error(`fuzz: property "${name}" failed (seed ${seed}) on:\n${fc.stringify(details.counterexample)}\n${problem}\n`);
      failures.add(problem);
    }
    seed = (seed + 1) % 2 ** 31;
  }
}
const total = counts.pipeline + counts.fix;
console.log(
  `fuzz: ${total} cases in ${((Date.now() - started) / 1000).toFixed(0)} s (pipeline ${counts.pipeline}, fix ${counts.fix}), ${failures.size ? `${failures.size} distinct failures` : 'no failure'}`,
);
process.exitCode = failures.size || growthFailed ? 1 : 0;

if (values['huge-mb']) {
  const megabytes = Number(values['huge-mb']);
  const dir = mkdtempSync(join(tmpdir(), 'article-lint-huge-'));
  const sample = fc.sample(articleArb, { numRuns: 200, seed: 1 }).map((a) => a.text.replace(/\r\n?/g, '\n')).join('\n\n');
  const chunks = [];
  for (let size = 0; size < megabytes * 1e6; size += sample.length) chunks.push(sample);
  const file = join(dir, 'huge.txt');
  writeFileSync(file, chunks.join('\n\n'));
  const t = Date.now();
  let status = 0;
  try {
    execFileSync(process.execPath, [new URL('../dist/bin/cli.js', import.meta.url).pathname, '--format', 'json', file], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 2 ** 30 });
  } catch (error) {
    status = error.status ?? -1;
  }
  console.log(`fuzz: ${megabytes} MB article linted in ${((Date.now() - t) / 1000).toFixed(1)} s (exit ${status})`);
  rmSync(dir, { recursive: true, force: true });
}
