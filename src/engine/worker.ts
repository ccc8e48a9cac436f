// A worker thread of a --jobs run (see workers.ts): it lints its share of the
// files with the rules of the module the run names, collecting first, then
// linting, chunk by chunk as the main thread hands them out, against the
// corpus the main thread assembled from every thread's collected data.
import { parentPort, workerData } from 'node:worker_threads';
import type { FileResult, Rule } from '../types.js';
import { Corpus } from '../analysis/corpus-entry.js';
import { LocalLane, type FromWorker, type ToWorker, type WorkerOptions } from './workers.js';

const options = workerData as WorkerOptions;
const timings = options.timing ? new Map<string, number>() : undefined;
const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);
// Loaded once; requests wait for it (the port queues them meanwhile).
const lane = import(options.rulesModule).then(({ default: rules }: { default: readonly Rule[] }) => new LocalLane({ ...options, rules, timings }, options.keptChars));
let corpus = new Corpus(new Map());

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'collect') {
    const collected = await (await lane).collect(message.items);
    send({ type: 'collected', collected });
  } else if (message.type === 'corpus') {
    corpus = Corpus.of(message.corpus);
  } else {
    const results: [number, FileResult][] = [];
    await (await lane).lint(message.items, corpus, (index, result) => results.push([index, result]));
    send({ type: 'linted', results, timings: [...(timings ?? [])] });
    timings?.clear();
  }
}

// One request at a time, in order: a lint chunk arrives while the one before it is still being linted.
let queue = Promise.resolve();
port.on('message', (message: ToWorker) => {
  queue = queue.then(() =>
    handle(message).catch((error: unknown) => send({ type: 'error', name: (error as Error)?.name ?? 'Error', message: String((error as Error)?.message ?? error) })),
  );
});
