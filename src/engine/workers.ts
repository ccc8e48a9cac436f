// Running a lint on several threads (--jobs) and with the cache (--cache).
// The corpus pass stays correct across threads: every thread prepares and
// collects its share first, the main thread assembles the whole corpus in
// input order, and only then does any thread run the rules' `create`.
// Results come back by input index, so the output order never depends on
// which thread finished first.
import { availableParallelism } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import type { Worker } from 'node:worker_threads';
import { hashCorpus, type LintCache } from '../io/cache.js';
import type { CorpusData } from '../analysis/corpus-entry.js';
import type { ArticleInput, Collected, Corpus, LintOptions, PreparedArticle } from './engine.js';
import { runConfigs } from '../config/config.js';
import { TwoPassLint, type LintJob } from './two-pass.js';
import { UsageError } from '../util/errors.js';
import { lazyModule } from '../util/lazy-module.js';
import type { FileResult, LintMessage } from '../types.js';

export interface RunOptions extends LintOptions {
  /**
   * A module whose default export is `rules`, by URL: worker threads load
   * the rule set from it. Without it (rules made in this thread), the run
   * stays in this thread.
   */
  rulesModule?: string;
  /** Threads to use (--jobs); default: the number of CPUs. */
  jobs?: number;
  /** --cache: reuse results of unchanged files. */
  cache?: LintCache;
  /** Text per thread below which fewer threads are used (default MIN_CHARS_PER_THREAD; tests lower it). */
  minCharsPerThread?: number;
  /** Parsed text a thread keeps between the passes (default KEPT_CHARS_PER_THREAD; tests lower it). */
  keptCharsPerThread?: number;
  /** Worker threads started while the inputs were read (startWorkersEarly): the run uses them when they fit it. */
  earlyWorkers?: EarlyWorkers;
  /** Text a thread is handed at a time in the second pass (default LINT_CHUNK_CHARS; tests lower it). */
  lintChunkChars?: number;
  /**
   * Called in this thread when every first pass is done, before the corpus
   * is built: the command collects a large article's dead first-pass data
   * there (see cli/large-article.ts). Worker threads do not get it.
   */
  betweenPasses?(): void;
}

/** Below this much text per thread, starting a thread costs more than it saves. */
export const MIN_CHARS_PER_THREAD = 256 * 1024;

export function defaultJobs(): number {
  return availableParallelism();
}

/** How many threads (the main one included) a run over these inputs uses. */
export function threadCount(inputs: readonly ArticleInput[], jobs: number, minCharsPerThread = MIN_CHARS_PER_THREAD): number {
  const chars = inputs.reduce((sum, input) => sum + input.text.length, 0);
  return threadsFor(inputs.length, chars, jobs, minCharsPerThread);
}

function threadsFor(files: number, chars: number, jobs: number, minCharsPerThread = MIN_CHARS_PER_THREAD): number {
  return Math.max(1, Math.min(jobs, files, Math.floor(chars / minCharsPerThread)));
}

/** --jobs as the run can use it: worker threads load the rules from a module and read configs and glossaries from files themselves. */
function usableJobs(options: RunOptions): number {
  return options.rulesModule && !options.config && !options.glossaryOverride ? (options.jobs ?? defaultJobs()) : 1;
}

/** One input with its place in the run. */
export interface Item {
  index: number;
  input: ArticleInput;
}

export interface LintItem {
  index: number;
  input?: ArticleInput;
}

/** Engine options that stay in this thread: rules and functions, live maps, and what is given directly (a run with those is not split). */
type ThreadOptions = 'rules' | 'config' | 'glossaryOverride' | 'timings' | 'onProgress';

/** Options a worker thread receives: the engine's other options, the rules as a module reference. */
export interface WorkerOptions extends Omit<LintOptions, ThreadOptions> {
  rulesModule: string;
  files: number;
  timing: boolean;
  keptChars?: number;
}

/** What the worker threads of a run over `files` files receive of its options. */
export function workerOptions(options: RunOptions, files: number): WorkerOptions {
  const { rules, config, glossaryOverride, timings, onProgress, rulesModule, jobs, cache, minCharsPerThread, keptCharsPerThread, earlyWorkers, lintChunkChars, betweenPasses, ...engine } = options;
  return { ...engine, rulesModule: rulesModule ?? '', files, timing: Boolean(timings), keptChars: keptCharsPerThread };
}

/** One thread's share of a run: this thread's, or a worker's seen from here. */
interface Lane {
  /** Prepare and collect the items; the lane keeps them for lint(). */
  collect(items: readonly Item[]): Promise<Collected[]>;
  /** Lint the chunks `next` hands out, until it has none, against the corpus (items it collected are not parsed again). */
  lintFrom(next: () => Item[] | undefined, corpus: Corpus, onResult: (index: number, result: FileResult) => void): Promise<void>;
  close(): Promise<void>;
}

/**
 * Parsed articles a thread keeps from the first pass for the second, in
 * characters of text (an article's views take tens of bytes per character);
 * articles beyond it are parsed again, so that memory stays bounded on
 * large runs.
 */
export const KEPT_CHARS_PER_THREAD = 8_000_000;

/** Lint in this thread: also what each worker thread runs. */
export class LocalLane implements Lane {
  private readonly run: TwoPassLint;
  /** Parsed articles kept from the first pass, within keepChars. */
  private readonly kept = new Map<number, PreparedArticle>();
  /** Every collected article's first-pass findings, and its text when it was not kept (to parse again). */
  private readonly firstMessages = new Map<number, LintMessage[]>();
  private readonly dropped = new Map<number, ArticleInput>();
  private keptChars = 0;

  constructor(
    options: LintOptions,
    private readonly keepChars = KEPT_CHARS_PER_THREAD,
  ) {
    this.run = new TwoPassLint(options, runConfigs(options));
  }

  async collect(items: readonly Item[]): Promise<Collected[]> {
    const collected: Collected[] = [];
    for (const batch of batches(items, (item) => item.input.text.length)) {
      const files: PreparedArticle[] = [];
      for (const item of batch) files.push(await this.run.prepare(item.input));
      this.run.firstPass(files).forEach((first, k) => {
        const { index, input } = batch[k]!;
        collected.push(first.collected);
        this.firstMessages.set(index, first.messages);
        if (this.keptChars + input.text.length <= this.keepChars) {
          this.kept.set(index, files[k]!);
          this.keptChars += input.text.length;
        } else {
          this.dropped.set(index, input);
        }
      });
    }
    return collected;
  }

  /** Items this lane collected may come without their input: it still has it. */
  async lint(items: readonly LintItem[], corpus: Corpus, onResult: (index: number, result: FileResult) => void): Promise<void> {
    const inputOf = ({ index, input }: LintItem) => input ?? this.kept.get(index)?.input ?? this.dropped.get(index)!;
    for (const batch of batches(items, (item) => inputOf(item).text.length)) {
      const jobs: LintJob[] = [];
      for (const item of batch) jobs.push({ file: this.kept.get(item.index) ?? (await this.run.prepare(inputOf(item))), firstMessages: this.firstMessages.get(item.index) });
      for (const { index } of batch) {
        this.kept.delete(index); // A linted file's views are not needed after its batch.
        this.dropped.delete(index);
        this.firstMessages.delete(index);
      }
      this.run.lint(jobs, corpus).forEach((result, k) => onResult(batch[k]!.index, result));
    }
  }

  async lintFrom(next: () => Item[] | undefined, corpus: Corpus, onResult: (index: number, result: FileResult) => void): Promise<void> {
    for (let chunk = next(); chunk; chunk = next()) {
      await this.lint(chunk, corpus, onResult);
      // Between chunks this thread answers the workers' requests for their next chunk.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async close(): Promise<void> {
    this.kept.clear();
    this.dropped.clear();
    this.firstMessages.clear();
  }
}

/**
 * Text a lane lints in one go (one run of time limits, see the engine's
 * timeLimited): starting a limit costs a thread, and a batch's articles keep
 * their views until it ends, so a batch is bounded in characters.
 */
const BATCH_CHARS = 1_000_000;

/** Consecutive items in batches of up to BATCH_CHARS of text (an item larger than that alone). */
function* batches<T>(items: readonly T[], charsOf: (item: T) => number): Iterable<T[]> {
  let batch: T[] = [];
  let chars = 0;
  for (const item of items) {
    if (batch.length > 0 && chars + charsOf(item) > BATCH_CHARS) {
      yield batch;
      batch = [];
      chars = 0;
    }
    batch.push(item);
    chars += charsOf(item);
  }
  if (batch.length > 0) yield batch;
}

/** Messages between the main thread and a worker (see worker.ts). */
export type ToWorker =
  | { type: 'collect'; items: Item[] }
  | { type: 'corpus'; corpus: CorpusData }
  | { type: 'lint'; items: LintItem[] };
export type FromWorker =
  | { type: 'collected'; collected: Collected[] }
  | { type: 'linted'; results: [index: number, result: FileResult][]; timings: [string, number][] }
  | { type: 'error'; name: string; message: string };

/**
 * A worker thread. Its collect is one request; its lint is a stream of
 * chunks, two in flight, so that it never waits for this thread (busy with
 * its own chunk) to hand it the next.
 */
class WorkerLane implements Lane {
  private readonly kept = new Set<number>();
  private handler?: { onMessage(message: FromWorker): void; reject(error: Error): void };

  constructor(
    private readonly worker: Worker,
    private readonly timings?: Map<string, number>,
  ) {
    this.worker.on('message', (message: FromWorker) => {
      if (message.type === 'error') this.fail(message.name === 'UsageError' ? new UsageError(message.message) : new Error(message.message));
      else this.handler?.onMessage(message);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`worker thread exited (${code})`)));
  }

  private fail(error: Error): void {
    const handler = this.handler;
    this.handler = undefined;
    handler?.reject(error);
  }

  collect(items: readonly Item[]): Promise<Collected[]> {
    for (const item of items) this.kept.add(item.index);
    return new Promise((resolve, reject) => {
      this.handler = {
        reject,
        onMessage: (message) => {
          if (message.type !== 'collected') return;
          this.handler = undefined;
          resolve(message.collected);
        },
      };
      this.worker.postMessage({ type: 'collect', items: [...items] } satisfies ToWorker);
    });
  }

  lintFrom(next: () => Item[] | undefined, corpus: Corpus, onResult: (index: number, result: FileResult) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      let inFlight = 0;
      const send = () => {
        const chunk = next();
        if (!chunk) return;
        inFlight++;
        // Files this worker collected are still parsed there: send only their index.
        const items = chunk.map(({ index, input }) => (this.kept.has(index) ? { index } : { index, input }));
        this.worker.postMessage({ type: 'lint', items } satisfies ToWorker);
      };
      this.handler = {
        reject,
        onMessage: (message) => {
          if (message.type !== 'linted') return;
          for (const [index, result] of message.results) onResult(index, result);
          for (const [id, ms] of message.timings) this.timings?.set(id, (this.timings.get(id) ?? 0) + ms);
          inFlight--;
          send();
          if (inFlight === 0) {
            this.handler = undefined;
            resolve();
          }
        },
      };
      this.worker.postMessage({ type: 'corpus', corpus: corpus.data } satisfies ToWorker);
      send();
      send();
      if (inFlight === 0) {
        this.handler = undefined;
        resolve();
      }
    });
  }

  async close(): Promise<void> {
    this.handler = undefined;
    await this.worker.terminate();
  }
}

/** node:worker_threads is loaded only by a run that starts a worker. */
const workerThreads = lazyModule<typeof import('node:worker_threads')>('node:worker_threads');

/** `count` worker threads. */
function startWorkers(count: number, options: WorkerOptions): Worker[] {
  const { Worker } = workerThreads();
  return Array.from({ length: count }, () => new Worker(workerUrl(), { workerData: options }));
}

/** Worker threads started before a run's inputs are read (startWorkersEarly), for lintRun's `earlyWorkers`. */
export interface EarlyWorkers {
  /** Stop them: the run will not happen. */
  stop(): void;
}

/**
 * The threads behind EarlyWorkers, with the options they were given. Until
 * a run takes them they do not keep the process alive. (Not exported: the
 * library's types do not name node:worker_threads.)
 */
class StartedWorkers implements EarlyWorkers {
  /** A thread failed or stopped before the run took it. */
  private failed = false;

  constructor(
    private readonly options: WorkerOptions,
    private readonly workers: Worker[],
  ) {
    for (const worker of workers) {
      worker.unref();
      worker.once('error', () => (this.failed = true));
      worker.once('exit', () => (this.failed = true));
    }
  }

  /** `count` threads for a run with these options: these when they were given the same options (the others are stopped), else new ones. */
  take(count: number, options: WorkerOptions): Worker[] {
    const fit = !this.failed && isDeepStrictEqual(this.options, options) ? this.workers.slice(0, count) : [];
    for (const worker of this.workers) {
      if (fit.includes(worker)) worker.ref();
      else void worker.terminate();
    }
    return [...fit, ...(count > fit.length ? startWorkers(count - fit.length, options) : [])];
  }

  stop(): void {
    this.take(0, this.options);
  }
}

/**
 * Start the worker threads a run of `files` inputs of about `chars`
 * characters will use, before its inputs are read: a thread's start (its
 * modules and the rules, ~0.1 s) then overlaps the reading instead of
 * delaying its share of the run. Pass them to lintRun as `earlyWorkers`.
 */
export function startWorkersEarly(options: RunOptions, files: number, chars: number): EarlyWorkers | undefined {
  const threads = threadsFor(files, chars, usableJobs(options), options.minCharsPerThread);
  if (threads <= 1) return undefined;
  const forWorkers = workerOptions(options, files);
  return new StartedWorkers(forWorkers, startWorkers(threads - 1, forWorkers));
}

/** The compiled worker; under a TypeScript test runner this module is src/engine/workers.ts, and threads run the build. */
function workerUrl(): URL {
  const here = new URL(import.meta.url);
  return here.pathname.endsWith('.ts') ? new URL('../../dist/src/engine/worker.js', here) : new URL('./worker.js', here);
}

/** Split items over lanes, largest first to the least loaded (by text length). */
function share(items: readonly Item[], lanes: number): Item[][] {
  const shares: Item[][] = Array.from({ length: lanes }, () => []);
  const loads: number[] = new Array<number>(lanes).fill(0);
  for (const item of [...items].sort((a, b) => b.input.text.length - a.input.text.length || a.index - b.index)) {
    const lane = loads.indexOf(Math.min(...loads));
    shares[lane]!.push(item);
    loads[lane]! += item.input.text.length;
  }
  return shares.map((s) => s.sort((a, b) => a.index - b.index));
}

/**
 * Text a thread is handed at a time in the second pass: small enough that a
 * thread that finishes early takes over the work of another (one that
 * started late, runs slower on a shared machine, or has the main thread's
 * serial work to do as well), large enough that a request costs little
 * beside it.
 */
export const LINT_CHUNK_CHARS = 128 * 1024;

/**
 * The second pass's work, handed out in chunks. Each lane first lints what
 * it collected (in input order; its parse and first-pass findings are kept
 * there); a lane whose own items are done takes the last items of the lane
 * with the most text left, parses them again and runs all of their rules
 * (the same findings, for the price of the parse and of the rules that need
 * no corpus, done twice).
 */
export class LintQueue {
  private readonly queues: readonly (readonly Item[])[];
  /** Each queue's items not yet handed out: queues[k][front[k]] up to queues[k][back[k] - 1]. */
  private readonly front: number[];
  private readonly back: number[];
  private readonly left: number[];
  /** Items linted by another lane than the one that collected them. */
  stolen = 0;

  constructor(
    shares: readonly (readonly Item[])[],
    private readonly chunkChars = LINT_CHUNK_CHARS,
  ) {
    this.queues = shares;
    this.front = shares.map(() => 0);
    this.back = shares.map((items) => items.length);
    this.left = shares.map((items) => items.reduce((sum, item) => sum + item.input.text.length, 0));
  }

  /** Lane `lane`'s next chunk (at least one item), or undefined when every item is handed out. */
  take(lane: number): Item[] | undefined {
    if (this.has(lane)) return this.cut(lane, 'front');
    let victim = -1;
    this.left.forEach((chars, k) => {
      if (this.has(k) && (victim < 0 || chars > this.left[victim]!)) victim = k;
    });
    if (victim < 0) return undefined;
    const chunk = this.cut(victim, 'back');
    this.stolen += chunk.length;
    return chunk;
  }

  /** Hand out nothing more (a lane failed: the run stops). */
  close(): void {
    this.back.forEach((_, k) => (this.back[k] = this.front[k]!));
  }

  private has(lane: number): boolean {
    return this.front[lane]! < this.back[lane]!;
  }

  private cut(lane: number, end: 'front' | 'back'): Item[] {
    const queue = this.queues[lane]!;
    const chunk: Item[] = [];
    let chars = 0;
    while (this.has(lane) && (chunk.length === 0 || chars < this.chunkChars)) {
      const item = end === 'front' ? queue[this.front[lane]!++]! : queue[--this.back[lane]!]!;
      chunk.push(item);
      chars += item.input.text.length;
    }
    this.left[lane]! -= chars;
    return end === 'front' ? chunk : chunk.reverse();
  }
}

/** Lint inputs in this thread: the engine's whole sequence (both passes), as the CLI runs it with --jobs 1. */
export function lintArticles(inputs: readonly ArticleInput[], options: LintOptions): Promise<FileResult[]> {
  return lintRun(inputs, { ...options, jobs: 1 });
}

/**
 * Lint inputs on up to `jobs` threads, reusing cached results. Worker threads
 * load the rules from `rulesModule` and get the options a CLI run can give;
 * anything else (rules without a module, a config or glossary given
 * directly) runs here.
 */
export async function lintRun(inputs: readonly ArticleInput[], given: RunOptions): Promise<FileResult[]> {
  // Every part of the run (threads, the cache key) knows its size.
  const options: RunOptions = { ...given, files: inputs.length };
  const { cache } = options;
  const items: Item[] = inputs.map((input, index) => ({ index, input }));
  const cached = items.map(({ input }) => cache?.lookup(input, options));
  const misses = items.filter(({ index }) => !cached[index]);

  const threads = threadCount(
    misses.map((m) => m.input),
    usableJobs(options),
    options.minCharsPerThread,
  );
  // This thread works too, last, so that the workers get their share first.
  const forWorkers = workerOptions(options, inputs.length);
  const early = options.earlyWorkers as StartedWorkers | undefined;
  const workers = early ? early.take(threads - 1, forWorkers) : threads > 1 ? startWorkers(threads - 1, forWorkers) : [];
  const lanes: Lane[] = [...workers.map((worker) => new WorkerLane(worker, options.timings)), new LocalLane(options, options.keptCharsPerThread)];
  try {
    const collected: Collected[] = cached.map((entry) => entry?.collected ?? []);
    const shares = share(misses, lanes.length);
    await Promise.all(
      lanes.map(async (lane, k) => {
        const done = await lane.collect(shares[k]!);
        shares[k]!.forEach((item, i) => (collected[item.index] = done[i]!));
      }),
    );
    options.betweenPasses?.();
    const corpus = TwoPassLint.corpus(items.map(({ index, input }) => ({ path: input.path, collected: collected[index]! })));
    const corpusHash = cache ? hashCorpus(corpus) : '';

    const results: FileResult[] = new Array(items.length);
    let done = 0;
    const finish = (index: number, result: FileResult) => {
      results[index] = result;
      options.onProgress?.(++done, items.length);
    };
    // A cached result stands when the corpus it was linted against is unchanged too.
    const stale: Item[] = [];
    for (const item of items) {
      const entry = cached[item.index];
      if (!entry) continue;
      if (entry.corpusHash === corpusHash) finish(item.index, cache!.resultOf(item.input, entry, options.cwd));
      else stale.push(item);
    }
    const staleShares = share(stale, lanes.length);
    const queue = new LintQueue(
      lanes.map((_, k) => [...shares[k]!, ...staleShares[k]!]),
      options.lintChunkChars,
    );
    await Promise.all(
      lanes.map((lane, k) =>
        lane.lintFrom(() => queue.take(k), corpus, finish).catch((error: unknown) => {
          queue.close(); // the other lanes stop after their current chunk
          throw error;
        }),
      ),
    );

    if (cache) {
      for (const item of [...misses, ...stale]) cache.store(item.input, options, collected[item.index]!, corpusHash, results[item.index]!);
      cache.save();
    }
    return results;
  } finally {
    await Promise.all(lanes.map((lane) => lane.close()));
  }
}
