import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EarlierItems } from './postings.js';
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

});
