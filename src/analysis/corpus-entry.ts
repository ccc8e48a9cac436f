/** One file's entry in a corpus-level rule's first pass. */
export interface CorpusEntry<Collected> {
  path: string;
  data: Collected;
}

/** A run's corpus list, whatever its rule collects. */
type CorpusList = readonly CorpusEntry<unknown>[];

const placesOf = new WeakMap<CorpusList, ReadonlyMap<string, number>>();
/** The list whose places were asked for last, to share its map with the next (held weakly: a run's lists die with the run). */
let latest: WeakRef<CorpusList> | undefined;

/**
 * Each path's first place in a corpus list (an article finds its own entry
 * without a search of the run). The corpus lists of one run hold the same
 * paths in the same order, one entry per file, unless a `collect` step failed
 * on a file: lists with the same paths share one map, as a corpus run holds
 * it for the whole run.
 */
export function firstPlaces(corpus: CorpusList): ReadonlyMap<string, number> {
  let places = placesOf.get(corpus);
  if (places) return places;
  const other = latest?.deref();
  places = other && samePaths(other, corpus) ? placesOf.get(other)! : placesIn(corpus);
  placesOf.set(corpus, places);
  latest = new WeakRef(corpus);
  return places;
}

function placesIn(corpus: CorpusList): Map<string, number> {
  const places = new Map<string, number>();
  corpus.forEach((entry, place) => {
    if (!places.has(entry.path)) places.set(entry.path, place);
  });
  return places;
}

function samePaths(a: CorpusList, b: CorpusList): boolean {
  return a.length === b.length && a.every((entry, i) => entry.path === b[i]!.path);
}
