// A time limit for synchronous code: a rule caught in an endless loop must
// not hang the run or the language server. Node's vm module can interrupt
// a running script after a timeout (a watchdog thread terminates it, and no
// try/catch inside can swallow that); the task runs as the body of such a
// script, in this thread, with no copy of its data.
import { createContext, Script } from 'node:vm';

const sandbox = createContext({} as { task?: () => unknown });
const runTask = new Script('task()');

/** Thrown when a task ran out of its time; the caller, which set the limit, words the report. */
export class TimeLimitExceeded extends Error {
  constructor() {
    super('exceeded its time limit');
    this.name = 'TimeLimitExceeded';
  }
}

/** Run `task`, throwing TimeLimitExceeded if it takes longer than `limitMs`. */
export function withTimeLimit<T>(task: () => T, limitMs: number): T {
  (sandbox as { task?: () => unknown }).task = task;
  try {
    return runTask.runInContext(sandbox, { timeout: Math.max(1, Math.round(limitMs)) }) as T;
  } catch (error) {
    if ((error as { code?: string })?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new TimeLimitExceeded();
    throw error;
  } finally {
    (sandbox as { task?: () => unknown }).task = undefined;
  }
}

export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
