// A worker thread of a --jobs run (see workers.ts): it lints its share of the
// files with the rules of the module the run names, collecting first, then
// linting against the corpus the main thread assembled from every thread's
// collected data.
import { parentPort, workerData } from 'node:worker_threads';
import type { Rule } from '../types.js';
import { LocalLane, type FromWorker, type ToWorker, type WorkerOptions } from './workers.js';

const options = workerData as WorkerOptions;
const timings = options.timing ? new Map<string, number>() : undefined;
const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);
// Loaded once; requests wait for it (the port queues them meanwhile).
const lane = import(options.rulesModule).then(({ default: rules }: { default: readonly Rule[] }) => new LocalLane({ ...options, rules, timings }, options.keptChars));

port.on('message', async (message: ToWorker) => {
  try {
    if (message.type === 'collect') {
      send({ type: 'collected', collected: await (await lane).collect(message.items) });
    } else {
      await (await lane).lint(message.items, message.corpus, (index, result) => send({ type: 'result', index, result }));
      send({ type: 'done', timings: [...(timings ?? [])] });
      timings?.clear();
    }
  } catch (error) {
    send({ type: 'error', name: (error as Error)?.name ?? 'Error', message: String((error as Error)?.message ?? error) });
  }
});
