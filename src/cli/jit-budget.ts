// A lint run is short (seconds) and its hot code is many mid-sized
// functions: V8's optimizing compiler, inlining up to its default budget
// (920 bytes of bytecode per function), spends more CPU compiling them than
// the run has time to win back, and its compiler thread competes with the
// run (and with a --jobs worker) for the cores. A smaller inlining budget
// makes each optimized function cheaper and sooner ready: less CPU time over
// the benchmark, with --jobs 1 and 2, for the same steady-state speed
// (figures in docs/benchmarks.md). Only the commands set
// it, never the library (a host process has its own needs), and a budget
// given to node itself (`node --max-inlined-bytecode-size-cumulative=N`,
// which NODE_OPTIONS does not allow) wins.
import { setFlagsFromString } from 'node:v8';

const FLAG = '--max-inlined-bytecode-size-cumulative';
/** Bytes of bytecode a function may inline in all; measured best between 60 and 920. */
const INLINING_BUDGET = 120;

/** Whether node's own arguments set the inlining budget (V8 reads `_` and `-` alike). */
export function inliningBudgetGiven(execArgv: readonly string[]): boolean {
  return execArgv.some((argument) => argument.replace(/_/g, '-').startsWith(FLAG));
}

/** Sets V8's inlining budget for this process unless the user set one. */
export function useShortRunInliningBudget(): void {
  if (inliningBudgetGiven(process.execArgv)) return;
  // A compiler heuristic, read by each optimization job: safe to change before the run's code gets hot.
  setFlagsFromString(`${FLAG}=${INLINING_BUDGET}`);
}
