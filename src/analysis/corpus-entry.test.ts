import { describe, expect, it } from 'vitest';
import { Corpus } from './corpus-entry.js';

describe('Corpus', () => {
  it("gives each path's first place, one map for the lists of the run that hold the same paths", () => {
    const paths = ['a', 'b', 'a', 'c'];
    const signatures = paths.map((path, i) => ({ path, data: `signature ${i}` }));
    const names = paths.map((path) => ({ path, data: null }));
    // A list without an entry for one file (its collect step failed there) has places of its own.
    const figures = names.filter(({ path }) => path !== 'b');
    const corpus = new Corpus(new Map<string, readonly { path: string; data: unknown }[]>([['duplicate-article', signatures], ['analysis:names', names], ['fact-conflict', figures]]));
    const places = corpus.places('duplicate-article');
    expect([...places]).toEqual([['a', 0], ['b', 1], ['c', 3]]);
    expect(corpus.places('duplicate-article')).toBe(places);
    expect(corpus.places('analysis:names')).toBe(places);
    expect([...corpus.places('fact-conflict')]).toEqual([['a', 0], ['c', 2]]);
    expect(corpus.places('analysis:names')).toBe(places);
    // A rule that collects nothing has an empty list and no places.
    expect(corpus.list('spelling')).toEqual([]);
    expect(corpus.places('spelling').size).toBe(0);
    expect(corpus.list('fact-conflict')).toBe(figures);
  });

  it('crosses to a worker thread whole: the same lists, places and linted files', () => {
    const entries = ['a', 'b', 'c'].map((path) => ({ path, data: `signature of ${path}` }));
    const share = new Corpus(new Map([['duplicate-article', entries]]), new Set(['b']));
    const all = new Corpus(new Map([['duplicate-article', entries]]));
    for (const corpus of [share, all]) {
      // What a worker thread is sent goes through a structured clone, as postMessage does.
      const copy = Corpus.of(structuredClone(corpus.data));
      expect(copy.list('duplicate-article')).toEqual(corpus.list('duplicate-article'));
      expect([...copy.places('duplicate-article')]).toEqual([...corpus.places('duplicate-article')]);
      expect(entries.map(({ path }) => copy.lints(path))).toEqual(entries.map(({ path }) => corpus.lints(path)));
    }
    expect(entries.map(({ path }) => share.lints(path))).toEqual([false, true, false]);
    expect(entries.map(({ path }) => all.lints(path))).toEqual([true, true, true]);
  });
});
