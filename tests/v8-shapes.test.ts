// Shapes that keep V8's optimized code (docs/benchmarks.md, `--jobs 2`'s
// deoptimizations): checked with V8's own test functions, which node allows
// once `--allow-natives-syntax` is set (functions compiled after it may use
// them). Feedback is gathered from a function's first call on, so that the
// two calls before its optimization are enough. V8's settings are the
// process's: vitest runs each test file in a process of its own.
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { mapped } from '../src/util/arrays.js';
import { HashIndex } from '../src/util/hash-index.js';
import { WordTable } from '../src/parse/word-table.js';

setFlagsFromString('--allow-natives-syntax');
setFlagsFromString('--no-lazy-feedback-allocation');

type Natives = {
  /** Calls `f(argument)` twice to gather feedback, then once optimized: the last result, and whether `f` was still optimized code after it. */
  optimizedCall<A, R>(f: (argument: A) => R, argument: A): { result: R; optimized: boolean };
  /** Whether `f` is optimized code now (V8's status bit). */
  isOptimized(f: (...args: never[]) => unknown): boolean;
  isHoley(array: unknown[]): boolean;
};

const natives = new Function(`return {
  optimizedCall(f, argument) {
    %PrepareFunctionForOptimization(f);
    f(argument);
    f(argument);
    %OptimizeFunctionOnNextCall(f);
    const result = f(argument);
    return { result, optimized: (%GetOptimizationStatus(f) & 16) !== 0 };
  },
  isOptimized: (f) => (%GetOptimizationStatus(f) & 16) !== 0,
  isHoley: (array) => %HasHoleyElements(array),
};`)() as Natives;

describe('mapped', () => {
  it('maps as Array.prototype.map does', () => {
    expect(mapped(['a', 'bb', 'ccc'], (text, index) => `${index}:${text.length}`)).toEqual(['0:1', '1:2', '2:3']);
    expect(mapped([], () => 1)).toEqual([]);
  });

  it('gives a packed array whether its caller runs optimized or not, where map gives a holey one once optimized', () => {
    const items = [1, 2, 3];
    const byMap = (list: number[]) => list.map((n) => ({ n }));
    const byMapped = (list: number[]) => mapped(list, (n) => ({ n }));
    expect(natives.isHoley(byMap(items))).toBe(false);
    const optimizedMap = natives.optimizedCall(byMap, items);
    expect(optimizedMap.optimized).toBe(true);
    expect(natives.isHoley(optimizedMap.result)).toBe(true);
    expect(natives.isHoley(byMapped(items))).toBe(false);
    const optimizedMapped = natives.optimizedCall(byMapped, items);
    expect(optimizedMapped.optimized).toBe(true);
    expect(natives.isHoley(optimizedMapped.result)).toBe(false);
  });
});

describe('fields that grow', () => {
  it("of a HashIndex: code optimized on one index stays optimized when another index's chains first grow", () => {
    const entriesUnder = (index: HashIndex) => {
      let count = 0;
      for (let entry = index.first(7); entry !== -1; entry = index.next(entry)) count++;
      return count;
    };
    const read = new HashIndex();
    read.add(7);
    expect(natives.optimizedCall(entriesUnder, read)).toEqual({ result: 1, optimized: true });
    // Two entries under one hash: the other index makes its first chain.
    const other = new HashIndex();
    other.add(7);
    other.add(7);
    expect(natives.isOptimized(entriesUnder)).toBe(true);
    expect(entriesUnder(other)).toBe(2);
  });

  it("of a WordTable: code optimized on one table stays optimized when another table's sentence runs first grow", () => {
    const sentenceOfLast = (table: WordTable) => table.sentence(table.length - 1);
    const forms = ['word'];
    const small = new WordTable(forms);
    small.add(0, 0, 0, true, false, false);
    small.add(0, 5, 1, true, false, false);
    expect(natives.optimizedCall(sentenceOfLast, small)).toEqual({ result: 1, optimized: true });
    // More sentences than the first room for runs (16).
    const large = new WordTable(forms);
    for (let sentence = 0; sentence < 40; sentence++) large.add(0, 5 * sentence, sentence, true, false, false);
    expect(natives.isOptimized(sentenceOfLast)).toBe(true);
    expect(sentenceOfLast(large)).toBe(39);
  });
});
