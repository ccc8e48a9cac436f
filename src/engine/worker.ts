// A worker thread of a --jobs run (see workers.ts): it lints its share of the
// files with the built-in rules, collecting first, then linting against the
// corpus the main thread assembled from every thread's collected data.
import { parentPort, workerData } from 'node:worker_threads';
import { builtinRules } from '../../rules/index.js';
import { LocalLane, type FromWorker, type ToWorker, type WorkerOptions } from './workers.js';

const options = workerData as WorkerOptions;
const timings = options.timing ? new Map<string, number>() : undefined;
const lane = new LocalLane({ ...options, rules: builtinRules, timings }, options.keptChars);
const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

port.on('message', async (message: ToWorker) => {
  try {
    if (message.type === 'collect') {
      send({ type: 'collected', collected: await lane.collect(message.items) });
    } else {
      await lane.lint(message.items, message.corpus, (index, result) => send({ type: 'result', index, result }));
      send({ type: 'done', timings: [...(timings ?? [])] });
      timings?.clear();
    }
  } catch (error) {
    send({ type: 'error', name: (error as Error)?.name ?? 'Error', message: String((error as Error)?.message ?? error) });
  }
});
