import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HashIndex, grown } from '../src/util/hash-index.js';

/** The entries under `hash`, in chain order. */
function chain(index: HashIndex, hash: number): number[] {
  const entries: number[] = [];
  for (let entry = index.first(hash); entry !== -1; entry = index.next(entry)) entries.push(entry);
  return entries;
}

/** The slot a hash starts probing at in a table of 2^bits slots (the index's Fibonacci hashing). */
const startSlot = (hash: number, bits: number) => Math.imul(hash, 0x9e3779b1) >>> (32 - bits);

describe('HashIndex', () => {
  it('finds nothing when empty, hash 0 included', () => {
    const index = new HashIndex();
    for (const hash of [0, 1, -1, 0x7fffffff, 0x80000000]) expect(index.first(hash)).toBe(-1);
    expect(index.size).toBe(0);
  });

  it('takes 0 and -1 as hashes like any other (no hash marks an empty slot), and a hash\'s unsigned form as the same hash', () => {
    const index = new HashIndex();
    expect(index.add(0)).toBe(0);
    expect(index.first(0)).toBe(0);
    expect(index.first(-1)).toBe(-1);
    expect(index.add(0xffffffff)).toBe(1);
    expect(index.first(-1)).toBe(1);
    expect(index.first(0xffffffff)).toBe(1);
    expect(index.add(0x80000000)).toBe(2);
    expect(index.first(-0x80000000)).toBe(2);
    expect(chain(index, 0)).toEqual([0]);
  });

  it('chains the entries added under one hash in the order added, apart from other hashes', () => {
    const index = new HashIndex();
    for (const hash of [7, 9, 7, 7, 0, 9]) index.add(hash);
    expect(chain(index, 7)).toEqual([0, 2, 3]);
    expect(chain(index, 9)).toEqual([1, 5]);
    expect(chain(index, 0)).toEqual([4]);
    expect(chain(index, 8)).toEqual([]);
    expect(index.size).toBe(6);
  });

  it('tells apart distinct hashes that start at the same slot, and stops at the first empty slot for a hash not added', () => {
    // Sized for 8 entries: 16 slots. Eight hashes that all start at slot 5.
    const sameSlot: number[] = [];
    for (let hash = 0; sameSlot.length < 8; hash++) if (startSlot(hash, 4) === 5) sameSlot.push(hash);
    const index = new HashIndex(8);
    sameSlot.slice(0, 7).forEach((hash, i) => expect(index.add(hash)).toBe(i));
    sameSlot.slice(0, 7).forEach((hash, i) => expect(chain(index, hash)).toEqual([i]));
    expect(index.first(sameSlot[7]!)).toBe(-1);
  });

  it('probes past the last slot round to the first ones', () => {
    const atLastSlot: number[] = [];
    for (let hash = 0; atLastSlot.length < 4; hash++) if (startSlot(hash, 4) === 15) atLastSlot.push(hash);
    const index = new HashIndex(8);
    for (const hash of atLastSlot.slice(0, 3)) index.add(hash);
    atLastSlot.slice(0, 3).forEach((hash, i) => expect(chain(index, hash)).toEqual([i]));
    expect(index.first(atLastSlot[3]!)).toBe(-1);
  });

  it('keeps every entry and chain while it grows from its first 16 slots', () => {
    const index = new HashIndex(1);
    const hashes = Array.from({ length: 20_000 }, (_, i) => Math.imul(i, 0x01000193) ^ (i >>> 3));
    // Every hundredth entry repeats an earlier hash, so chains cross the regrowths.
    hashes.forEach((hash, i) => index.add(i % 100 === 99 ? hashes[i - 50]! : hash));
    expect(index.size).toBe(20_000);
    for (let i = 0; i < hashes.length; i++) {
      if (i % 100 === 99) continue;
      const repeated = i % 100 === 49 ? [i, i + 50] : [i];
      expect(chain(index, hashes[i]!)).toEqual(repeated);
    }
  });

  it('firstOrAdd gives the first entry under a hash, or adds one when there is none', () => {
    const index = new HashIndex(2);
    expect(index.firstOrAdd(0)).toBe(0);
    expect(index.firstOrAdd(5)).toBe(1);
    expect(index.firstOrAdd(0)).toBe(0);
    expect(index.size).toBe(2);
    index.add(5);
    expect(index.firstOrAdd(5)).toBe(1);
    // Past its first sizes: every hash once, whatever the order asked.
    const hashes = Array.from({ length: 3000 }, (_, i) => Math.imul(i, 0x2545f491));
    hashes.forEach((hash, i) => expect(index.firstOrAdd(hash)).toBe(i === 0 ? 0 : i + 2));
    expect(index.size).toBe(3002);
    expect(chain(index, 5)).toEqual([1, 2]);
  });

  it('starts afresh on clear, numbering from 0 again', () => {
    const index = new HashIndex();
    for (let hash = 0; hash < 100; hash++) index.add(hash);
    index.clear();
    expect(index.size).toBe(0);
    for (let hash = 0; hash < 100; hash++) expect(index.first(hash)).toBe(-1);
    expect(index.add(42)).toBe(0);
    expect(index.add(42)).toBe(1);
    expect(chain(index, 42)).toEqual([0, 1]);
    expect(index.first(41)).toBe(-1);
  });

  it('holds what a map of hash to entry lists holds, over any look-ups, adds, firstOrAdds and clears', () => {
    // A few hashes shared by many entries, and any 32-bit ones (mostly distinct: the probing and regrowth).
    const hash = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -0x80000000, max: 0x7fffffff }));
    const operation = fc.oneof(
      { weight: 20, arbitrary: hash.map((h) => ({ add: h })) },
      { weight: 20, arbitrary: hash.map((h) => ({ firstOrAdd: h })) },
      // A look-up, then often an add of the same hash (as a caller does when its key is not there).
      { weight: 20, arbitrary: fc.tuple(hash, fc.boolean()).map(([h, then]) => ({ first: h, then })) },
      { weight: 1, arbitrary: fc.constant('clear' as const) },
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 400 }), fc.nat(40), (operations, expected) => {
        const index = new HashIndex(expected);
        let model = new Map<number, number[]>();
        let size = 0;
        const hashes: number[] = [];
        for (const operation of operations) {
          if (operation === 'clear') {
            index.clear();
            model = new Map();
            size = 0;
          } else if ('add' in operation) {
            expect(index.add(operation.add)).toBe(size);
            model.set(operation.add, [...(model.get(operation.add) ?? []), size++]);
            hashes.push(operation.add);
          } else if ('first' in operation) {
            expect(index.first(operation.first)).toBe(model.get(operation.first)?.[0] ?? -1);
            if (operation.then) {
              expect(index.add(operation.first)).toBe(size);
              model.set(operation.first, [...(model.get(operation.first) ?? []), size++]);
              hashes.push(operation.first);
            }
          } else {
            const entries = model.get(operation.firstOrAdd);
            expect(index.firstOrAdd(operation.firstOrAdd)).toBe(entries ? entries[0] : size);
            if (!entries) model.set(operation.firstOrAdd, [size++]);
            hashes.push(operation.firstOrAdd);
          }
        }
        expect(index.size).toBe(size);
        for (const hash of hashes) expect(chain(index, hash)).toEqual(model.get(hash) ?? []);
      }),
      { numRuns: 200 },
    );
  });
});

describe('grown', () => {
  it('copies a typed array into one of the same kind, twice as long or as long as asked', () => {
    const doubled = grown(Int32Array.of(-1, 2, 3));
    expect(doubled).toBeInstanceOf(Int32Array);
    expect([...doubled]).toEqual([-1, 2, 3, 0, 0, 0]);
    const longer = grown(Uint16Array.of(65535), 5);
    expect(longer).toBeInstanceOf(Uint16Array);
    expect([...longer]).toEqual([65535, 0, 0, 0, 0]);
  });
});
