/** One file's entry in a corpus-level rule's first pass. */
export interface CorpusEntry<Collected> {
  path: string;
  data: Collected;
}

/** A run's corpus list, whatever its rule collects. */
type CorpusList = readonly CorpusEntry<unknown>[];

const NO_PLACES: ReadonlyMap<string, number> = new Map();

/** A corpus as data that crosses threads (structured clone): a worker thread makes the same corpus of it (Corpus.of). */
export interface CorpusData {
  lists: ReadonlyMap<string, CorpusList>;
  linted: ReadonlySet<string> | undefined;
}

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
    /** The lists alone (what the cache hashes). */
    readonly lists: ReadonlyMap<string, CorpusList>,
    /**
     * The paths the run lints, when it does not lint every file of the
     * lists: a corpus run against evidence (its share of the records) and
     * the language server (one open document against the others).
     */
    readonly linted?: ReadonlySet<string>,
  ) {}

  static of({ lists, linted }: CorpusData): Corpus {
    return new Corpus(lists, linted);
  }

  /** What a worker thread is sent to make the same corpus. */
  get data(): CorpusData {
    return { lists: this.lists, linted: this.linted };
  }

  /** Whether the run lints the file of a path in the lists (a rule's context.lints, called unbound). */
  readonly lints = (path: string): boolean => this.linted?.has(path) ?? true;

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
