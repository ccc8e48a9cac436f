import { describe, expect, it } from 'vitest';
import { memoize } from '../src/memo.js';

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
