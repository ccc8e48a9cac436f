#!/usr/bin/env node
// Parallel speed-up, measured in pairs so that it holds on a shared machine:
// `--jobs 1` against `--jobs 2` on the bench's 500 Brown articles, and the
// Dask recipe (integrations/dask/run_corpus.py) with one worker against two
// on the bench's 20,000 records. Each pair runs the two back to back (their
// order alternating); the speed-up is the median of the pairs' ratios of
// wall times, beside the median wall and CPU (user + system, all threads).
//
//   node scripts/bench/parallel.mjs [--pairs N] [--no-jobs] [--no-dask] [--records N] [--partitions N] [--cli FILE]
//
// --cli FILE  the article-lint command to measure (default: this checkout's dist/bin/cli.js)
//
// npm run build first. The Dask pairs need Python's `distributed`
// (apt-get install python3-distributed); they are skipped without it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus } from './corpus.mjs';
import { buildRecords } from './corpus-records.mjs';
import { measureOnce } from './measure.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
let CLI = join(ROOT, 'dist/bin/cli.js');
const RECIPE = join(ROOT, 'integrations/dask/run_corpus.py');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * `pairs` back-to-back runs of two commands (`node ...args`), alternating
 * which goes first: medians of each one's wall and CPU, and of the pairs'
 * speed-ups (first's wall / second's wall).
 */
export function paired(first, second, { pairs = 5, check = () => {} } = {}) {
  const runs = { first: [], second: [] };
  for (let pair = 0; pair < pairs; pair++) {
    const order = pair % 2 ? ['second', 'first'] : ['first', 'second'];
    for (const which of order) {
      const run = measureOnce(which === 'first' ? first : second, { maxBuffer: 1 << 30 });
      check(run, which);
      runs[which].push(run);
    }
  }
  const summary = (list) => ({ wall: median(list.map((r) => r.wall)), cpu: median(list.map((r) => r.cpu)), rssMB: median(list.map((r) => r.rssMB)) });
  return {
    first: summary(runs.first),
    second: summary(runs.second),
    speedUp: median(runs.first.map((run, k) => run.wall / runs.second[k].wall)),
    speedUps: runs.first.map((run, k) => run.wall / runs.second[k].wall),
    runs,
  };
}

/** --jobs 1 against --jobs 2 on a folder of articles; the outputs must be byte-identical. */
export function pairedJobs(corpusDir, { pairs = 5 } = {}) {
  const lint = (jobs) => [CLI, '--format', 'json', '--no-ignore', '--jobs', String(jobs), corpusDir];
  let reference;
  return paired(lint(1), lint(2), {
    pairs,
    check(run) {
      if (![0, 1].includes(run.status)) throw new Error(`article-lint exited ${run.status}: ${run.stderr.slice(-2000)}`);
      reference ??= run.stdout;
      if (run.stdout !== reference) throw new Error('--jobs 1 and --jobs 2 gave different output');
    },
  });
}

/** The Python that has Dask's `distributed`, if any. */
export function daskPython() {
  return ['python3', '/usr/bin/python3'].find((python) => spawnSync(python, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0);
}

/**
 * The Dask recipe on a LocalCluster of one worker against two (one thread
 * each), every run with `partitions` tasks per step; each step's wall time
 * from the recipe's --timing.
 */
export function pairedDask(python, records, { pairs = 3, partitions = 2 } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'article-lint-dask-'));
  const recipe = (workers) => ['--', python, RECIPE, '--local', String(workers), '--partitions', String(partitions), '--timing', '--cli', `${process.execPath} ${CLI}`, '--work', join(work, String(workers)), records];
  // measureOnce runs node: a one-line node script that runs the recipe keeps its figures whole-process.
  const launcher = ['-e', "const r = require('node:child_process').spawnSync(process.argv[1], process.argv.slice(2), { stdio: 'inherit' }); process.exit(r.status ?? 2)"];
  const steps = { first: [], second: [] };
  try {
    const result = paired([...launcher, ...recipe(1)], [...launcher, ...recipe(2)], {
      pairs,
      check(run, which) {
        if (![0, 1].includes(run.status)) throw new Error(`the Dask recipe exited ${run.status}: ${run.stderr.slice(-2000)}`);
        steps[which].push(Object.fromEntries([...run.stderr.matchAll(/^(collect|merge|lint): ([\d.]+) s\b/gm)].map((m) => [m[1], Number(m[2])])));
      },
    });
    // The merge step runs only when there are more evidence files than the recipe's --fan-in.
    const stepMedians = (list) => Object.fromEntries(['collect', 'merge', 'lint'].filter((step) => list.some((s) => step in s)).map((step) => [step, median(list.map((s) => s[step] ?? 0))]));
    return { ...result, steps: { first: stepMedians(steps.first), second: stepMedians(steps.second) } };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] && new URL(import.meta.url).pathname === process.argv[1];
if (isMain) {
  const { values: flags } = parseArgs({
    options: { pairs: { type: 'string' }, 'no-jobs': { type: 'boolean' }, 'no-dask': { type: 'boolean' }, records: { type: 'string' }, partitions: { type: 'string' }, cli: { type: 'string' } },
  });
  if (flags.cli) CLI = flags.cli;
  const pairs = Number(flags.pairs ?? 5);
  const paths = buildCorpus(join(ROOT, '.bench'));
  const show = (name, { first, second, speedUp, speedUps, runs }, [a, b]) => {
    console.log(`${name}: ${a} wall ${first.wall.toFixed(2)} s cpu ${first.cpu.toFixed(2)} s | ${b} wall ${second.wall.toFixed(2)} s cpu ${second.cpu.toFixed(2)} s`);
    console.log(`  speed-up ${speedUp.toFixed(2)}x (median of pairs: ${speedUps.map((s) => s.toFixed(2)).join(', ')})`);
    console.log(`  pairs, wall ${a} / ${b}: ${runs.first.map((run, k) => `${run.wall.toFixed(2)} / ${runs.second[k].wall.toFixed(2)} s`).join(', ')}`);
  };
  if (!flags['no-jobs']) show(`500 articles, ${pairs} pairs`, pairedJobs(paths.corpus, { pairs }), ['--jobs 1', '--jobs 2']);
  const python = flags['no-dask'] ? undefined : daskPython();
  if (python) {
    const count = Number(flags.records ?? 20000);
    const records = buildRecords(join(ROOT, '.bench'), paths.corpus, [count])[count];
    const partitions = Number(flags.partitions ?? 2);
    const dask = pairedDask(python, records, { pairs: Math.min(pairs, 3), partitions });
    show(`Dask recipe, ${count} records, --partitions ${partitions}, ${Math.min(pairs, 3)} pairs`, dask, ['1 worker', '2 workers']);
    const steps = (s) => Object.entries(s).map(([step, seconds]) => `${step} ${seconds.toFixed(1)} s`).join(', ');
    console.log(`  steps: 1 worker ${steps(dask.steps.first)} | 2 workers ${steps(dask.steps.second)}`);
  } else if (!flags['no-dask']) {
    console.log('Dask recipe: skipped (no Python with distributed: apt-get install python3-distributed)');
  }
}
