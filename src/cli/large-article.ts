// One large article (a book, a year of a newspaper as one file) is held
// whole while every rule reads it, and V8's defaults for a short, fast run
// (a young generation grown to its largest, the old one grown well past what
// survived, dead typed arrays left for a later collection) made its peak
// resident memory about twice what it holds. Asked to favour memory, V8
// collects sooner and keeps less room, for some more CPU on such a file
// (figures in docs/benchmarks.md); a run of many
// small articles, which holds little at a time, keeps the defaults. Only the
// command sets it, never the library, and never over node's own arguments.
import { setV8FlagUnlessGiven } from '../util/v8-flags.js';

const FLAG = '--optimize-for-size';
/** From this many bytes in one file, a run favours memory over speed. */
export const LARGE_ARTICLE_BYTES = 1 << 20;

/** Makes V8 favour memory for the rest of this process when the largest input is a large article, unless the user said otherwise (read by the heap at each collection and by each compile: it applies from here on). */
export function favourMemoryForLargeArticles(largestBytes: number): boolean {
  return largestBytes >= LARGE_ARTICLE_BYTES && setV8FlagUnlessGiven(FLAG);
}
