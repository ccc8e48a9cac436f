// Arrays of one shape for hot code. V8's optimized `Array.prototype.map`
// makes a holey array where the unoptimized one makes a packed one: code
// that reads a hot function's mapped arrays (the function itself included)
// meets a new array shape once that function is optimized, and is
// deoptimized and compiled again, once per thread of a run
// (docs/benchmarks.md).

/** `items.map(f)`, always a packed array (see above). */
export function mapped<Item, Result>(items: readonly Item[], f: (item: Item, index: number) => Result): Result[] {
  const results: Result[] = [];
  for (let i = 0; i < items.length; i++) results.push(f(items[i]!, i));
  return results;
}

/** `target.push(...items)` for any number of items: a spread passes each item as an argument, and some hundred thousand of them overflow the stack (a page of nothing but tags). */
export function pushAll<Item>(target: Item[], items: readonly Item[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
}
