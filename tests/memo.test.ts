import { describe, expect, it } from 'vitest';
import { memoize, memoizeByObject } from '../src/util/memo.js';

describe('memoize', () => {
  it('computes each key once, falsy answers included', () => {
    const calls: string[] = [];
    const known = memoize((word) => {
      calls.push(word);
      return word.length > 3 ? word.toUpperCase() : undefined;
    });
    expect([known('abcd'), known('ab'), known('abcd'), known('ab')]).toEqual(['ABCD', undefined, 'ABCD', undefined]);
    expect(calls).toEqual(['abcd', 'ab']);
  });

  it('stays within its bound by starting afresh', () => {
    let computed = 0;
    const square = memoize((key) => (computed++, Number(key) ** 2), 3);
    for (const key of ['1', '2', '3', '4', '1']) square(key);
    // '4' filled the memo past its bound of 3, so '1' was computed again.
    expect(computed).toBe(5);
    expect(square('4')).toBe(16);
    expect(computed).toBe(5);
  });
});

describe('memoizeByObject', () => {
  it('computes once per object and tells objects apart, however alike', () => {
    const seen: object[] = [];
    const sizeOf = memoizeByObject((list: number[]) => (seen.push(list), list.length));
    const a = [1, 2];
    const b = [1, 2];
    expect([sizeOf(a), sizeOf(a), sizeOf(b), sizeOf(a)]).toEqual([2, 2, 2, 2]);
    expect(seen).toEqual([a, b]);
    expect(seen[0]).toBe(a);
    expect(seen[1]).toBe(b);
  });

  it('computes from the further arguments of the first call for an object', () => {
    const scaled = memoizeByObject((list: number[], factor: number) => list.map((n) => n * factor));
    const a = [1, 2];
    expect(scaled(a, 10)).toEqual([10, 20]);
    // The object alone keys the answer.
    expect(scaled(a, 3)).toEqual([10, 20]);
    expect(scaled([1, 2], 3)).toEqual([3, 6]);
  });
});
