/** One file's entry in a corpus-level rule's first pass. */
export interface CorpusEntry<Collected> {
  path: string;
  data: Collected;
}

/** A run's corpus list, whatever its rule collects. */
type CorpusList = readonly CorpusEntry<unknown>[];

const NO_PLACES: ReadonlyMap<string, number> = new Map();
const everyFile = () => true;

/**
 * A run's corpus: what each corpus rule and run-level analysis collected
 * from every file, in input order (by rule id or corpusKey), and each path's
 * first place in those lists (an article finds its own entry without a
 * search of the run). The lists of one run hold the same paths in the same
 * order, one entry per file, unless a `collect` step failed on a file: lists
 * with the same paths share one map of places, built on first ask.
 */
export class Corpus {
  private readonly placesOf = new Map<string, ReadonlyMap<string, number>>();

  constructor(
    /** The lists alone (what a worker thread is sent, and the cache hashes). */
    readonly lists: ReadonlyMap<string, CorpusList>,
    /**
     * Whether the run lints the file of a path in the lists: every file but
     * in a corpus run against evidence (its share of the records) and in the
     * language server (one open document against the others).
     */
    readonly lints: (path: string) => boolean = everyFile,
  ) {}

  /** What `key` collected, or nothing. */
  list(key: string): CorpusList {
    return this.lists.get(key) ?? [];
  }

  /** Each path's first place in list(key). */
  places(key: string): ReadonlyMap<string, number> {
    const list = this.lists.get(key);
    if (!list) return NO_PLACES;
    let places = this.placesOf.get(key);
    if (places) return places;
    for (const [other, shared] of this.placesOf) {
      if (!samePaths(this.lists.get(other)!, list)) continue;
      places = shared;
      break;
    }
    places ??= placesIn(list);
    this.placesOf.set(key, places);
    return places;
  }
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
