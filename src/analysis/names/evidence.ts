// Where known names come from, in order of trust: the glossary (names and
// aliases), the article itself (names it writes consistently: twice or more,
// or as a first+last pair), and the other articles of the run (the corpus
// pass: each file's `NameCounts`; only articles that share enough names with
// this one, i.e. tell the same story, count). Names are indexed by symmetric
// deletion, so a written form finds its near names without a scan.
import type { Glossary } from '../../config/glossary.js';
import { memoizeByObject } from '../../util/memo.js';
import type { ArticleDocument } from '../../parse/article.js';
import type { CorpusEntry } from '../corpus-entry.js';
import { isDictionaryWord, looksLikeName, NameShape, splitForm, wordParts } from './lexicon.js';
import { collapsedRepeats } from './similarity.js';
import { mapped } from '../../util/arrays.js';
import { FNV_OFFSET, fnv1a, fnvStep } from '../../util/fnv.js';
import { HashIndex, grown } from '../../util/hash-index.js';
import { PrefixList } from '../../util/prefix-list.js';

/**
 * What one article says about names: how often it writes each, and which it
 * writes as first+last pairs. One string, as a corpus run holds one per
 * record for the whole run: the names as written, in the order first
 * written, one a line, each followed by a space and its count when written
 * more than once (most are written once); then, when there are pairs, an
 * empty line and the `First Last` pairs as written, each once, in the order
 * first written, one a line; then, when the article writes name compounds
 * (`Pitt-street`), another empty line and the common words that end them,
 * lower-cased, each with its count as the names.
 */
export type NameCounts = string;

/** A name is a word, and a pair two: neither holds a line break. */
const SEPARATOR = '\n';
/** Between the names, the pairs and the compounds' words: an empty line (no name is empty). */
const SECTIONS = '\n\n';

/** The names of a NameCounts, in the order first written, and how often each is written. */
export function namesOf(counts: NameCounts): { names: string[]; counts: number[] } {
  return counted(section(counts, 0));
}

/** The first+last pairs of a NameCounts, in the order first written. */
export function pairsOf(counts: NameCounts): string[] {
  return lines(section(counts, 1));
}

/** The common words that end the name compounds of a NameCounts (`street` of `Pitt-street`), and how often each does. */
export function compoundEndingsOf(counts: NameCounts): { names: string[]; counts: number[] } {
  return counted(section(counts, 2));
}

function section(counts: NameCounts, k: number): string {
  return counts.split(SECTIONS)[k] ?? '';
}

/** Lines of `word` or `word count`: the words and their counts (1 when not written). */
function counted(joined: string): { names: string[]; counts: number[] } {
  const names = lines(joined);
  const written = names.map((line, i) => {
    const space = line.indexOf(' ');
    if (space < 0) return 1;
    names[i] = line.slice(0, space);
    return Number(line.slice(space + 1));
  });
  return { names, counts: written };
}

function lines(joined: string): string[] {
  return joined === '' ? [] : joined.split(SEPARATOR);
}

/**
 * Count the article's names: capitalised words that are not common English
 * words (`Chicago` counts, a title-case `Forge` does not), and adjacent
 * pairs of them inside a sentence (`Fumio Kishida`).
 */
export const collectNames = memoizeByObject(countNames);

function countNames(doc: ArticleDocument): NameCounts {
  // Maps while counting, one string for the run (a record would make every name a property key, interned).
  const names = new Map<string, number>();
  const pairs = new Set<string>();
  const parts = wordParts(doc);
  // The part before, when it is a name: two names in a row make a pair.
  let previousName = -1;
  for (let i = 0; i < parts.length; i++) {
    const before = previousName;
    previousName = -1;
    if (parts.nameShapes[i] !== NameShape.name) continue;
    const text = parts.text(i);
    previousName = i;
    names.set(text, (names.get(text) ?? 0) + 1);
    if (parts.areAdjacentNames(doc, before, i)) pairs.add(`${parts.text(before)} ${text}`);
  }
  const endings = compoundEndings(doc);
  const sections = [countLines(names), [...pairs].join(SEPARATOR), countLines(endings)];
  while (sections.length > 1 && sections[sections.length - 1] === '') sections.pop();
  return sections.join(SECTIONS);
}

function countLines(counts: ReadonlyMap<string, number>): string {
  return [...counts].map(([name, count]) => (count === 1 ? name : `${name} ${count}`)).join(SEPARATOR);
}

/** Lower-cased common words that end the article's name compounds (`Pitt-street` -> street) -> how many compounds end so. */
export function compoundEndings(doc: ArticleDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of doc.text.matchAll(/\p{Lu}\p{Ll}+[-\u2010\u2011](\p{L}+)(?![\p{L}-])/gu)) {
    const word = match[1]!.toLowerCase();
    if (isDictionaryWord(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * Names by their deletion forms (symmetric-delete index): a written form
 * finds the names it shares a form with, those within two edits, without
 * a scan. Forms are read in place (a word and the positions cut out of it)
 * and hashed, so that neither building nor looking up makes a string per
 * form: a run's index holds some 100,000 forms, and every candidate of
 * every article looks up dozens. The entries live in typed arrays, found by
 * their forms' hashes in a HashIndex: no Map entry or array per form.
 */
class NameIndex {
  private readonly names: string[] = [];
  private readonly known = new Set<string>();
  /** Per name: the last look-up that found it (`lookups`), so that a look-up reports each name once without a Set. */
  private readonly lastFound: number[] = [];
  private lookups = 0;
  /** Entries by their form's hash; per entry, the name (index into `names`) and its form's cut positions (`packCuts`). */
  private readonly index = new HashIndex(INITIAL_ENTRIES);
  /** Assigned in the constructor, not where declared, as they grow (see HashIndex's `nextEntries`). */
  private entryNames: Int32Array;
  private entryCuts: Int32Array;

  constructor() {
    this.entryNames = new Int32Array(INITIAL_ENTRIES);
    this.entryCuts = new Int32Array(INITIAL_ENTRIES);
  }

  add(name: string): void {
    const id = this.names.length;
    this.names.push(name);
    this.lastFound.push(0);
    this.known.add(name);
    const forms = new DeletionForms(name, name.length >= 6 ? 2 : 1, []);
    for (let form = 0; form < forms.length; form++) this.push(id, forms.cuts[form]!, forms.hashes[form]!);
  }

  has(name: string): boolean {
    return this.known.has(name);
  }

  /**
   * Names that share one of the `written` forms: those that may be within
   * its reach; the caller measures. Each name comes once, in the order of
   * the first form it shares, then the order added; `found` is also told
   * that form's position in `written`.
   */
  near(written: DeletionForms, found: (name: string, form: number) => void): void {
    const { index } = this;
    if (index.size === 0) return;
    const lookup = ++this.lookups;
    for (let form = 0; form < written.length; form++) {
      const word = written.wordOf(form);
      const cuts = written.cuts[form]!;
      for (let entry = index.first(written.hashes[form]!); entry !== -1; entry = index.next(entry)) {
        const id = this.entryNames[entry]!;
        if (this.lastFound[id] === lookup) continue;
        const name = this.names[id]!;
        const nameCuts = this.entryCuts[entry]!;
        if (!sameForm(word, cutFirst(cuts), cutSecond(cuts), name, cutFirst(nameCuts), cutSecond(nameCuts))) continue;
        this.lastFound[id] = lookup;
        found(name, form);
      }
    }
  }

  private push(name: number, cuts: number, hash: number): void {
    const entry = this.index.add(hash);
    if (entry === this.entryNames.length) {
      this.entryNames = grown(this.entryNames);
      this.entryCuts = grown(this.entryCuts);
    }
    this.entryNames[entry] = name;
    this.entryCuts[entry] = cuts;
  }
}

/** Entries a new index has room for before it grows. */
const INITIAL_ENTRIES = 1024;

/**
 * A word and every form of it with up to `depth` letters deleted, none
 * shorter than two letters (one deletion before two, each pair of
 * positions once; forms that read alike, `aab` less either `a`, come once
 * per cut), then each of `whole` as it is: cut positions and hashes,
 * computed once per written form and looked up in every index.
 */
class DeletionForms {
  readonly length: number;
  /** Per form: its cut positions (`packCuts`) and the hash of what it reads (FNV-1a). */
  readonly cuts: Int32Array;
  readonly hashes: Int32Array;
  /** Forms from this one on are the `whole` words. */
  private readonly firstWhole: number;

  constructor(
    private readonly word: string,
    depth: 1 | 2,
    private readonly whole: readonly string[],
  ) {
    const n = word.length;
    const singles = n <= 2 ? 0 : n;
    const pairs = depth === 1 || n <= 3 ? 0 : (n * (n - 1)) / 2;
    this.firstWhole = 1 + singles + pairs;
    this.length = this.firstWhole + whole.length;
    this.cuts = new Int32Array(this.length);
    this.hashes = new Int32Array(this.length);
    // FNV-1a state after each prefix of the word: a form's hash goes on from the prefix before its first cut.
    const prefix = new Int32Array(n + 1);
    prefix[0] = FNV_START;
    for (let i = 0; i < n; i++) prefix[i + 1] = fnvStep(prefix[i]!, word.charCodeAt(i));
    let form = 0;
    const add = (first: number, second: number, hash: number) => {
      this.cuts[form] = packCuts(first, second);
      this.hashes[form++] = hash;
    };
    add(-1, -1, prefix[n]!);
    for (let first = 0; first < singles; first++) add(first, -1, fnvFrom(prefix[first]!, word, first + 1));
    if (pairs > 0) {
      for (let first = 0; first < n; first++) {
        // The state after the letters between the two cuts, grown one letter per second cut.
        let between = prefix[first]!;
        for (let second = first + 1; second < n; second++) {
          add(first, second, fnvFrom(between, word, second + 1));
          between = fnvStep(between, word.charCodeAt(second));
        }
      }
    }
    for (const other of whole) add(-1, -1, fnv1a(other) | 0);
  }

  /** The word form `form` cuts letters from. */
  wordOf(form: number): string {
    return form < this.firstWhole ? this.word : this.whole[form - this.firstWhole]!;
  }
}

/** FNV-1a's start, as an int32 (what the index's Int32Arrays hold). */
const FNV_START = FNV_OFFSET | 0;

/** The FNV-1a state `hash` carried over the word from `start` on. */
function fnvFrom(hash: number, word: string, start: number): number {
  for (let i = start; i < word.length; i++) hash = fnvStep(hash, word.charCodeAt(i));
  return hash;
}

/** Whether two words, each less the letters at its cut positions, read the same. */
function sameForm(a: string, aFirst: number, aSecond: number, b: string, bFirst: number, bSecond: number): boolean {
  const cutsA = (aFirst >= 0 ? 1 : 0) + (aSecond >= 0 ? 1 : 0);
  const cutsB = (bFirst >= 0 ? 1 : 0) + (bSecond >= 0 ? 1 : 0);
  if (a.length - cutsA !== b.length - cutsB) return false;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    if (i === aFirst || i === aSecond) continue;
    while (j === bFirst || j === bSecond) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    j++;
  }
  return true;
}

/** Two cut positions (-1 up to 65534) in one integer. */
function packCuts(first: number, second: number): number {
  return ((first + 1) << 16) | (second + 1);
}

function cutFirst(cuts: number): number {
  return (cuts >>> 16) - 1;
}

function cutSecond(cuts: number): number {
  return (cuts & 0xffff) - 1;
}

export type NameSource = 'glossary' | 'article' | 'corpus' | 'dictionary' | 'world';

/** Whether a name comes from a list of names alone (dictionary-en's, the world's): no glossary, article or run writes it. */
export function isListSource(source: NameSource): boolean {
  return source === 'dictionary' || source === 'world';
}

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
  count: number;
  /** The spelling first written. */
  form: string;
  /** Every spelling and its count, once a second one is written (most names have one: no Map for them). */
  forms?: Map<string, number>;
}

/** Counts merged by lower-cased name, keeping how each spelling was written: `names[i]` written `counts[i]` times. */
function tally(into: Map<string, Tally>, names: readonly string[], counts: readonly number[]): void {
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const count = counts[i]!;
    const key = name.toLowerCase();
    const entry = into.get(key);
    if (!entry) into.set(key, { count, form: name });
    else {
      if (entry.forms) entry.forms.set(name, (entry.forms.get(name) ?? 0) + count);
      else if (name !== entry.form) entry.forms = new Map([[entry.form, entry.count], [name, count]]);
      entry.count += count;
    }
  }
}

function mostWritten(entry: Tally): string {
  if (!entry.forms) return entry.form;
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
}

function buildSource(names: Map<string, Tally>, pairList: Iterable<string>): Source {
  const pairs: PairMap = new Map();
  const paired = new Set<string>();
  for (const pair of pairList) {
    addPair(pairs, pair);
    for (const word of pair.toLowerCase().split(' ')) paired.add(word);
  }
  return { names, pairs, paired };
}

/** A name written twice or more, or as part of a first+last pair, is taken as spelled on purpose. */
function writtenConsistently(source: Source, key: string): boolean {
  const entry = source.names.get(key);
  return entry !== undefined && (entry.count >= 2 || source.paired.has(key));
}

/** The source's names (lower-cased) that it writes consistently, in the order first written. */
function consistentNames(source: Source): string[] {
  return [...source.names.keys()].filter((key) => writtenConsistently(source, key));
}

function indexOf(names: Iterable<string>): NameIndex {
  const index = new NameIndex();
  for (const name of names) index.add(name);
  return index;
}

const glossarySource = memoizeByObject((glossary: Glossary): { source: Source; index: NameIndex } => {
  const names = new Map<string, Tally>();
  const pairList: string[] = [];
  for (const entity of glossary.entities) {
    for (const form of [entity.name, ...entity.aliases]) {
      const words = splitForm(form).filter(looksLikeName);
      const distinct = [...new Set(words)];
      tally(names, distinct, distinct.map(() => 1));
      for (let i = 1; i < words.length; i++) pairList.push(`${words[i - 1]} ${words[i]}`);
    }
  }
  return { source: buildSource(names, pairList), index: indexOf(names.keys()) };
});

/** The run's articles as the corpus pass collected them (before any fix): each file's counts are its entry's in the corpus list. */
interface RunNames {
  corpus: readonly CorpusEntry<NameCounts>[];
  /** How many names (lower-cased) each file writes; its names are read from its counts when asked (lowerCasedNames), not held for the run. */
  nameCounts: Int32Array;
  /**
   * Per file, the names it shares with the article being read (relatedFiles),
   * zero between articles: one array for the run, as one per article, the
   * size of the run, made garbage off the heap in proportion to the run.
   */
  shared: Int32Array;
  /** Set while `shared` is in use: a time limit that stopped a look-up half way left it to be cleared whole. */
  sharedInUse: boolean;
  /** Lower-cased name -> indices of the files that write it. */
  postings: Map<string, number[]>;
  /** Names written consistently somewhere in the run. */
  index: NameIndex;
  /** Lower-cased name -> how often the whole run writes it. */
  totals: Map<string, Tally>;
  /** Common word -> how many name compounds of the whole run end in it (`compoundEndings`). */
  compoundEndings: Map<string, number>;
}

function lowerCasedNames(counts: NameCounts): Set<string> {
  return new Set(mapped(namesOf(counts).names, (name) => name.toLowerCase()));
}

/** Articles sharing fewer names than this are about something else: their spellings are no evidence. */
const MIN_SHARED_NAMES = 4;
/** ... nor when the shared names are under this share of the smaller article's names. */
const MIN_SHARED_SHARE = 0.3;

const runNames = memoizeByObject((corpus: readonly CorpusEntry<NameCounts>[]): RunNames => {
  const postings = new Map<string, number[]>();
  const nameCounts = new Int32Array(corpus.length);
  corpus.forEach(({ data }, i) => {
    const names = lowerCasedNames(data);
    nameCounts[i] = names.size;
    for (const name of names) {
      const list = postings.get(name);
      if (list) list.push(i);
      else postings.set(name, [i]);
    }
  });
  const totals = new Map<string, Tally>();
  const pairs = new Set<string>();
  const compoundEndings = new Map<string, number>();
  for (const { data } of corpus) {
    const written = namesOf(data);
    tally(totals, written.names, written.counts);
    for (const pair of pairsOf(data)) pairs.add(pair);
    const endings = compoundEndingsOf(data);
    endings.names.forEach((word, i) => compoundEndings.set(word, (compoundEndings.get(word) ?? 0) + endings.counts[i]!));
  }
  return { corpus, nameCounts, shared: new Int32Array(corpus.length), sharedInUse: false, postings, index: indexOf(consistentNames(buildSource(totals, pairs))), totals, compoundEndings };
});

/** The names of a tally written twice or more, for pruning searches over them. */
const repeatedNameStarts = memoizeByObject((totals: Map<string, Tally>) => PrefixList.of([...totals].filter(([, entry]) => entry.count >= 2).map(([name]) => name)));

/** The other articles of the run that share enough names with this one to be about the same story, in the order first met. */
function relatedFiles(run: RunNames, path: string, names: ReadonlySet<string>): number[] {
  // Names shared with each file, counted in an array: every name's postings are read.
  const { shared } = run;
  if (run.sharedInUse) shared.fill(0);
  run.sharedInUse = true;
  const met: number[] = [];
  for (const name of names) {
    for (const i of run.postings.get(name) ?? []) if (shared[i]!++ === 0) met.push(i);
  }
  const related = met.filter((i) => {
    const count = shared[i]!;
    return run.corpus[i]!.path !== path && count >= MIN_SHARED_NAMES && count >= MIN_SHARED_SHARE * Math.min(names.size, run.nameCounts[i]!);
  });
  for (const i of met) shared[i] = 0;
  run.sharedInUse = false;
  return related;
}

/** All that is known about names while linting one article. */
export class NameEvidence {
  private readonly glossary: Source;
  private readonly glossaryIndex: NameIndex;
  private readonly article: Source;
  /** The related articles of the run, counted together (looked up through the run's index). */
  private readonly corpus?: Source;
  private readonly runIndex?: NameIndex;
  private readonly runTotals?: Map<string, Tally>;
  /** Common words that end the name compounds of the run (of the article alone without a run) -> how many do. */
  private readonly compoundEndings: ReadonlyMap<string, number>;
  /**
   * The article's consistent names -> their order in it, when the run's index
   * holds them all (the run's corpus pass read this very text): they are
   * found through it, and no index of the article's own is built.
   */
  private readonly articleOrder?: Map<string, number>;
  /** Else the article's own index of them (one article alone, a --fix pass), built by the first look-up: spelling's attestation asks none. */
  private articleIndex?: NameIndex;
  private readonly articleNames: string[];
  /** Lower-cased name -> how many related articles write it. */
  private readonly filesWriting = new Map<string, number>();

  /** `corpusPlaces`: each path's first place in `corpus` (the run's index, Corpus.places). */
  constructor(doc: ArticleDocument, glossary: Glossary, corpus: readonly CorpusEntry<NameCounts>[], corpusPlaces: ReadonlyMap<string, number>) {
    ({ source: this.glossary, index: this.glossaryIndex } = glossarySource(glossary));
    const counts = collectNames(doc);
    const names = new Map<string, Tally>();
    const written = namesOf(counts);
    tally(names, written.names, written.counts);
    this.article = buildSource(names, pairsOf(counts));
    const articleNames = (this.articleNames = consistentNames(this.article));
    const endings = compoundEndingsOf(counts);
    this.compoundEndings = new Map(endings.names.map((word, i) => [word, endings.counts[i]!]));
    if (corpus.length > 1) {
      const run = runNames(corpus);
      const ownFile = corpusPlaces.get(doc.path);
      const own = lowerCasedNames(ownFile === undefined ? counts : corpus[ownFile]!.data);
      const related = relatedFiles(run, doc.path, own);
      const relatedNames = new Map<string, Tally>();
      const relatedPairs: string[] = [];
      for (const i of related) {
        const theirs = corpus[i]!.data;
        const theirWritten = namesOf(theirs);
        tally(relatedNames, theirWritten.names, theirWritten.counts);
        for (const name of lowerCasedNames(theirs)) this.filesWriting.set(name, (this.filesWriting.get(name) ?? 0) + 1);
        relatedPairs.push(...pairsOf(theirs));
      }
      this.corpus = buildSource(relatedNames, relatedPairs);
      this.runIndex = run.index;
      this.runTotals = run.totals;
      this.compoundEndings = run.compoundEndings;
      if (articleNames.every((name) => run.index.has(name))) this.articleOrder = new Map(articleNames.map((name, order) => [name, order]));
    }
  }

  /** Lower-cased names near `written` (lower-cased) in any source: the glossary's first, then the article's, then the run's. */
  near(written: string): Set<string> {
    const names = new Set<string>();
    const add = (name: string) => names.add(name);
    const forms = new DeletionForms(written, written.length >= 4 ? 2 : 1, mapped(collapsedRepeats(written), ({ form }) => form));
    this.glossaryIndex.near(forms, add);
    const articleOrder = this.articleOrder;
    if (articleOrder) {
      // The article's names in the order its own index would give: by the first form shared, then as first written.
      const ofArticle: { name: string; form: number; order: number }[] = [];
      const ofRun: string[] = [];
      this.runIndex!.near(forms, (name, form) => {
        const order = articleOrder.get(name);
        if (order === undefined) ofRun.push(name);
        else ofArticle.push({ name, form, order });
      });
      ofArticle.sort((a, b) => a.form - b.form || a.order - b.order);
      for (const { name } of ofArticle) names.add(name);
      for (const name of ofRun) names.add(name);
    } else {
      (this.articleIndex ??= indexOf(this.articleNames)).near(forms, add);
      this.runIndex?.near(forms, add);
    }
    names.delete(written);
    return names;
  }

  /**
   * How often the whole run writes a name (lower-cased), every article
   * counted, related or not, and its most written spelling: the run's own
   * gazetteer, for reading OCR damage without a glossary. One article alone
   * counts itself.
   */
  runCount(key: string): { count: number; form: string } | undefined {
    const entry = this.runTotals ? this.runTotals.get(key) : this.article.names.get(key);
    return entry && { count: entry.count, form: mostWritten(entry) };
  }

  /** How many name compounds of the run (every article counted, related or not; the article alone without a run) end in the common word (`street` of `Pitt-street`). */
  compoundEndingCount(word: string): number {
    return this.compoundEndings.get(word) ?? 0;
  }

  /** What `runCount` and `mayStartRunName` answer from (the run's name counts, or the article's alone): answers that ask nothing else may be kept for it. */
  runKey(): object {
    return this.runTotals ?? this.article.names;
  }

  /** Whether some name the run writes twice or more (`runCount`) may start with the lower-case prefix. */
  mayStartRunName(prefix: string): boolean {
    return repeatedNameStarts(this.runTotals ?? this.article.names).startsAny(prefix);
  }

  /** The glossary's name words (lower-cased): few enough to measure each against a written form. */
  glossaryNames(): Iterable<string> {
    return this.glossary.names.keys();
  }

  /** The article's names that it writes consistently (lower-cased): few enough to measure each. */
  consistentArticleNames(): readonly string[] {
    return this.articleNames;
  }

  /** How many name words the glossary holds. */
  get glossarySize(): number {
    return this.glossary.names.size;
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
    const sources = this.corpus ? [this.article, this.corpus] : [this.article];
    return (key) => sources.some((source) => writtenConsistently(source, key));
  }

  /** Whether some source writes the name (lower-cased) in a pair, as its `first` or its `last` part. */
  hasPartner(name: string, role: 'first' | 'last'): boolean {
    const sources = [this.glossary, this.article, this.corpus];
    if (role === 'first') return sources.some((source) => (source?.pairs.get(name)?.size ?? 0) > 0);
    return sources.some((source) => source !== undefined && [...source.pairs.values()].some((lasts) => lasts.has(name)));
  }

  /** Whether some source writes `first last` (both lower-cased) as a pair. */
  pairedAs(first: string, last: string): boolean {
    return [this.glossary, this.article, this.corpus].some((source) => source?.pairs.get(first)?.has(last));
  }
}
