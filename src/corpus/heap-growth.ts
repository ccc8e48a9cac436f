// A corpus run holds what the corpus rules collect from every record for
// the whole run, and makes garbage at a steady rate while it lints. V8 sizes
// its heap as a multiple of what survived the last full collection, and on
// a run that is mostly allocation the multiple grows to 4: the collected
// data, a few KB per record, cost up to four times its size in resident
// memory, and the run's peak grew with the corpus (figures in
// docs/benchmarks.md). A fixed, smaller growth keeps memory near flat for a
// few percent more CPU. Set by the command for corpus runs only, and never
// over a growth given to node itself.
import { setV8FlagUnlessGiven } from '../util/v8-flags.js';

const FLAG = '--heap-growing-percent';
/** The heap may grow by this share of the surviving data before a full collection (V8's own factor is 1.1 to 4). */
const CORPUS_HEAP_GROWING_PERCENT = 20;

/** Sets V8's heap growth for this process (a corpus run) unless the user set one (read by the heap at each full collection: safe to change while the process runs). */
export function useCorpusHeapGrowth(): void {
  setV8FlagUnlessGiven(FLAG, CORPUS_HEAP_GROWING_PERCENT);
}
