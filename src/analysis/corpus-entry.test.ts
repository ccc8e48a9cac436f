import { describe, expect, it } from 'vitest';
import { firstPlaces } from './corpus-entry.js';

describe('firstPlaces', () => {
  it("gives each path's first place, one map for the lists of a run that hold the same paths", () => {
    const paths = ['a', 'b', 'a', 'c'];
    const signatures = paths.map((path, i) => ({ path, data: `signature ${i}` }));
    const names = paths.map((path) => ({ path, data: null }));
    const places = firstPlaces(signatures);
    expect([...places]).toEqual([['a', 0], ['b', 1], ['c', 3]]);
    expect(firstPlaces(signatures)).toBe(places);
    expect(firstPlaces(names)).toBe(places);
    // A list without an entry for one file (its collect step failed) has places of its own.
    const fewer = firstPlaces(names.filter(({ path }) => path !== 'b'));
    expect([...fewer]).toEqual([['a', 0], ['c', 2]]);
    expect(firstPlaces(signatures)).toBe(places);
  });
});
