// One large article (a book, a year of a newspaper as one file) is held
// whole while every rule reads it, and V8's defaults for a short, fast run
// (a young generation grown to its largest, the old one grown well past what
// survived, dead typed arrays left for a later collection) made its peak
// resident memory about twice what it holds. Asked to favour memory, V8
// collects sooner and keeps less room, for some more CPU on such a file; and
// its young generation stays at its first size, where it grew to tens of
// megabytes while the article's views and indexes were built (that setting
// V8 reads at start-up only, but not the factor it grows by). Figures in
// docs/benchmarks.md. A run of many small articles, which holds little at a
// time, keeps the defaults. Only the command sets them, never the library,
// and never over node's own arguments.
import { runInNewContext } from 'node:vm';
import { setV8FlagUnlessGiven, v8FlagGiven } from '../util/v8-flags.js';

/** V8's flags for a large article: each unless node was given it, or a flag that says the same thing otherwise. */
const FLAGS: readonly { flag: string; value?: number; alsoGivenBy?: readonly string[] }[] = [
  { flag: '--optimize-for-size' },
  { flag: '--semi-space-growth-factor', value: 1, alsoGivenBy: ['--max-semi-space-size', '--min-semi-space-size'] },
];
/** From this many bytes in one file, a run favours memory over speed. */
export const LARGE_ARTICLE_BYTES = 1 << 20;

/** The flags (`--name` or `--name=value`) a large article's run sets, given node's own arguments and NODE_OPTIONS. */
export function largeArticleFlags(execArgv: readonly string[], nodeOptions = ''): string[] {
  return FLAGS.filter(({ flag, alsoGivenBy = [] }) => ![flag, ...alsoGivenBy].some((given) => v8FlagGiven(given, execArgv, nodeOptions))).map(({ flag, value }) =>
    value === undefined ? flag : `${flag}=${value}`,
  );
}

/** Makes V8 favour memory for the rest of this process when the largest input is a large article, unless the user said otherwise (read by the heap at each collection and by each compile: it applies from here on); whether it set any flag. */
export function favourMemoryForLargeArticles(largestBytes: number): boolean {
  if (largestBytes < LARGE_ARTICLE_BYTES) return false;
  const flags = largeArticleFlags(process.execArgv, process.env.NODE_OPTIONS);
  for (const setting of flags) {
    const [flag, value] = setting.split('=');
    setV8FlagUnlessGiven(flag!, value === undefined ? undefined : Number(value));
  }
  return flags.length > 0;
}

/**
 * A full collection for a large article's run (none for a smaller one): the
 * first pass's word hashes and working arrays are dead when the second pass
 * starts, and the second pass's views when the report is made, but V8 frees
 * memory outside its heap only after tens of megabytes more of it, so
 * without a collection between the passes, and after them, they stand at
 * the next step's peak. One full collection costs little against such a run.
 * Node need not be given --expose-gc: the flag, set now, gives new contexts
 * a `gc` function (this one's global stays as it was). Not when node was
 * given --no-expose-gc.
 */
export function largeArticleCollector(largestBytes: number): (() => void) | undefined {
  if (largestBytes < LARGE_ARTICLE_BYTES) return undefined;
  const given = (globalThis as { gc?: unknown }).gc;
  if (typeof given === 'function') return () => given();
  if (!setV8FlagUnlessGiven('--expose-gc')) return undefined;
  const gc: unknown = runInNewContext('gc');
  return typeof gc === 'function' ? () => gc() : undefined;
}
