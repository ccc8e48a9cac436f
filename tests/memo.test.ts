import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { entryChars, memoize, memoizeByObject, ownCopy, WeighedCache } from '../src/util/memo.js';
import { memoizeByForm } from '../src/util/form-memo.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

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

  it.each([
    ['memoize', memoize],
    ['memoizeByForm', memoizeByForm],
  ])('%s stays within its bound by starting afresh', (_name, memo) => {
    let computed = 0;
    const square = memo((key) => (computed++, Number(key) ** 2), 3 * entryChars('1'));
    for (const key of ['1', '2', '3', '4', '1']) square(key);
    // '4' filled the memo past its bound of three one-character keys, so '1' was computed again.
    expect(computed).toBe(5);
    expect(square('4')).toBe(16);
    expect(computed).toBe(5);
  });

  it('keeps no more characters than its bound, however long the keys, and none that would fill it alone', () => {
    const bound = 20_000;
    let computed = 0;
    const last = memoize((key) => (computed++, key.at(-1)), bound);
    let seed = 7;
    for (let i = 0; i < 3000; i++) {
      seed = (seed * 48271) % 2147483647;
      expect(last(`${i}${'y'.repeat(seed % 4000)}z`)).toBe('z');
      expect(last.keptChars()).toBeLessThanOrEqual(bound);
    }
    computed = 0;
    const long = 'w'.repeat(bound);
    expect([last(long), last(long)]).toEqual(['w', 'w']);
    expect(computed).toBe(2);
  });

  it('keeps a copy of a key, not the text it was sliced from', () => {
    // A word of an article is a slice of its text, which V8 keeps alive for the slice.
    const stem = memoize((word) => word.slice(0, -1));
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 50; i++) {
      const article = JSON.parse(JSON.stringify(`${'An article of a megabyte. '.repeat(40_000)}Ishibaministry${i}s and more.`)) as string;
      const word = article.slice(article.indexOf('Ishiba'), article.indexOf(' and more'));
      expect(stem(word)).toBe(`Ishibaministry${i}`);
    }
    gc();
    // 50 articles of a million characters kept would be 50 MB.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10e6);
  });
});

describe('ownCopy', () => {
  it('gives the same text, short or long', () => {
    for (const text of ['', 'a', 'twelve chars', 'thirteen char', 'x'.repeat(1000), 'café ☕ 東京'.repeat(3)]) expect(ownCopy(text)).toBe(text);
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

describe('WeighedCache', () => {
  it('keeps its weight within its bound, dropping the least recently used first', () => {
    const cache = new WeighedCache<string>(100);
    cache.set('a', 'A', 40);
    cache.set('b', 'B', 40);
    expect(cache.get('a')).toBe('A');
    // 'b' is the least recently used: it goes to make room.
    cache.set('c', 'C', 40);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['A', undefined, 'C']);
    expect(cache.weight).toBe(80);
    // Storing a key again replaces its value and weight.
    cache.set('a', 'A2', 10);
    expect([cache.get('a'), cache.weight]).toEqual(['A2', 50]);
  });

  it('keeps the newest value even when it alone passes the bound, and nothing else', () => {
    const cache = new WeighedCache<string>(100);
    cache.set('small', 's', 10);
    cache.set('huge', 'h', 500);
    expect([cache.get('small'), cache.get('huge'), cache.weight]).toEqual([undefined, 'h', 500]);
    cache.set('next', 'n', 10);
    expect([cache.get('huge'), cache.get('next'), cache.weight]).toEqual([undefined, 'n', 10]);
  });
});
