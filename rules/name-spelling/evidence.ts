// Where known names come from, in order of trust: the glossary (names and
// aliases), the article itself (names it writes consistently: twice or more,
// or as a first+last pair), and the other articles of the run (the corpus
// pass: each file's `NameCounts`; only articles that share enough names with
// this one, i.e. tell the same story, count). Names are indexed by symmetric
// deletion, so a written form finds its near names without a scan.
import type { Glossary } from '../../src/glossary.js';
import { memoizeByObject } from '../../src/memo.js';
import type { ArticleDocument, CorpusEntry } from '../../src/types.js';
import { isCommonWord, looksLikeName, splitForm, wordParts, type WordPart } from './lexicon.js';
import { collapsedRepeats } from './similarity.js';

/** What one article says about names: how often it writes each, and which it writes as first+last pairs. */
export interface NameCounts {
  /** Name as written -> occurrences. */
  names: Record<string, number>;
  /** `First Last` as written -> occurrences. */
  pairs: Record<string, number>;
}

/**
 * Count the article's names: capitalised words that are not common English
 * words (`Chicago` counts, a title-case `Forge` does not), and adjacent
 * pairs of them inside a sentence (`Fumio Kishida`).
 */
export const collectNames = memoizeByObject(countNames);

function countNames(doc: ArticleDocument): NameCounts {
  const names: Record<string, number> = {};
  const pairs: Record<string, number> = {};
  // The part before, when it is a name: two names in a row make a pair.
  let previousName: WordPart | undefined;
  const parts = wordParts(doc);
  for (let i = 0; i < parts.length; i++) {
    const before = previousName;
    previousName = parts.nameShaped[i] === 1 && !isCommonWord(parts.texts[i]!) ? parts.at(i) : undefined;
    if (!previousName) continue;
    const part = previousName;
    names[part.text] = (names[part.text] ?? 0) + 1;
    if (
      before &&
      before.word === part.word - 1 &&
      doc.words[before.word]!.sentence === doc.words[part.word]!.sentence &&
      /^\s+$/.test(doc.text.slice(before.end, part.start))
    ) {
      const pair = `${before.text} ${part.text}`;
      pairs[pair] = (pairs[pair] ?? 0) + 1;
    }
  }
  return { names, pairs };
}

/** Forms that share a deletion key with a name within two edits (symmetric-delete index). */
class NameIndex {
  /** Deletion key -> the name, or the names in order added: most keys stand for one name, and a Set per key made the index of a long article weigh 25 MB. */
  private readonly byKey = new Map<string, string | string[]>();

  add(name: string): void {
    for (const key of deletions(name, name.length >= 6 ? 2 : 1)) {
      const names = this.byKey.get(key);
      if (names === undefined) this.byKey.set(key, name);
      else if (typeof names === 'string') {
        if (names !== name) this.byKey.set(key, [names, name]);
      } else if (!names.includes(name)) names.push(name);
    }
  }

  /** Names that share one of `keys` (`lookupKeys` of a written form): those that may be within its reach; the caller measures. */
  near(keys: ReadonlySet<string>, into: Set<string>): void {
    for (const key of keys) {
      const names = this.byKey.get(key);
      if (typeof names === 'string') into.add(names);
      else if (names) for (const name of names) into.add(name);
    }
  }
}

/** The deletion keys a written form (lower-cased) is looked up by, computed once for every index. */
function lookupKeys(written: string): Set<string> {
  const keys = deletions(written, written.length >= 4 ? 2 : 1);
  for (const { form } of collapsedRepeats(written)) keys.add(form);
  return keys;
}

/** The word and every form of it with up to `depth` letters deleted. */
function deletions(word: string, depth: number): Set<string> {
  const keys = new Set([word]);
  let frontier = [word];
  for (let level = 0; level < depth; level++) {
    const next: string[] = [];
    for (const form of frontier) {
      for (let i = 0; i < form.length; i++) {
        const shorter = form.slice(0, i) + form.slice(i + 1);
        if (shorter.length > 1 && !keys.has(shorter)) {
          keys.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return keys;
}

export type NameSource = 'glossary' | 'article' | 'corpus';

/** What the sources say about one name (lower-cased key). */
export interface NameRecord {
  /** The spelling to suggest: the glossary's, else the most frequent. */
  form: string;
  inGlossary: boolean;
  /** Occurrences in this article, and in the related articles of the run. */
  inArticle: number;
  inCorpus: number;
  /** How many related articles of the run write it. */
  corpusFiles: number;
  /** Written as part of a first+last pair somewhere. */
  paired: boolean;
}

interface Tally {
  forms: Map<string, number>;
  count: number;
}

/** Counts merged by lower-cased name, keeping how each spelling was written. */
function tally(into: Map<string, Tally>, names: Record<string, number>): void {
  for (const [name, count] of Object.entries(names)) {
    const key = name.toLowerCase();
    let entry = into.get(key);
    if (!entry) into.set(key, (entry = { forms: new Map(), count: 0 }));
    entry.count += count;
    entry.forms.set(name, (entry.forms.get(name) ?? 0) + count);
  }
}

function mostWritten(entry: Tally): string {
  let best = '';
  let bestCount = -Infinity;
  for (const [form, count] of entry.forms) if (count > bestCount) [best, bestCount] = [form, count];
  return best;
}

/** First name (lower-cased) -> last names written after it. */
type PairMap = Map<string, Set<string>>;

function addPair(pairs: PairMap, pair: string): void {
  const [first, last] = pair.toLowerCase().split(' ');
  if (!first || !last) return;
  let lasts = pairs.get(first);
  if (!lasts) pairs.set(first, (lasts = new Set()));
  lasts.add(last);
}

interface Source {
  names: Map<string, Tally>;
  pairs: PairMap;
  /** Lower-cased words that are in a pair, either side. */
  paired: Set<string>;
  index: NameIndex;
}

/** A source whose names are indexed when `consistent` says they are written consistently enough to be trusted. */
function buildSource(names: Map<string, Tally>, pairList: Iterable<string>, consistent: (entry: Tally, paired: boolean) => boolean): Source {
  const pairs: PairMap = new Map();
  const paired = new Set<string>();
  for (const pair of pairList) {
    addPair(pairs, pair);
    for (const word of pair.toLowerCase().split(' ')) paired.add(word);
  }
  const index = new NameIndex();
  for (const [key, entry] of names) if (consistent(entry, paired.has(key))) index.add(key);
  return { names, pairs, paired, index };
}

/** A name written twice or more, or as part of a first+last pair, is taken as spelled on purpose. */
function writtenConsistently(entry: Tally, paired: boolean): boolean {
  return entry.count >= 2 || paired;
}

const glossarySource = memoizeByObject((glossary: Glossary): Source => {
  const names = new Map<string, Tally>();
  const pairList: string[] = [];
  for (const entity of glossary.entities) {
    for (const form of [entity.name, ...entity.aliases]) {
      const words = splitForm(form).filter(looksLikeName);
      tally(names, Object.fromEntries(words.map((w) => [w, 1])));
      for (let i = 1; i < words.length; i++) pairList.push(`${words[i - 1]} ${words[i]}`);
    }
  }
  return buildSource(names, pairList, () => true);
});

/** The run's articles as the corpus pass collected them (before any fix). */
interface RunNames {
  files: { path: string; names: ReadonlySet<string>; counts: NameCounts }[];
  /** Lower-cased name -> indices of the files that write it. */
  postings: Map<string, number[]>;
  /** Names written consistently somewhere in the run. */
  index: NameIndex;
}

/** Articles sharing fewer names than this are about something else: their spellings are no evidence. */
const MIN_SHARED_NAMES = 4;
/** ... nor when the shared names are under this share of the smaller article's names. */
const MIN_SHARED_SHARE = 0.3;

const runNames = memoizeByObject((corpus: readonly CorpusEntry<NameCounts>[]): RunNames => {
  const files = corpus.map(({ path, data }) => ({ path, names: new Set(Object.keys(data.names).map((n) => n.toLowerCase())), counts: data }));
  const postings = new Map<string, number[]>();
  files.forEach((file, i) => {
    for (const name of file.names) {
      const list = postings.get(name);
      if (list) list.push(i);
      else postings.set(name, [i]);
    }
  });
  const totals = new Map<string, Tally>();
  const pairs = new Set<string>();
  for (const { data } of corpus) {
    tally(totals, data.names);
    for (const pair of Object.keys(data.pairs)) pairs.add(pair);
  }
  return { files, postings, index: buildSource(totals, pairs, writtenConsistently).index };
});

/** The other articles of the run that share enough names with this one to be about the same story. */
function relatedFiles(run: RunNames, path: string, names: ReadonlySet<string>): number[] {
  const shared = new Map<number, number>();
  for (const name of names) for (const i of run.postings.get(name) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  return [...shared]
    .filter(([i, count]) => {
      const file = run.files[i]!;
      return file.path !== path && count >= MIN_SHARED_NAMES && count >= MIN_SHARED_SHARE * Math.min(names.size, file.names.size);
    })
    .map(([i]) => i);
}

/** All that is known about names while linting one article. */
export class NameEvidence {
  private readonly glossary: Source;
  private readonly article: Source;
  /** The related articles of the run, counted together (looked up through the run's index). */
  private readonly corpus?: Source;
  private readonly runIndex?: NameIndex;
  /** Lower-cased name -> how many related articles write it. */
  private readonly filesWriting = new Map<string, number>();

  constructor(doc: ArticleDocument, glossary: Glossary, corpus: readonly CorpusEntry<NameCounts>[]) {
    this.glossary = glossarySource(glossary);
    const counts = collectNames(doc);
    const names = new Map<string, Tally>();
    tally(names, counts.names);
    this.article = buildSource(names, Object.keys(counts.pairs), writtenConsistently);
    if (corpus.length > 1) {
      const run = runNames(corpus);
      const own = corpus.find((entry) => entry.path === doc.path)?.data ?? counts;
      const related = relatedFiles(run, doc.path, new Set(Object.keys(own.names).map((n) => n.toLowerCase())));
      const relatedNames = new Map<string, Tally>();
      const relatedPairs: string[] = [];
      for (const i of related) {
        tally(relatedNames, run.files[i]!.counts.names);
        for (const name of run.files[i]!.names) this.filesWriting.set(name, (this.filesWriting.get(name) ?? 0) + 1);
        relatedPairs.push(...Object.keys(run.files[i]!.counts.pairs));
      }
      this.corpus = buildSource(relatedNames, relatedPairs, () => false);
      this.runIndex = run.index;
    }
  }

  /** Lower-cased names near `written` (lower-cased) in any source. */
  near(written: string): Set<string> {
    const names = new Set<string>();
    const keys = lookupKeys(written);
    this.glossary.index.near(keys, names);
    this.article.index.near(keys, names);
    this.runIndex?.near(keys, names);
    names.delete(written);
    return names;
  }

  record(key: string): NameRecord | undefined {
    const inGlossary = this.glossary.names.get(key);
    const inArticle = this.article.names.get(key);
    const inCorpus = this.corpus?.names.get(key);
    if (!inGlossary && !inArticle && !inCorpus) return undefined;
    const form = mostWritten(inGlossary ?? (inArticle && inArticle.count >= (inCorpus?.count ?? 0) ? inArticle : inCorpus!));
    const paired = [this.glossary, this.article, this.corpus].some((source) => source?.paired.has(key));
    return {
      form,
      inGlossary: Boolean(inGlossary),
      inArticle: inArticle?.count ?? 0,
      inCorpus: inCorpus?.count ?? 0,
      corpusFiles: this.filesWriting.get(key) ?? 0,
      paired,
    };
  }

  /**
   * Whether the article, or a related one, writes a name (lower-cased)
   * consistently: a test that keeps only the name counts it reads, so that
   * the name indexes are released with the evidence.
   */
  attestation(): (key: string) => boolean {
    const sources = [this.article, this.corpus].flatMap((source) => (source ? [{ names: source.names, paired: source.paired }] : []));
    return (key) =>
      sources.some((source) => {
        const entry = source.names.get(key);
        return entry !== undefined && writtenConsistently(entry, source.paired.has(key));
      });
  }

  /** Whether some source writes `first last` (both lower-cased) as a pair. */
  pairedAs(first: string, last: string): boolean {
    return [this.glossary, this.article, this.corpus].some((source) => source?.pairs.get(first)?.has(last));
  }
}
