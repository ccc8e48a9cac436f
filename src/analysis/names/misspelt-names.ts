// Finding corrupted names: the analysis behind `name-spelling`, shared with
// `spelling` (which must stay silent on what `name-spelling` reports). A
// candidate is a capitalised word that no source knows; it is a corrupted
// name when a corruption kind links it to a known name and the evidence for
// that name outweighs the evidence for the written form.
import type { Glossary } from '../../config/glossary.js';
import type { ArticleDocument } from '../../parse/article.js';
import type { CorpusEntry } from '../corpus-entry.js';
import { isListSource, NameEvidence, type NameCounts, type NameRecord, type NameSource } from './evidence.js';
import { foreignQuotedWords, isCalendarName, isDictionaryName, isHonorific, LONG_HONORIFICS, isDictionaryWord, isWorldName, mayStartDictionaryName, mayStartDictionaryWord, mayStartWorldName, looksDamaged, otherLanguageWords, knownWordTest, NameShape, splitForm, wordParts, type WordPart, type WordParts } from './lexicon.js';
import { channelCost, channelVariants } from './channel.js';
import { readHyphenated } from './hyphenated.js';
import { readAsName } from './plausibility.js';
import { GAZETTEER_MIN_SCORE, GAZETTEER_WEIGHTS } from './gazetteer-weights.js';
import { corruptionOf, editDistance, isDerivedForm, isSubsequence, ONE_WAY_KINDS, TELLING_KINDS, type Corruption, type CorruptionKind } from './similarity.js';
import { withoutAccents } from '../text.js';
import { memoizeByObject } from '../../util/memo.js';
import { memoizeFormTest } from '../../util/form-memo.js';

export interface NameFinding {
  start: number;
  end: number;
  written: string;
  /** Right forms, best first; more than one when known names compete. */
  expected: string[];
  kind: CorruptionKind | 'glossary-misspelling';
  source: NameSource;
  /** Whether the correction is certain enough for --fix: one clear glossary name, a cheap or typical corruption. */
  certain: boolean;
}

export interface NameCheck {
  doc: ArticleDocument;
  glossary: Glossary;
  knownWords: ReadonlySet<string>;
  corpus: readonly CorpusEntry<NameCounts>[];
  /** Each path's first place in `corpus` (the run's index, Corpus.places). */
  corpusPlaces: ReadonlyMap<string, number>;
  /** Where to collect every form the gazetteer reading weighs, scored or not (scripts/train-name-gazetteer.mjs). */
  readings?: GazetteerReading[];
}

/** Costs this close to the best count as a tie: both names are suggested. */
const TIE = 0.05;
/** A first name written with a known last name (or the reverse) makes that name the likelier one. */
const PAIR_BONUS = 0.3;
/**
 * What a damaged form may cost the channel to be read as a glossary name:
 * a quarter of an edit per letter (a long name survives more damage than a
 * short one), at most CHANNEL_BUDGET_MAX. Chosen on one half of the OCR
 * set's articles and checked on the other (docs/benchmarks.md).
 */
const CHANNEL_BUDGET_PER_LETTER = 0.25;
const CHANNEL_BUDGET_MAX = 2.5;
/**
 * Beyond the budget, a form of LONE_READING_MIN_LENGTH letters or more is
 * still read as a glossary name within LONE_READING_PER_LETTER an edit per
 * letter (at most LONE_READING_MAX) when no other glossary name is within
 * LONE_READING_MARGIN of it, and the article never writes that name
 * right (`Frrricilck`, Frederick).
 */
const LONE_READING_MIN_LENGTH = 6;
const LONE_READING_PER_LETTER = 0.35;
const LONE_READING_MAX = 3.5;
const LONE_READING_MARGIN = 0.5;
/** A channel link this cheap, with no rival within CERTAIN_MARGIN, is certain enough for --fix. */
const CERTAIN_CHANNEL_COST = 0.6;
/**
 * A common word capitalised inside a sentence is an unlikely reading of a
 * damaged capitalised form: reading it so costs this much more than at a
 * sentence's start.
 */
const CAPITALISED_WORD_PENALTY = 0.4;
/** Forms of this many letters or fewer are read with less trust: the channel reaches many names and words from them (`Edn`, `Bcn`). */
const SHORT_FORM = 3;
/** The glossary names the article's people and places: another of the dictionary's names must be read this much more cheaply to be the likelier reading. */
const GLOSSARY_PRIOR = 0.3;
/** A damaged form read as a glossary name for at most this much per letter (and of 4 letters or more) is read well enough for the penalty to count. */
const WELL_READ_PER_LETTER = 0.15;

function readsWell(cost: number, written: string): boolean {
  return written.length >= 4 && cost <= WELL_READ_PER_LETTER * written.length;
}

/** A form the article repeats without ever writing the glossary's name is still read as that name when the channel reads it this cheaply (OCR misreads a name the same way twice). */
const REPEATED_DAMAGE_COST = 0.6;
/** A glossary name the article also writes right is likelier: its budget grows by this much. */
const WRITTEN_RIGHT_BONUS = 0.3;
const CERTAIN_MARGIN = 0.5;
/**
 * The share of an article's lower-case words that no word list knows above
 * which its text is taken for OCR output (clean articles: under 1 in 100;
 * OCR'd newspapers: 1 in 10 typically). Only then is a name read through
 * the OCR channel: in clean text, `Longwood` is no misreading of Kingwood.
 */
const OCR_NOISE = 0.01;
/** Reading a form as a name of the run or the dictionary, with no glossary to narrow them, asks for plainer OCR damage: 3 in 100 words (transcriptions near 1 in 100 keep their own slips and rare names). */
const GAZETTEER_OCR_NOISE = 0.03;
/** Lower-case words read to estimate the noise: enough to tell, few enough to be cheap. */
const NOISE_SAMPLE = 2000;

/**
 * Without a glossary, in OCR text, a rare form is read as a name of the run
 * or of the dictionary that the channel reaches within this budget per
 * letter (at most GAZETTEER_BUDGET_MAX), from forms of GAZETTEER_MIN_LENGTH
 * letters or more.
 */
const GAZETTEER_BUDGET_PER_LETTER = 0.3;
/** Beyond 1.5 edits, as many readings were rare names as damage (`Yabsley` read as Wasley). */
const GAZETTEER_BUDGET_MAX = 1.5;
const GAZETTEER_MIN_LENGTH = 4;
/** The walk to the lists' names stacks any number of edits this cheap (OCR's commonest misreadings, `n` for `a`, `l` for `i`), two dearer ones at most, in a name-shaped form. */
const GAZETTEER_FREE_EDIT = 0.3;
/** A name of the run that dictionary-en lacks is suggested only when the run writes it this many times as often as the form (and twice or more): never a rarer form. */
const GAZETTEER_RUN_RATIO = 3;
/** Candidates are ranked by channel cost, less this much per doubling of how often the run writes them. */
const GAZETTEER_COUNT_WEIGHT = 0.1;
/** Rival margins beyond this are all alike: no close rival. */
const GAZETTEER_MARGIN_CAP = 1;
/**
 * What the gazetteer reading weighs to tell damage from a rare name of its
 * own: a logistic score, each weight (GAZETTEER_WEIGHTS) times its feature
 * plus a bias, flagged when the sum reaches GAZETTEER_MIN_SCORE. The weights
 * and threshold are written by scripts/train-name-gazetteer.mjs, fitted on
 * one half of the OCR set's articles (by a hash of the file name) and
 * checked on the other (rules/name-spelling/README.md).
 */
export interface GazetteerFeatures {
  /** The channel cost per letter of the form: cheap damage is likelier. */
  costPerLetter: number;
  /** How much better the name model reads the candidate than the form, per letter (log2), times the form's letters and end. */
  plausibilityGain: number;
  /** ln(1 + how often the run writes the candidate). */
  candidateCount: number;
  /** 1 when the form looks like no name (`looksDamaged`), else 0. */
  looksDamaged: number;
  /** ln(1 + how often the run writes the form). */
  writtenCount: number;
  /** log2 of the form's least likely letter after the three before it. */
  worstStep: number;
  /** The share of the article's lower-case words that are no word: the more damaged the text, the likelier a rare form is damage too. */
  ocrNoise: number;
  /** 1 when the candidate is a name of dictionary-en or of the world's lists, 0 when only the run writes it. */
  dictionaryName: number;
  /** How much worse the next candidate ranks (at most GAZETTEER_MARGIN_CAP): a form several names reach as well is less surely any of them. */
  rivalMargin: number;
  /** The form's letters: at the same cost per letter, a long rare form is likelier damage than a short one, which many names are near. */
  letters: number;
  /** How many letters the candidate has more or fewer than the form: OCR mostly misreads a letter as another, so a reading that adds or cuts letters is likelier another name. */
  lengthChange: number;
}

/** One form the gazetteer reading weighed: what the training script fits the weights on. */
export interface GazetteerReading {
  written: string;
  /** The best name of the gazetteer for it, and what the channel charges. */
  name: string;
  cost: number;
  /** The cheapest common word the channel reads it as, if any within reach: such a word may win. */
  rivalWord?: number;
  features: GazetteerFeatures;
  score: number;
}

export function gazetteerScore(features: GazetteerFeatures): number {
  let score = GAZETTEER_WEIGHTS.bias;
  for (const key of Object.keys(features) as (keyof GazetteerFeatures)[]) score += GAZETTEER_WEIGHTS[key] * features[key];
  return score;
}

/** Glossaries with more name words than this are searched through their index alone: measuring each would be slow. */
const MAX_GLOSSARY_SCAN = 5000;

/** A known name a written form is read as. A class, so that every option has one shape: `analyse` reads them hot. */
class Option {
  constructor(
    readonly form: string,
    readonly cost: number,
    readonly kind: CorruptionKind,
    readonly source: NameSource,
    readonly count: number,
    /** A corruption of a telling kind or a cheap OCR confusion: the fix may be applied. */
    readonly typical: boolean,
  ) {}
}

export interface NameAnalysis {
  findings: NameFinding[];
  /** Indices into `doc.words` of quoted foreign text (`foreignQuotedWords`) and of paragraphs in another language (`otherLanguageWords`), which no spell check reports. */
  foreign: ReadonlySet<number>;
  /** Whether a name is spelled this way on purpose: written consistently in this article or in related ones. */
  isAttested(name: string): boolean;
}

/**
 * The article's corrupted names. Not kept here: name-spelling and spelling
 * both ask, through `context.analysis.names()` (analysis/context.ts), which
 * keeps the answer for one article in one lint run, the glossary, words and
 * name evidence it was computed from.
 */
export function analyseNames(check: NameCheck): NameAnalysis {
  return analyse(check.doc, check);
}

/**
 * Whether the sentence of a written form also writes the name (a whole
 * word, as spelled), apart from it: in clean text a writer who puts both
 * spellings in one sentence means both (`the spelling is Tuva, not Tyva`;
 * `Zelenskyy, or Zelenskiy`). Right beside it the name is doubled and one
 * copy damaged (`Bella Bellu` for the place Bella Bella). OCR damage has no
 * such reason, and OCR text is not asked; nor is a glossary's name, which
 * the user gave as the one spelling (`playing Beethove in Bonn, where
 * Beethoven was born`).
 */
function sentenceWritesApart(doc: ArticleDocument, part: { word: number; start: number; end: number }, name: string): boolean {
  const sentence = doc.sentences[doc.wordTable.sentence(part.word)];
  if (!sentence) return false;
  const isLetter = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  for (let at = sentence.text.indexOf(name); at >= 0; at = sentence.text.indexOf(name, at + 1)) {
    const start = sentence.start + at;
    const end = start + name.length;
    if (isLetter(sentence.text[at - 1]) || isLetter(sentence.text[at + name.length])) continue;
    const between = end <= part.start ? doc.text.slice(end, part.start) : doc.text.slice(part.end, start);
    if (/\S/u.test(between)) return true;
  }
  return false;
}

function analyse(doc: ArticleDocument, { glossary, knownWords, corpus, corpusPlaces, readings }: NameCheck): NameAnalysis {
  const known = knownWordTest(glossary)(knownWords);
  const foreign = foreignQuotedWords(doc, known);
  for (const i of otherLanguageWords(doc, known)) foreign.add(i);
  // Gathered on the first candidate: some articles have none.
  let evidence: NameEvidence | undefined;
  let resolver: Resolver | undefined;
  let noise: number | undefined;
  const noiseOf = () => (noise ??= ocrNoise(doc, known, foreign));
  const parts = wordParts(doc);
  const findings: NameFinding[] = [];
  const checksMisspellings = glossary.byMisspelling.size > 0;
  for (let i = 0; i < parts.length; i++) {
    // A common word is known: only the other name-shaped parts are asked.
    const candidate = parts.nameShapes[i] === NameShape.name && !known(parts.text(i)) && !foreign.has(parts.word(i)) && isLatin(parts.text(i)) && !readsAsTitle(parts.text(i).toLowerCase());
    // Most parts are no candidate: no part object is made for them, nor their neighbours looked at.
    if (!candidate && !checksMisspellings) continue;
    const part = parts.at(i);
    const previous = parts.areAdjacentNames(doc, i - 1, i) ? parts.at(i - 1) : undefined;
    const misspelling = checksMisspellings ? glossaryMisspelling(glossary, doc, part, previous) : undefined;
    if (misspelling) {
      findings.push(misspelling);
      continue;
    }
    if (!candidate) continue;
    const next = parts.areAdjacentNames(doc, i, i + 1) ? parts.at(i + 1) : undefined;
    evidence ??= new NameEvidence(doc, glossary, corpus, corpusPlaces);
    resolver ??= new Resolver(evidence, known, noiseOf(), readings);
    const options = resolver.resolve(part.text, { first: previous?.text.toLowerCase(), last: next?.text.toLowerCase(), sentenceStart: doc.wordTable.sentenceStart(part.word) });
    if (options.length === 0) continue;
    if (isAbbreviation(doc, parts, i, options[0]!.form)) continue;
    if (options[0]!.source !== 'glossary' && noiseOf() <= OCR_NOISE && sentenceWritesApart(doc, part, options[0]!.form)) continue;
    findings.push({
      start: part.start,
      end: part.end,
      written: part.text,
      expected: options.map((o) => o.form),
      kind: options[0]!.kind,
      source: options[0]!.source,
      // Only the glossary's spelling is rewritten by --fix: a spelling the article or the run writes more often can itself be the damage (an OCR error repeated) or another person's name.
      certain: options.length === 1 && options[0]!.typical && options[0]!.source === 'glossary',
    });
  }
  if (noiseOf() > OCR_NOISE) readWholeHyphenated(doc, glossary, known, (evidence ??= new NameEvidence(doc, glossary, corpus, corpusPlaces)), findings);
  // Without a candidate, only spelling may ask (about a word it does not know): the evidence is gathered then. No closure holds the evidence itself.
  let isAttested = evidence?.attestation();
  return { findings, foreign, isAttested: (name) => (isAttested ??= new NameEvidence(doc, glossary, corpus, corpusPlaces).attestation())(name.toLowerCase()) };
}

/**
 * In OCR text, a hyphenated token is also read whole (hyphenated.ts): a
 * reading replaces the findings on its parts with one on the token.
 */
function readWholeHyphenated(doc: ArticleDocument, glossary: Glossary, known: (text: string) => boolean, evidence: NameEvidence, findings: NameFinding[]): void {
  const byStart = new Map(findings.map((finding) => [finding.start, finding]));
  const readings = readHyphenated({
    doc,
    glossary,
    known,
    namesNear: (lower) =>
      [...evidence.near(lower)].flatMap((name) => {
        const record = evidence.record(name);
        const run = evidence.runCount(name);
        if (!record && !run) return [];
        return [{ name, form: record?.form ?? run!.form, inArticle: record?.inArticle ?? 0, inGlossary: record?.inGlossary ?? false, inRun: run?.count ?? 0 }];
      }),
    partSuggestion: (start) => byStart.get(start)?.expected[0],
    compoundEndingCount: (word) => evidence.compoundEndingCount(word),
  });
  for (const reading of readings) {
    for (let k = findings.length - 1; k >= 0; k--) if (findings[k]!.start >= reading.start && findings[k]!.end <= reading.end) findings.splice(k, 1);
    findings.push({ start: reading.start, end: reading.end, written: reading.written, expected: [reading.expected], kind: 'ocr-confusion', source: reading.fromGlossary ? 'glossary' : 'article', certain: false });
  }
  if (readings.length > 0) findings.sort((a, b) => a.start - b.start);
}

/** A form the glossary lists as a misspelling: one word, or two (`Shigeru Isba`) ending at `part`. */
function glossaryMisspelling(glossary: Glossary, doc: ArticleDocument, part: WordPart, previous: WordPart | undefined): NameFinding | undefined {
  if (glossary.byMisspelling.size === 0) return undefined;
  const spans = [{ start: part.start, text: part.text }];
  if (previous) spans.unshift({ start: previous.start, text: doc.text.slice(previous.start, part.end) });
  for (const span of spans) {
    const written = span.text.replace(/\s+/g, ' ');
    const entities = glossary.byMisspelling.get(written.toLowerCase());
    if (!entities) continue;
    const expected = [...new Set(entities.map((entity) => closestForm(entity.name, entity.aliases, written)))];
    return { start: span.start, end: part.end, written, expected, kind: 'glossary-misspelling', source: 'glossary', certain: expected.length === 1 };
  }
  return undefined;
}

/** The dictionary's names that name people and places: not months and days (`Novcmbei` is a damaged date, not a name). */
function isGazetteerName(lower: string): boolean {
  return isDictionaryName(lower) && !isCalendarName(lower);
}

function perLetter(form: string, read: { total: number }): number {
  return read.total / (form.length + 1);
}

/** One form the other with letters added or cut at the end (`Morrisey`, Morris; `Ryde`, Ryder): another name more often than damage, which seldom falls only on a name's end. */
function isOtherEnding(written: string, name: string): boolean {
  return written.startsWith(name) || name.startsWith(written);
}

/** A form the channel reads as a title for at most this much per letter is a damaged title (`Mossrs`, `Mcssis` for Messrs). */
const TITLE_READING_PER_LETTER = 0.15;

/** Whether the lower-case form is a title or a damaged one: no name, nor a name's damage (`Mossrs`, `Messis`). Answered once per form: every candidate asks. */
const readsAsTitle = memoizeFormTest(
  // At that cost a form has the title's letters, one more or fewer: no other form is measured.
  (lower) => isHonorific(lower) || LONG_HONORIFICS.some((title) => Math.abs(lower.length - title.length) <= 1 && channelCost(lower, title, TITLE_READING_PER_LETTER * lower.length) !== Infinity),
);

/** A Scottish or Irish surname's prefix (lower case), and the letters of a name it may stand before. */
const SURNAME_PREFIX = /^(?:ma?c|m'|o'|fitz)(?=[a-z]{3})/;

/** One form the other with a surname's prefix (`M'William`, William; `O'Neil`, Neil): another name, not damage. */
function isOtherSurname(written: string, name: string): boolean {
  return written.replace(SURNAME_PREFIX, '') === name || name.replace(SURNAME_PREFIX, '') === written;
}

/**
 * A form that keeps the name's first and last letters and some of those
 * between, in order, two or more left out (`Archbd`, Archibald; `Chas`,
 * Charles): a roll's abbreviation, written so with or without a period,
 * not OCR damage, which seldom only leaves letters out.
 */
function isContraction(written: string, name: string): boolean {
  return name.length - written.length >= 2 && written[0] === name[0] && written[written.length - 1] === name[name.length - 1] && isSubsequence(written, name);
}

/** The English word lists judge only Latin letters: `Олег` is no misspelling of `Олега`. */
function isLatin(text: string): boolean {
  return /^[\p{Script=Latin}']+$/u.test(text);
}

/** The share of the article's English lower-case words that are no word (`intle`, `acie`, `tho`): how much like OCR output it reads. */
function ocrNoise(doc: ArticleDocument, known: (text: string) => boolean, foreign: ReadonlySet<number>): number {
  let read = 0;
  let unknown = 0;
  const words = doc.wordTable;
  for (let i = 0; i < words.length && read < NOISE_SAMPLE; i++) {
    const text = words.text(i);
    if (text.length < 3 || !/^\p{Ll}+$/u.test(text) || foreign.has(i)) continue;
    if (!known(text)) unknown++;
    read++;
  }
  return read === 0 ? 0 : unknown / read;
}

/**
 * A short form written with a period and standing before a name or inside
 * a sentence (`Thos. Smith`, `Edwd. and`, `Wm. Jones`): an abbreviation of
 * `name` whose letters it keeps in order, first and last (`Thos`, Thomas),
 * or the name cut short (`Geo`, George). Not a damaged name.
 */
function isAbbreviation(doc: ArticleDocument, parts: WordParts, i: number, name: string): boolean {
  const written = parts.text(i).toLowerCase();
  const end = parts.start(i) + parts.text(i).length;
  const lower = name.toLowerCase();
  if (doc.text[end] !== '.' || written.length > 5 || written.length >= lower.length || written[0] !== lower[0]) return false;
  if (!isSubsequence(written, lower) || !(lower.startsWith(written) || written[written.length - 1] === lower[lower.length - 1])) return false;
  // What follows: a name, or a word in lower case, continues the sentence; the period is the abbreviation's.
  const after = /^\.\s+(\S)/.exec(doc.text.slice(end, end + 8));
  if (!after) return false;
  if (/\p{Ll}/u.test(after[1]!)) return true;
  return i + 1 < parts.length && parts.nameShapes[i + 1] === NameShape.name;
}

/** The entity's form (whole name, alias, or one word of them) nearest to what was written. */
function closestForm(name: string, aliases: readonly string[], written: string): string {
  const forms = [name, ...aliases].flatMap((form) => [form, ...splitForm(form)]);
  const lower = written.toLowerCase();
  let best = name;
  let bestDistance = Infinity;
  for (const form of forms) {
    const distance = editDistance(lower, form.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [form, distance];
  }
  return best;
}

/** What a Link is made of: its fields, of which a channel's alone fill the last three. */
type LinkFields = Omit<Link, 'rivalWord' | 'readsWell' | 'damage'> & Partial<Pick<Link, 'rivalWord' | 'readsWell' | 'damage'>>;

/**
 * A known name the written form may be a corruption of, before context is
 * weighed. A class, every field set in one order, though three kinds of link
 * fill different fields: `resolve` reads links of one shape.
 */
class Link {
  /** Lower-cased name. */
  readonly name: string;
  readonly form: string;
  readonly cost: number;
  readonly kind: CorruptionKind;
  readonly source: NameSource;
  readonly count: number;
  /** The name is itself unknown to every word list: it may be a corruption too. */
  readonly unknown: boolean;
  readonly typical: boolean;
  /** For a channel link: what the channel costs to read the written form as a common lower-case word instead (`Bead` for Beid), if within its budget; else Infinity. */
  readonly rivalWord: number;
  /** The channel reads the written form as this name cheaply for its length (`readsWell`). */
  readonly readsWell: boolean;
  /** The written form was judged damage on its own evidence (no glossary): no neighbour makes it another person. */
  readonly damage: boolean;

  constructor(fields: LinkFields) {
    this.name = fields.name;
    this.form = fields.form;
    this.cost = fields.cost;
    this.kind = fields.kind;
    this.source = fields.source;
    this.count = fields.count;
    this.unknown = fields.unknown;
    this.typical = fields.typical;
    this.rivalWord = fields.rivalWord ?? Infinity;
    this.readsWell = fields.readsWell ?? false;
    this.damage = fields.damage ?? false;
  }
}

/** Where a form is written: its neighbours (lower-cased), and whether it opens its sentence. */
interface Place {
  first?: string;
  last?: string;
  sentenceStart?: boolean;
}

/**
 * What the gazetteer reading finds for a written form that asks nothing of
 * the article, kept for the run (by the run's name counts,
 * `NameEvidence.runKey`): every article of a run asks the same frequent
 * forms. The reading has no glossary, so neither answer depends on one.
 */
interface RunReadings {
  /** The channel's walk to the run's names and the lists' (`channelVariants`). */
  walks: Map<string, { form: string; cost: number }[]>;
  /** The cheapest common word (no dictionary name) within a budget, or undefined, by form and budget. */
  commonWords: Map<string, number | undefined>;
}
const runReadings = memoizeByObject((_run: object): RunReadings => ({ walks: new Map(), commonWords: new Map() }));

class Resolver {
  /** Whether the glossary is small enough to measure every name of it against a written form. */
  private readonly scansGlossary: boolean;

  private readonly links = new Map<string, Link[]>();
  private readonly contextFree = new Map<string, Option[]>();
  /** Forms being resolved, so that two unknown forms pointing at each other cannot loop. */
  private readonly resolving = new Set<string>();

  constructor(
    private readonly evidence: NameEvidence,
    private readonly known: (text: string) => boolean,
    noise: number,
    private readonly readings?: GazetteerReading[],
  ) {
    this.scansGlossary = noise > OCR_NOISE && evidence.glossarySize > 0 && evidence.glossarySize <= MAX_GLOSSARY_SCAN;
    this.readsOcr = noise > OCR_NOISE;
    this.noise = noise;
    this.usesGazetteer = noise > GAZETTEER_OCR_NOISE;
  }

  private readonly readsOcr: boolean;
  private readonly usesGazetteer: boolean;
  private readonly noise: number;

  /**
   * Without a glossary, in OCR text: a rare form that reads as a name less
   * well than a name the channel reaches cheaply from it (`Willinm` ->
   * William). The names to read it as are the run's own, written more often
   * than the form, and dictionary-en's (the gazetteer); a common word reached
   * as cheaply wins over both.
   */
  private addUnglossedChannelLinks(written: string, writtenAs: string, links: Link[]): void {
    if (!this.usesGazetteer || this.evidence.glossarySize > 0 || written.length < GAZETTEER_MIN_LENGTH || links.length > 0) return;
    // Compared without accents: `América` is America's spelling in another language, and no damaged American.
    const plain = withoutAccents(written);
    // A rare name of its own that the world's lists hold (`Gosford`, `Ussher`) is no damage.
    if (isWorldName(plain)) return;
    const own = this.evidence.runCount(written)?.count ?? 1;
    const budget = Math.min(GAZETTEER_BUDGET_MAX, GAZETTEER_BUDGET_PER_LETTER * written.length);
    const found = new Map<string, { name: string; form: string; cost: number; source: NameSource; count: number }>();
    // Never a form the run writes no more often than the damaged one, unless the lists hold it: a name of the run must be written several times as often; a listed name is read however often the run writes it (`Llizabeth` beside the run's Elizabeth) or the form (OCR misreads a typeface's letter the same way again), the score weighing how often.
    const isRunName = (count: number) => count >= Math.max(2, GAZETTEER_RUN_RATIO * own);
    // A month or day read as cheaply as the name makes the form a damaged date (`Novcmbei`, November, not the world's Novembre).
    let calendar = Infinity;
    const consider = (name: string, cost: number) => {
      if (cost <= budget && isCalendarName(name)) calendar = Math.min(calendar, cost);
      if (cost > budget || isCalendarName(name) || isDerivedForm(written, name) || isOtherEnding(plain, withoutAccents(name)) || isOtherSurname(plain, name) || isContraction(written, name) || readsAsTitle(name)) return;
      const inRun = this.evidence.runCount(name);
      const count = inRun?.count ?? 0;
      const ofRun = isRunName(count);
      if (!ofRun && !isGazetteerName(name) && !isWorldName(name)) return;
      if (isDictionaryWord(name) && !isGazetteerName(name)) return;
      const form = ofRun ? inRun!.form : name[0]!.toUpperCase() + name.slice(1);
      const source: NameSource = ofRun ? (this.evidence.record(name)?.inArticle ? 'article' : 'corpus') : isGazetteerName(name) ? 'dictionary' : 'world';
      const previous = found.get(name);
      if (!previous || previous.cost > cost) found.set(name, { name, form, cost, source, count });
    };
    for (const name of this.evidence.near(written)) consider(name, channelCost(written, name, budget));
    // The walk over the channel's variants grows only forms that can still become a name `consider` takes.
    // It asks only the run's counts and the lists, so the run's articles share it: a form the run writes often is walked once, not once per article.
    // Cheap edits are stacked freely only in a name-shaped form (a capital, then small letters): a capital inside (`IOUtils`) is a code's or an acronym's as often as damage.
    const nameShaped = /^\p{Lu}[^\p{Lu}]*$/u.test(writtenAs);
    const walkKey = nameShaped ? written : `${written}\u0000mixed`;
    const { walks, commonWords } = runReadings(this.evidence.runKey());
    let variants = walks.get(walkKey);
    if (!variants) {
      variants = channelVariants(
        written,
        budget,
        (form) => isRunName(this.evidence.runCount(form)?.count ?? 0) || isGazetteerName(form) || isWorldName(form) || isCalendarName(form),
        (prefix) => this.evidence.mayStartRunName(prefix) || mayStartDictionaryName(prefix) || mayStartWorldName(prefix),
        nameShaped ? GAZETTEER_FREE_EDIT : 0,
      );
      walks.set(walkKey, variants);
    }
    for (const { form, cost } of variants) consider(form, cost);
    if (found.size === 0) return;
    const rank = (option: { cost: number; count: number }) => option.cost - GAZETTEER_COUNT_WEIGHT * Math.log2(1 + option.count);
    const ranked = [...found.values()].sort((a, b) => rank(a) - rank(b));
    const top = ranked[0]!;
    if (calendar <= top.cost) return;
    const asWritten = readAsName(written);
    const features: GazetteerFeatures = {
      costPerLetter: top.cost / written.length,
      plausibilityGain: (perLetter(top.name, readAsName(top.name)) - perLetter(written, asWritten)) * (written.length + 1),
      candidateCount: Math.log1p(top.count),
      looksDamaged: looksDamaged(writtenAs) ? 1 : 0,
      writtenCount: Math.log1p(own),
      worstStep: asWritten.worst,
      ocrNoise: this.noise,
      dictionaryName: isListSource(top.source) ? 1 : 0,
      rivalMargin: Math.min(GAZETTEER_MARGIN_CAP, ranked.length > 1 ? rank(ranked[1]!) - rank(top) : GAZETTEER_MARGIN_CAP),
      letters: written.length,
      lengthChange: Math.abs(top.name.length - written.length),
    };
    const score = gazetteerScore(features);
    // The common word is looked for only when it can matter (its walk is the dearest step): for a form scored as damage, or one the training script collects.
    if (score < GAZETTEER_MIN_SCORE && !this.readings) return;
    // A common word read as cheaply wins (`Tho`, `Bcach`), unless capitalised inside a sentence (weighed in resolve).
    const wordBudget = top.cost + CAPITALISED_WORD_PENALTY;
    const wordKey = `${written}\u0000${wordBudget}`;
    if (!commonWords.has(wordKey)) commonWords.set(wordKey, this.cheapestWord(written, wordBudget, false));
    const word = commonWords.get(wordKey);
    this.readings?.push({ written: writtenAs, name: top.name, cost: top.cost, rivalWord: word, features, score });
    if (score < GAZETTEER_MIN_SCORE) return;
    links.push(new Link({ name: top.name, form: top.form, cost: top.cost, kind: 'ocr-confusion', source: top.source, count: top.count, unknown: false, typical: false, damage: true, rivalWord: word, readsWell: readsWell(top.cost, written) }));
  }

  /**
   * Glossary names the channel reads as the written form within its budget
   * (`Henrv` for Henry, `Tosepli` for Joseph): OCR damage beyond the kinds
   * `corruptionOf` names. Certain only when cheap and without a rival.
   */
  private addChannelLinks(written: string, writtenCount: { inArticle: number; inCorpus: number; total: number }, links: Link[]): void {
    if (!this.scansGlossary || written.length < 3) return;
    const budget = Math.min(CHANNEL_BUDGET_MAX, CHANNEL_BUDGET_PER_LETTER * written.length);
    // A long form may be damaged further when one glossary name alone is within reach of it.
    const reach = written.length >= LONE_READING_MIN_LENGTH ? Math.max(budget, Math.min(LONE_READING_MAX, LONE_READING_PER_LETTER * written.length)) : budget;
    const found: { name: string; cost: number; read: number }[] = [];
    for (const name of this.evidence.glossaryNames()) {
      if (name === written || Math.abs(name.length - written.length) > 4 || isDerivedForm(written, name)) continue;
      const writtenRight = (this.evidence.record(name)?.inArticle ?? 0) > 0;
      const read = channelCost(written, name, reach + WRITTEN_RIGHT_BONUS);
      const cost = read - (writtenRight ? WRITTEN_RIGHT_BONUS : 0);
      if (cost <= reach) found.push({ name, cost, read });
    }
    if (found.length === 0) return;
    found.sort((a, b) => a.cost - b.cost);
    if (found[0]!.cost > budget) {
      // The glossary lists the names the article writes: one it never writes right is the likelier reading of heavy damage.
      const lone = found[0]!;
      if ((this.evidence.record(lone.name)?.inArticle ?? 0) > 0 || (found[1]?.cost ?? Infinity) - lone.cost < LONE_READING_MARGIN) return;
      found.length = 1;
    }
    // Another of the dictionary's names the channel reaches as cheaply is as likely a reading as the glossary's; a common word
    // (`Octobor`, `Bead`) is weighed where the form is written (resolve): capitalised inside a sentence, it is less likely.
    const rivals = this.cheapestWords(written, found[0]!.cost + CAPITALISED_WORD_PENALTY);
    if (rivals.name !== undefined && rivals.name + (written.length > SHORT_FORM ? GLOSSARY_PRIOR : 0) <= found[0]!.cost) return;
    for (const [rank, { name, cost, read }] of found.entries()) {
      // A kind `corruptionOf` names keeps its cost: those are weighed for typed text as well as OCR.
      if (links.some((link) => link.name === name)) continue;
      const record = this.evidence.record(name);
      // A form the article repeats, never writing the glossary's name, is likelier another name the glossary lacks, unless OCR damage reads it cheaply as that name.
      const outweighsRepeated = record !== undefined && outweighsAsGlossaryName(record, writtenCount);
      if (!record?.inGlossary || !(outweighsRepeated || cost <= REPEATED_DAMAGE_COST)) continue;
      const rival = found[rank + 1]?.cost ?? Infinity;
      links.push(
        new Link({
          name,
          form: record.form,
          cost,
          kind: 'ocr-confusion',
          source: 'glossary',
          count: record.inArticle + record.inCorpus,
          unknown: false,
          typical: rank === 0 && outweighsRepeated && written.length > SHORT_FORM && !(rivals.name !== undefined && rivals.name <= cost) && cost <= CERTAIN_CHANNEL_COST && rival - cost >= CERTAIN_MARGIN,
          rivalWord: rivals.word,
          readsWell: readsWell(read, written),
        }),
      );
    }
  }

  /**
   * Whether the written form, beside its neighbour, is another person than
   * `link` names: the neighbour is a known name, the sources pair the
   * linked name with other names (in that place or the other) but never
   * with this one (`Joonas Korpisalo` beside an article's `Jonas Brodin`;
   * `Kim Jong` beside an article's `Jang Noksu`).
   */
  private isOtherPerson(link: Link, context: Place): boolean {
    const against = (neighbour: string | undefined, pairsWithOthers: boolean, pairsWithIt: boolean) =>
      neighbour !== undefined && this.evidence.record(neighbour) !== undefined && pairsWithOthers && !pairsWithIt;
    // A name the sources write only as a first part (`Jang Noksu`) stands in the other place after a first name (`Kim Jong`), and the reverse.
    const asFirst = this.evidence.hasPartner(link.name, 'first');
    const asLast = this.evidence.hasPartner(link.name, 'last');
    return (
      against(context.first, asLast || asFirst, Boolean(context.first && this.evidence.pairedAs(context.first, link.name))) ||
      against(context.last, asFirst || asLast, Boolean(context.last && this.evidence.pairedAs(link.name, context.last)))
    );
  }

  /** What the channel costs to reach a dictionary word that is no glossary name (`withNames`: nor one of its names) from `written`, if `budget` or less. */
  private cheapestWord(written: string, budget: number, withNames: boolean): number | undefined {
    const isOtherWord = (form: string) => !this.evidence.record(form)?.inGlossary && (withNames ? isDictionaryWord(form) || isDictionaryName(form) : isDictionaryWord(form) && !isDictionaryName(form));
    return channelVariants(written, budget, isOtherWord, mayStartDictionaryWord)[0]?.cost;
  }

  /** What the channel costs, if `budget` or less, to reach from `written` a common word (`word`) and one of the dictionary's names (`name`), neither a glossary name. */
  private cheapestWords(written: string, budget: number): { word?: number; name?: number } {
    const isOther = (form: string) => !this.evidence.record(form)?.inGlossary && (isDictionaryWord(form) || isDictionaryName(form));
    const rivals: { word?: number; name?: number } = {};
    for (const { form, cost } of channelVariants(written, budget, isOther, mayStartDictionaryWord)) {
      if (isDictionaryName(form)) rivals.name ??= cost;
      else rivals.word ??= cost;
    }
    return rivals;
  }

  /**
   * The known names `written` is a corruption of, best first (near ties
   * kept). `context` holds the names written just before and after it.
   * A target that is itself an unknown form resolving to another name is
   * followed one step (`Isab` -> `Isba` -> `Ishiba`).
   */
  resolve(written: string, context: Place, followTargets = true): Option[] {
    const lower = written.toLowerCase();
    const memoKey = `${lower}|${followTargets}|${context.sentenceStart === true}`;
    const withoutContext = !context.first && !context.last;
    if (withoutContext && this.contextFree.has(memoKey)) return this.contextFree.get(memoKey)!;
    if (this.resolving.has(lower)) return [];
    this.resolving.add(lower);
    const options: Option[] = [];
    for (const link of this.linksOf(lower, written)) {
      // A common word read as cheaply wins (`Octobor`, `Qold`: an OCR'd word, not a name); capitalised inside a sentence, a word is the less likely reading.
      const rivalWord = link.rivalWord;
      if (rivalWord + (context.sentenceStart === false && link.readsWell ? CAPITALISED_WORD_PENALTY : 0) <= link.cost) continue;
      // The glossary is trusted to name whom it lists; the articles' own names may belong to several people.
      if (link.source !== 'glossary' && !link.damage && this.isOtherPerson(link, context)) continue;
      const inPair = (context.first && this.evidence.pairedAs(context.first, link.name)) || (context.last && this.evidence.pairedAs(link.name, context.last));
      const cost = link.cost - (inPair ? PAIR_BONUS : 0);
      const further = link.unknown ? this.resolve(link.form, {}, false) : [];
      // A name that wins over a cheaper reading only by where it is written is suggested, not fixed.
      if (further.length === 0) options.push(new Option(link.form, cost, link.kind, link.source, link.count, link.typical && rivalWord > link.cost));
      else if (followTargets) for (const next of further) options.push(new Option(next.form, cost, link.kind, next.source, next.count, next.typical));
    }
    this.resolving.delete(lower);
    const result = best(options);
    if (withoutContext) this.contextFree.set(memoKey, result);
    return result;
  }

  /** Every known name within reach of the written form whose evidence outweighs it (memoised). */
  private linksOf(written: string, writtenAs: string): Link[] {
    let links = this.links.get(written);
    if (links) return links;
    links = [];
    this.links.set(written, links);
    const self = this.evidence.record(written);
    const writtenCount = { inArticle: self?.inArticle ?? 0, inCorpus: self?.inCorpus ?? 0, total: (self?.inArticle ?? 0) + (self?.inCorpus ?? 0) };
    const near = this.evidence.near(written);
    // A plural or derived form of a known name (`Kennedys`) is a word of its own.
    for (const name of near) if (isDerivedForm(written, name)) return links;
    for (const name of near) {
      // Most names near a form are the run's, unknown to this article's sources: no record, nothing to measure.
      const record = this.evidence.record(name);
      // Months and days are capitalised words, not names (`Octobor` is a damaged date).
      if (!record || isCalendarName(name)) continue;
      // Another romanisation of a name the articles write (`Zelenskyy`, `Zelenskiy`), or the name with or without its accents (`América`), is a spelling of its own; the glossary may still decide.
      if (!record.inGlossary && transliterationKey(written) === transliterationKey(name)) continue;
      const corruption = corruptionOf(written, name);
      if (!corruption || !outweighs(record, corruption, writtenCount)) continue;
      links.push(
        new Link({
          name,
          form: record.form,
          cost: corruption.cost,
          kind: corruption.kind,
          source: sourceOf(record),
          count: record.inArticle + record.inCorpus,
          unknown: !record.inGlossary && !this.known(record.form),
          typical: true,
        }),
      );
    }
    this.addChannelLinks(written, writtenCount, links);
    this.addUnglossedChannelLinks(written, writtenAs, links);
    return links;
  }
}

/**
 * Whether the evidence for `name` beats the evidence for the written form.
 * The glossary does, unless the article repeats the written form and never
 * writes the glossary's (then it is likelier another name the glossary
 * lacks: Berman beside a glossary Burman). A name only the articles attest
 * needs a telling corruption, and must be written consistently and more
 * often than the written form. When the written form repeats, two real
 * names may differ by a letter: then the name must be far more frequent, or
 * written by several related articles while no other writes the form.
 */
function outweighs(name: NameRecord, corruption: Corruption, written: { inArticle: number; inCorpus: number; total: number }): boolean {
  const telling = TELLING_KINDS.has(corruption.kind);
  if (corruption.needsNameNearby && name.inArticle === 0) return false;
  if (name.inGlossary) return outweighsAsGlossaryName(name, written) || (written.inArticle === 2 && telling);
  if (!telling) return false;
  const count = name.inArticle + name.inCorpus;
  if (count + (name.paired ? 1 : 0) < 2) return false;
  if (written.total >= 2) return count >= 3 * written.total || (name.corpusFiles >= 2 && written.inCorpus === 0);
  return count > written.total || (count === written.total && ONE_WAY_KINDS.has(corruption.kind));
}

/**
 * A name with the letters romanisations write either way made one:
 * `i`/`y`/`j` (and runs of them: `Zelenskyy`, `Zelensky`), `ph`/`f`, `ks`/`x`,
 * `kh`/`h`, `ou`/`u`, `w`/`v`, apostrophes for a glottal stop (`Syi'ah`),
 * and letters with or without their accents.
 */
function transliterationKey(name: string): string {
  return withoutAccents(name).replace(/'/g, '').replace(/ph/g, 'f').replace(/ks/g, 'x').replace(/kh/g, 'h').replace(/ou/g, 'u').replace(/[iyj]+/g, 'i').replace(/w/g, 'v');
}

/** The glossary's name wins unless the article repeats the written form and never writes the glossary's. */
function outweighsAsGlossaryName(name: { inArticle: number }, written: { inArticle: number }): boolean {
  return name.inArticle > 0 || written.inArticle <= 1;
}

function sourceOf(record: NameRecord): NameSource {
  if (record.inGlossary) return 'glossary';
  return record.inArticle >= record.inCorpus ? 'article' : 'corpus';
}

const SOURCE_RANK: Record<NameSource, number> = { glossary: 0, article: 1, corpus: 2, dictionary: 3, world: 4 };

/** Options ordered by cost, trust and frequency; only the best and its near ties, one per form. */
function best(options: Option[]): Option[] {
  options.sort((a, b) => a.cost - b.cost || SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || b.count - a.count);
  const kept: Option[] = [];
  for (const option of options) {
    if (option.cost > options[0]!.cost + TIE) break;
    if (!kept.some((k) => k.form.toLowerCase() === option.form.toLowerCase())) kept.push(option);
  }
  return kept;
}
