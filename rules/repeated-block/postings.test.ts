import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EarlierItems, HEADS, Scratch, sortByKey } from './postings.js';
import { fnv1a } from '../../src/util/fnv.js';

describe('candidate index helpers', () => {
  // Short lists, and long ones whose hash table grows past its first sizes.
  it.each([
    { minLength: 0, maxLength: 60, numRuns: 100, indexing: fc.func(fc.boolean()) },
    { minLength: 4100, maxLength: 4200, numRuns: 5, indexing: fc.constant(() => true) },
  ])('EarlierItems holds what capped posting lists filled in item order hold just before each item is added ($minLength-$maxLength items)', ({ minLength, maxLength, numRuns, indexing }) => {
    // A few keys shared by many items, and any 32-bit keys (mostly distinct: the hash table's probing).
    const keys = fc.array(fc.oneof(fc.constantFrom(0, 1, 7, 0xffffffff, 0x10000, 0x1ffff), fc.integer({ min: 0, max: 0xffffffff })), { minLength, maxLength });
    fc.assert(
      fc.property(keys, fc.integer({ min: 1, max: 4 }), indexing, (keyList, cap, indexedBy) => {
        const indexed = (item: number) => indexedBy(item);
        const earlier = new EarlierItems(Uint32Array.from(keyList), cap, indexed);
        const lists = new Map<number, number[]>();
        keyList.forEach((key, item) => {
          const seen: number[] = [];
          earlier.forEach(item, (other) => seen.push(other));
          expect(seen).toEqual(indexed(item) ? (lists.get(key) ?? []) : []);
          if (!indexed(item)) return;
          const list = lists.get(key) ?? [];
          if (list.length < cap) list.push(item);
          lists.set(key, list);
        });
      }),
      { numRuns },
    );
  });

  it('EarlierItems gives the same items when its working room was left dirty by an earlier user', () => {
    const listed = (earlier: EarlierItems, count: number) =>
      Array.from({ length: count }, (_, item) => {
        const seen: number[] = [];
        earlier.forEach(item, (other) => seen.push(other));
        return seen;
      });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 300 }), fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 500 }), (keyList, before) => {
        const scratch = new Scratch();
        // Another user leaves every array it takes dirty first.
        for (const which of [0, 1, 2, 3]) scratch.ints(which, before.length).set(before.map((value) => value | 0));
        // Each index uses its keys up.
        const dirty = listed(new EarlierItems(Uint32Array.from(keyList), 3, undefined, scratch), keyList.length);
        expect(dirty).toEqual(listed(new EarlierItems(Uint32Array.from(keyList), 3), keyList.length));
      }),
      { numRuns: 60 },
    );
  });

  it('Scratch hands out arrays of the length asked, one buffer per number while it is long enough', () => {
    const scratch = new Scratch();
    const first = scratch.ints(1, 100);
    first[99] = 42;
    const again = scratch.ints(1, 50);
    expect(again.length).toBe(50);
    expect(again.buffer).toBe(first.buffer);
    expect(scratch.uints(1, 100)[99]).toBe(42);
    expect(scratch.ints(1, 1000).length).toBe(1000);
    expect(scratch.ints(2, 10).buffer).not.toBe(scratch.ints(1, 10).buffer);
  });

  it('Scratch made for a length makes each array that long at first, so that a later, longer user takes the same buffer', () => {
    const scratch = new Scratch(1000);
    const short = scratch.ints(0, 10);
    expect(short.length).toBe(10);
    expect(scratch.ints(0, 1000).buffer).toBe(short.buffer);
    expect(short.buffer.byteLength).toBe(4000);
    // Longer than it was made for: a new buffer.
    expect(scratch.ints(0, 1001).buffer).not.toBe(short.buffer);
  });

  it("EarlierItems keeps its links in its keys' array and its heads in the scratch's HEADS", () => {
    const scratch = new Scratch();
    const keys = Uint32Array.from([5, 9, 5, 5, 9, 1]);
    const earlier = new EarlierItems(keys, 8, undefined, scratch);
    // Each item's next item under its key, or -1.
    expect(Array.from(new Int32Array(keys.buffer))).toEqual([2, 4, 3, -1, -1, -1]);
    expect(Array.from(scratch.ints(HEADS, 6))).toEqual([0, 1, 0, 0, 1, 5]);
    const seen: number[] = [];
    earlier.forEach(3, (other) => seen.push(other));
    expect(seen).toEqual([0, 2]);
  });

  it.each([
    { minLength: 0, maxLength: 200, numRuns: 100 },
    { minLength: 4096, maxLength: 5000, numRuns: 10 },
  ])('sortByKey orders the indexed items by key, then by item ($minLength-$maxLength items)', ({ minLength, maxLength, numRuns }) => {
    const keys = fc.array(fc.oneof(fc.constantFrom(0, 1, 0xffff, 0x10000, 0xffffffff), fc.integer({ min: 0, max: 0xffffffff })), { minLength, maxLength });
    fc.assert(
      fc.property(keys, fc.integer({ min: 1, max: 5 }), (keyList, every) => {
        const keyArray = Uint32Array.from(keyList);
        const indexed = (item: number) => item % every !== 1;
        const sorted = sortByKey(keyArray, keyArray.length, indexed, new Int32Array(keyArray.length), new Int32Array(keyArray.length));
        const expected = keyList.map((_, item) => item).filter(indexed).sort((a, b) => keyArray[a]! - keyArray[b]! || a - b);
        expect(Array.from(sorted)).toEqual(expected);
      }),
      { numRuns },
    );
  });
});
