// The V8 settings the command makes for its kind of run (src/cli/jit-budget.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { v8FlagGiven } from '../src/util/v8-flags.js';
import { tempTree } from './helpers.js';

const REPO = new URL('..', import.meta.url).pathname;
const inliningBudgetGiven = (execArgv: readonly string[]) => v8FlagGiven('--max-inlined-bytecode-size-cumulative', execArgv);

describe('the commands’ inlining budget', () => {
  it('is left to the user who gives node one', () => {
    expect(inliningBudgetGiven(['--max-inlined-bytecode-size-cumulative=400'])).toBe(true);
    expect(inliningBudgetGiven(['--enable-source-maps', '--max_inlined_bytecode_size_cumulative=400'])).toBe(true);
  });

  it('is set when node is given other options or none', () => {
    expect(inliningBudgetGiven([])).toBe(false);
    expect(inliningBudgetGiven(['--enable-source-maps', '--max-inlined-bytecode-size=100'])).toBe(false);
  });
});

describe('loop peeling in a run on several threads', () => {
  // Enough text for two threads (256 K characters each): 40 stories of ~18 K characters.
  const story = (i: number) =>
    `Story ${i}\n\n` + Array.from({ length: 200 }, (_, k) => `In part ${k} of story ${i}, the council met on day ${k + 1} and heard ${k * 7 + i} residents.`).join('\n\n') + '\n';
  const root = tempTree(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`stories/${i}.txt`, story(i)])));
  /** How many loops V8's optimizing compiler peeled in a run of the built command (its trace of loop optimizations). */
  const peeled = (nodeArgs: string[], jobs: number) => {
    if (!existsSync(join(REPO, 'dist/bin/cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
    // V8 prints the trace on stdout, a file here: on a pipe, which node makes non-blocking, its writes can be lost.
    const out = join(root, `trace-${jobs}-${nodeArgs.length}.out`);
    const fd = openSync(out, 'w');
    const run = spawnSync(process.execPath, ['--trace-turbo-loop', ...nodeArgs, join(REPO, 'dist/bin/cli.js'), '--format', 'json', '--jobs', String(jobs), 'stories'], { cwd: root, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    closeSync(fd);
    expect(run.status, run.stderr).toBe(0);
    return readFileSync(out, 'utf8').split('Peeling loop with header').length - 1;
  };

  it('is off when the run uses two threads, on with one, and the user who gives node the setting decides', { timeout: 120_000 }, () => {
    const oneThread = peeled([], 1);
    expect(oneThread).toBeGreaterThan(50);
    // Only what node optimized while the command started, before it knew the run's threads (a few loops).
    expect(peeled([], 2)).toBeLessThan(oneThread / 5);
    expect(peeled(['--turbo-loop-peeling'], 2)).toBeGreaterThan(oneThread / 2);
  });
});
