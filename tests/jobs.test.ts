// --jobs: worker threads must not change a single byte of the output, and
// corpus rules must see every file of the run whichever thread lints them.
// Worker threads run the build (dist/src/engine/worker.js): `npm test` builds first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinRules, builtinRulesModule } from '../src/cli/builtin-rules.js';
import type { ArticleInput } from '../src/engine/engine.js';
import type { Rule } from '../src/types.js';
import { formatJson } from '../src/report/json.js';
import { LintQueue, LocalLane, MIN_CHARS_PER_THREAD, lintArticles, lintRun, startWorkersEarly, threadCount, workerOptions, type EarlyWorkers, type Item, type RunOptions } from '../src/engine/workers.js';
import { TwoPassLint } from '../src/engine/two-pass.js';
import type { FileResult } from '../src/types.js';
import type { LintConfig } from '../src/config/config.js';
import type { Glossary } from '../src/config/glossary.js';
import type { LintCache } from '../src/io/cache.js';
import { cli, tempTree } from './helpers.js';

/** Six articles of the synthetic dev corpus (Brown Corpus texts with injected defects). */
const DEV = 'tests/fixtures/dev-articles';

/** The seeds, some dev-corpus articles, an exact copy of one of them (for the corpus rule) and generated text. */
function inputs(): ArticleInput[] {
  const seeds = readdirSync('seeds')
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ path: `seeds/${name}`, text: readFileSync(join('seeds', name), 'utf8') }));
  const dev = readdirSync(DEV)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ path: `dev/${name}`, text: readFileSync(join(DEV, name), 'utf8') }));
  const story = (i: number, paragraphs: number) =>
    `Story ${i}\n\n` +
    Array.from({ length: paragraphs }, (_, k) => `In part ${k} of story ${i}, the the council met on day ${k + 1} and heard ${k * 7 + i} residents.`).join('\n\n') +
    '\n';
  const generated = Array.from({ length: 5 }, (_, i) => ({ path: `generated/${i}.txt`, text: story(i, 20) }));
  // The two largest inputs, a story and its copy, are shared out first: one to each thread.
  const long = story(99, 200);
  return [{ path: 'long.txt', text: long }, ...seeds, ...dev, ...generated, { path: 'copy-of-long.txt', text: long }];
}

const options = { cwd: process.cwd(), rules: builtinRules, rulesModule: builtinRulesModule(), date: '2025-06-01' };

describe('--jobs', () => {
  beforeAll(() => {
    if (!existsSync('dist/src/engine/worker.js')) throw new Error('build first (npm run build): worker threads run dist/src/engine/worker.js');
  });

  it("a rule's corpus pass is told how many files the whole run lints", async () => {
    const seen: number[] = [];
    const runSize: Rule<Record<string, unknown>, number> = {
      meta: { id: 'run-size', description: 'test: records the run size', severity: 'info', url: '', fixable: false },
      collect: (_doc, { files }) => (seen.push(files), files),
      create() {},
    };
    const three = inputs().slice(0, 3);
    await lintArticles(three, { ...options, rules: [runSize as Rule] });
    await lintArticles(three.slice(0, 1), { ...options, rules: [runSize as Rule] });
    expect(seen).toEqual([3, 3, 3, 1]);
  });

  it('workers receive every engine option that can cross a thread, and the ones only this thread holds stay here', () => {
    // The engine options a worker is given as they are.
    const engine = {
      cwd: '/articles',
      configPath: 'article-lint.yml',
      trustPlugins: 'all' as const,
      glossaries: ['people.yml'],
      date: '2025-06-01',
      ruleOverrides: new Map([['spelling', 'off' as const]]),
      fix: true,
      timeLimit: 500,
    };
    // Every option set (Required): an option added to the engine's must be placed here, and then reaches the workers or is named as this thread's.
    const all: Required<RunOptions> = {
      ...engine,
      rules: builtinRules,
      config: {} as LintConfig,
      glossaryOverride: {} as Glossary,
      timings: new Map(),
      files: 7,
      onProgress: () => {},
      rulesModule: 'file:///rules.js',
      jobs: 2,
      cache: {} as LintCache,
      minCharsPerThread: 1,
      keptCharsPerThread: 1000,
      lintChunkChars: 100,
    };
    const passed = workerOptions(all, 9);
    expect(passed).toEqual({ ...engine, rulesModule: 'file:///rules.js', files: 9, timing: true, keptChars: 1000 });
    // What a worker gets is a structured clone: nothing in it may be a function or a class instance.
    expect(structuredClone(passed)).toEqual(passed);
  });

  it('splits a run over two threads once there is enough text', () => {
    const all = inputs();
    expect(threadCount(all, 2, 1)).toBe(2);
    expect(threadCount(all, 1, 1)).toBe(1);
    expect(threadCount(all.slice(0, 1), 2, 1)).toBe(1);
    expect(threadCount(all, 2)).toBe(1); // under 2 x 256 KB: one thread
  });

  it('two threads give byte-identical JSON to one thread, corpus findings included', { timeout: 90_000 }, async () => {
    const all = inputs();
    const one = formatJson(await lintArticles(all, options));
    const two = formatJson(await lintRun(all, { ...options, jobs: 2, minCharsPerThread: 1 }));
    // Threads that keep no parsed article between the passes parse each one again.
    const reparsed = formatJson(await lintRun(all, { ...options, jobs: 2, minCharsPerThread: 1, keptCharsPerThread: 0 }));
    expect(two).toBe(one);
    expect(reparsed).toBe(one);
    // The copy is flagged against its original, which the other thread linted.
    const copy = (JSON.parse(two) as { path: string; messages: { ruleId: string; reason: string }[] }[]).find((f) => f.path === 'copy-of-long.txt')!;
    const corpusRules = new Set(builtinRules.filter((r) => r.collect || r.meta.uses).map((r) => r.meta.id));
    expect(copy.messages.some((m) => corpusRules.has(m.ruleId) && m.reason.includes('long.txt'))).toBe(true);
  });

  it('uses the worker threads started while the inputs were read, unless they were started for another run', { timeout: 90_000 }, async () => {
    const all = inputs();
    const chars = all.reduce((sum, input) => sum + input.text.length, 0);
    const run = { ...options, jobs: 2, minCharsPerThread: 1 };
    const one = formatJson(await lintArticles(all, options));
    const repliesOf = (worker: Worker) => {
      const replies = { count: 0 };
      worker.on('message', () => replies.count++);
      return replies;
    };
    // The test watches the threads themselves (private: the library's types do not name node:worker_threads).
    const threadsOf = (early: EarlyWorkers) => (early as unknown as { workers: Worker[] }).workers;
    const early = startWorkersEarly(run, all.length, chars)!;
    expect(threadsOf(early)).toHaveLength(1);
    const used = repliesOf(threadsOf(early)[0]!);
    expect(formatJson(await lintRun(all, { ...run, earlyWorkers: early }))).toBe(one);
    expect(used.count).toBeGreaterThan(0);
    // Started for a run of one more file (one that could not be read): stopped unused.
    const stale = startWorkersEarly(run, all.length + 1, chars)!;
    const unused = repliesOf(threadsOf(stale)[0]!);
    const stopped = new Promise((resolve) => threadsOf(stale)[0]!.once('exit', resolve));
    expect(formatJson(await lintRun(all, { ...run, earlyWorkers: stale }))).toBe(one);
    await stopped;
    expect(unused.count).toBe(0);
    // Too little text for a second thread: none is started.
    expect(startWorkersEarly({ ...options, jobs: 2 }, all.length, chars)).toBeUndefined();
  });

  it('hands out the second pass in chunks: a lane lints its own items first, then takes the last items of the lane with the most text left', () => {
    const item = (index: number, chars: number): Item => ({ index, input: { path: `${index}.txt`, text: 'x'.repeat(chars) } });
    const queue = new LintQueue([[item(0, 5), item(1, 5), item(2, 5)], [item(3, 20), item(4, 1), item(5, 1), item(6, 30)]], 10);
    const indexes = (chunk: Item[] | undefined) => chunk?.map((i) => i.index);
    expect(indexes(queue.take(0))).toEqual([0, 1]); // up to 10 characters
    expect(indexes(queue.take(0))).toEqual([2]);
    expect(queue.stolen).toBe(0);
    // Lane 0 is done: it takes from the end of lane 1 (52 characters left), and never splits an item.
    expect(indexes(queue.take(0))).toEqual([6]);
    expect(indexes(queue.take(1))).toEqual([3]); // at least one item, however large
    expect(indexes(queue.take(0))).toEqual([4, 5]);
    expect(queue.stolen).toBe(3);
    expect(queue.take(1)).toBeUndefined();
    expect(queue.take(0)).toBeUndefined();
    // A failed lane closes the queue: the others get nothing more.
    const closing = new LintQueue([[item(0, 5), item(1, 5)], [item(2, 5)]], 5);
    expect(indexes(closing.take(0))).toEqual([0]);
    closing.close();
    expect(closing.take(0)).toBeUndefined();
    expect(closing.take(1)).toBeUndefined();
  });

  it('an item linted by another lane than the one that collected it (parsed again, every rule run) gets the same result', async () => {
    const all = inputs();
    const items: Item[] = all.map((input, index) => ({ index, input }));
    const run = { ...options, files: all.length };
    const collector = new LocalLane(run);
    const collected = await collector.collect(items);
    const corpus = TwoPassLint.corpus(all.map((input, k) => ({ path: input.path, collected: collected[k]! })));
    const lintBy = async (lane: LocalLane) => {
      const results: FileResult[] = [];
      const chunks = [items.slice(0, 10), items.slice(10)];
      await lane.lintFrom(() => chunks.shift(), corpus, (index, result) => (results[index] = result));
      return formatJson(results);
    };
    const other = await lintBy(new LocalLane(run));
    expect(other).toBe(await lintBy(collector));
    expect(other).toBe(formatJson(await lintArticles(all, options)));
  });

  it('two threads handing out the second pass in tiny chunks give byte-identical JSON, items taken over by the other thread included', { timeout: 90_000 }, async () => {
    const all = inputs();
    const one = formatJson(await lintArticles(all, options));
    expect(formatJson(await lintRun(all, { ...options, jobs: 2, minCharsPerThread: 1, lintChunkChars: 1 }))).toBe(one);
  });

  it('--timing sums the rules of every thread', { timeout: 60_000 }, async () => {
    const all = inputs();
    const timings = new Map<string, number>();
    await lintRun(all, { ...options, jobs: 2, minCharsPerThread: 1, timings });
    expect([...timings.keys()].sort()).toEqual(builtinRules.map((r) => r.meta.id).sort());
  });

  it('keeps the CLI output order and exit code with --jobs 2, for files and for a corpus sharded against evidence', { timeout: 90_000 }, async () => {
    // Copies of the long story under other names make the run large enough for a second thread.
    const all = inputs();
    const long = all[0]!.text;
    for (let i = 0; all.reduce((sum, input) => sum + input.text.length, 0) < 2 * MIN_CHARS_PER_THREAD; i++) all.push({ path: `more/${i}.txt`, text: long.replace('Story 99', `Story ${100 + i}`) });
    expect(threadCount(all, 2)).toBe(2);
    // Corpus runs lint on one thread whatever --jobs: a small corpus will do.
    const records = inputs().map(({ path, text }) => JSON.stringify({ id: path, text })).join('\n') + '\n';
    const root = tempTree({ ...Object.fromEntries(all.map((input) => [input.path, input.text])), 'corpus/all.jsonl': records });
    const runs = async (args: string[]) => {
      const [one, two] = [await cli([...args, '--jobs', '1'], { cwd: root }), await cli([...args, '--jobs', '2'], { cwd: root })];
      expect(two.stdout).toBe(one.stdout);
      expect(two.code).toBe(one.code);
      return one;
    };
    const files = await runs(['--format', 'json', '--date', '2025-06-01', '.']);
    expect(JSON.parse(files.stdout)).toHaveLength(all.length);
    // A corpus run's share of the records, against the whole corpus's evidence: its corpus lints some of the paths it holds.
    expect((await cli(['collect', '--evidence-out', 'all.evidence', 'corpus/all.jsonl'], { cwd: root })).code).toBe(0);
    for (const shard of ['1/2', '2/2']) await runs(['--format', 'json', '--date', '2025-06-01', '--shard', shard, '--evidence', 'all.evidence', 'corpus/all.jsonl']);
  });

  it('rejects a --jobs that is not a whole number of at least 1', async () => {
    for (const bad of ['0', '-1', '1.5', 'many']) {
      const run = await cli(['--jobs', bad, '-'], { stdin: 'text' });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--jobs');
    }
  });
});
