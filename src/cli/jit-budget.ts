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
import { setV8FlagUnlessGiven } from '../util/v8-flags.js';

const FLAG = '--max-inlined-bytecode-size-cumulative';
/** Bytes of bytecode a function may inline in all; measured best between 60 and 920. */
const INLINING_BUDGET = 120;

/** Sets V8's inlining budget for this process unless the user set one (a compiler heuristic, read by each optimization job: safe to change before the run's code gets hot). */
export function useShortRunInliningBudget(): void {
  setV8FlagUnlessGiven(FLAG, INLINING_BUDGET);
}

const LOOP_PEELING = '--turbo-loop-peeling';

/**
 * For a run on several threads: no loop peeling in the optimizing compiler.
 * Each thread is an isolate that optimizes the same hot functions again, on
 * the cores the threads lint on (with one thread the compiler has the other
 * core to itself); peeling copies each loop's first iteration, a larger
 * graph to compile for code only a little faster. `--jobs 2` spends less
 * CPU without it, while a one-thread run's lint thread was slower, so it
 * stays on there (figures in docs/benchmarks.md). Read by each optimization
 * job; a setting given to node itself wins.
 */
export function useParallelRunCompilerSettings(): void {
  setV8FlagUnlessGiven(LOOP_PEELING, false);
}
