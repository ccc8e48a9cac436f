// fact-conflict: a figure that another article of the same run gives
// differently for the same subject (`45,000 people` employed in Kentucky
// here, `54,000` there). Needs no glossary. Conservative by design: a
// figure counts only when it is the one number of its sentence (years,
// ordinals, a bare `one` and dates' days aside) and a noun says what it
// counts, or a sentence's one date dates an occasion a word names; two
// figures are compared only when they share the unit, the counted noun, a
// name and one more name or word near the number, and they are reported
// only when they differ even after their qualifiers (`more than`, `about`)
// and rounding.
import { docsUrl } from '../../src/engine/docs.js';
import { memoize, memoizeByObject } from '../../src/util/memo.js';
import { mapped } from '../../src/util/arrays.js';
import type { ArticleDocument, CorpusEntry, Place, Rule, Sentence, Word } from '../../src/types.js';
import { findDates, finish, numberDrafts, readingAdmits, readingOf, type DateMention, type NumberDraft, type NumberMention, type Reading } from '../../src/analysis/numbers.js';

/**
 * One figure of one article, as the corpus pass hands it to the others: its
 * number's reading (what comparing reads of it) and no more, flat, as a
 * corpus run holds every record's figures for the whole run.
 */
interface Figure extends Reading {
  /** The number as written. */
  text: string;
  unit?: NumberMention['unit'];
  /** Offsets in its article, and their lines and columns. */
  start: number;
  end: number;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  /** Lower-case content words near the number, names and the counted noun left out. */
  subject: string[];
  /** Runs of capitalised words near the number, lower-cased (`new york`). */
  names: string[];
  /** What the number counts: the word after it, stemmed (`people`, `state`); for a date, DATE_MARK and the occasion it dates (`open`, `call`), its value then yyyymmdd (dateValue). */
  noun: string;
}

/** An article's figures; null when it has none (most records), so that a run holds no empty list per record. */
type Collected = Figure[] | null;

/** Words either side of the number that make up its subject. */
const SUBJECT_WINDOW = 10;
/** Subject names and words two figures must share. */
const MIN_SHARED = 2;
const MAX_RELATED = 5;

const rule: Rule<Record<string, unknown>, Collected> = {
  meta: {
    id: 'fact-conflict',
    description: 'A figure that another article of the run gives differently for the same subject',
    severity: 'info',
    url: docsUrl('fact-conflict'),
    fixable: false,
    options: {},
  },
  collect(doc, { files }) {
    // Alone in its run, the article's figures are compared with nothing.
    const figures = files > 1 ? figuresOf(doc) : [];
    return figures.length > 0 ? figures : null;
  },
  create(context) {
    const { corpus, doc } = context;
    if (corpus.length < 2) return;
    const place = context.corpusPlaces.get(doc.path);
    const own = place === undefined ? figuresOf(doc) : (corpus[place]!.data ?? []);
    const byName = figuresByName(corpus);
    for (const figure of own) {
      const seen = new Set<Figure>();
      const disagreeing: { path: string; figure: Figure; shared: string[] }[] = [];
      for (const name of figure.names) {
        for (const other of byName.get(subjectKey(figure, name)) ?? []) {
          if (other.path === doc.path || seen.has(other.figure)) continue;
          seen.add(other.figure);
          const shared = sharedSubject(figure, other.figure);
          if (shared && disagree(figure, other.figure)) disagreeing.push({ ...other, shared });
        }
      }
      if (disagreeing.length === 0) continue;
      const first = disagreeing[0]!;
      context.report({
        message: `"${figure.text}" differs from "${first.figure.text}" in ${first.path} for the same subject (${first.shared.join(', ')})`,
        start: figure.start,
        end: figure.end,
        related: disagreeing.slice(0, MAX_RELATED).map((d) => ({
          path: d.path,
          start: d.figure.start,
          end: d.figure.end,
          place: placeOf(d.figure),
          message: `"${d.figure.text}" here`,
        })),
        data: { value: valueOf(figure), others: disagreeing.map((d) => ({ path: d.path, value: valueOf(d.figure), subject: d.shared })) },
      });
    }
  },
};

export default rule;

type NamedFigure = { path: string; figure: Figure };

/** Figures are comparable only with the same unit and counted noun: they key the index with the name. */
function subjectKey(figure: Figure, name: string): string {
  return `${figure.noun}\u0000${figure.unit ?? ''}\u0000${name}`;
}

/**
 * The run's figures by unit, noun and name, in input order, so that each
 * figure meets only plausible partners: one index per run (the engine hands
 * every file the same corpus list).
 */
const figuresByName = memoizeByObject((corpus: readonly CorpusEntry<Collected>[]): Map<string, NamedFigure[]> => {
  const byName = new Map<string, NamedFigure[]>();
  for (const entry of corpus) {
    for (const figure of entry.data ?? []) {
      for (const name of figure.names) {
        const key = subjectKey(figure, name);
        let list = byName.get(key);
        if (!list) byName.set(key, (list = []));
        list.push({ path: entry.path, figure });
      }
    }
  }
  return byName;
});

function figuresOf(doc: ArticleDocument): Figure[] {
  const figures: Figure[] = [];
  for (const sentence of doc.sentences) {
    // Most sentences hold no number, which the drafts' screens tell at once; a figure also needs a name.
    const drafts = numberDrafts(sentence.text);
    if (drafts.length === 0 || !holdsName(doc, sentence)) continue;
    const sole = soleFigure(sentence.text, drafts);
    if (!sole) continue;
    const { figure: found, dates } = sole;
    const start = sentence.start + found.start;
    const end = sentence.start + found.end;
    const words = doc.wordTable.slice(sentence.firstWord, sentence.firstWord + sentence.wordCount);
    const at = words.findIndex((w) => w.end > start);
    let reading: Reading;
    let noun: string;
    let nounStem: string | undefined;
    if ('month' in found) {
      // A date is compared only for the same occasion, which the word it dates says (`opens on 9 June`, `the July 25 call`).
      const occasion = occasionOf(words, at, end);
      if (!occasion) continue;
      reading = { value: dateValue(found), comparison: 'exact', tolerance: 0, rounding: 0 };
      nounStem = stemOf(occasion);
      noun = DATE_MARK + occasionStem(occasion);
    } else {
      if (!found.following[0] || FUNCTION_WORDS.has(found.following[0]) || isRelativeTime(found.following) || isDenominator(sentence.text, found.start)) continue;
      reading = readingOf(found);
      // What it counts: the first word after it that is no name (`four Southern states` counts states; `45,000 Japanese in Ohio`, the Japanese).
      const common = words.slice(at + 1, at + 4).find((w) => w.start >= end && !isNameWord(w))?.text.toLowerCase();
      const counted = common && !FUNCTION_WORDS.has(common) ? common : found.following[0];
      nounStem = stemOf(counted);
      noun = nounStem ?? singular(counted);
    }
    const near = words.slice(Math.max(0, at - SUBJECT_WINDOW), at + SUBJECT_WINDOW + 1).filter((w) => (w.end <= start || w.start >= end) && !inDate(w, sentence.start, dates));
    const subject = new Set<string>();
    const names = new Set<string>();
    // A run of capitalised words is one name (`New York`, `World War`).
    let name: string[] = [];
    const endName = () => {
      if (name.length) names.add(name.join(' '));
      name = [];
    };
    for (const [i, word] of near.entries()) {
      const adjacent = i > 0 && /^[\s\u00a0]+$/.test(doc.text.slice(near[i - 1]!.end, word.start));
      if (!adjacent) endName();
      if (isNameWord(word)) name.push(word.text.toLowerCase().replace(/['’]s$/, ''));
      else {
        endName();
        const stem = stemOf(word.text);
        if (stem && stem !== nounStem) subject.add(stem);
      }
    }
    endName();
    // Figures are compared only through a shared name: one without is no one's partner.
    if (names.size === 0) continue;
    const first = doc.pointAt(start);
    const last = doc.pointAt(end);
    const { value, comparison, tolerance, rounding } = reading;
    // A literal of every field (no spread), so that all figures share one shape with their fields in the object.
    figures.push({
      value,
      comparison,
      tolerance,
      rounding,
      text: found.text,
      unit: 'unit' in found ? found.unit : undefined,
      start,
      end,
      startLine: first.line,
      startColumn: first.column,
      endLine: last.line,
      endColumn: last.column,
      subject: [...subject],
      names: [...names],
      noun,
    });
  }
  return figures;
}

/** Whether a word (offsets in the article) is part of one of its sentence's dates (offsets in the sentence): the month says when, not of what. */
function inDate(word: Word, sentenceStart: number, dates: readonly DateMention[]): boolean {
  return dates.some((date) => word.start >= sentenceStart + date.start && word.end <= sentenceStart + date.end);
}

/** A word of a name: capitalised where its sentence does not make it so (the pronoun `I` is no name). */
function isNameWord(word: Word): boolean {
  return !word.sentenceStart && isNameText(word.text);
}

function isNameText(text: string): boolean {
  return CAPITALISED.test(text) && !FIRST_PERSON.test(text);
}

const FIRST_PERSON = /^I(?:['’](?:m|d|ll|ve))?$/;

/** `one out of three`, `one in five`: the number is a ratio's denominator, the share of something else. */
function isDenominator(sentence: string, numberStart: number): boolean {
  return /(?:\bout of|(?:^|\s)(?:one|\d+) in)\s+$/i.test(sentence.slice(Math.max(0, numberStart - 20), numberStart));
}

const TIME_UNITS = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries']);
const RELATIVE_TO_WRITING = new Set(['ago', 'later', 'earlier', 'before', 'after', 'hence', 'since', 'from']);

/** `three years ago`, `five days later`: a span counted from when the article was written or from its story, no fact to compare across articles. */
function isRelativeTime(following: readonly string[]): boolean {
  return TIME_UNITS.has(following[0] ?? '') && RELATIVE_TO_WRITING.has(following[1] ?? '');
}

const CAPITALISED = /^\p{Lu}/u;

/** Whether a word of the sentence is a name's (isNameWord): a figure is compared only through a name near it. */
function holdsName(doc: ArticleDocument, sentence: Sentence): boolean {
  const words = doc.wordTable;
  for (let i = sentence.firstWord; i < sentence.firstWord + sentence.wordCount; i++) if (!words.sentenceStart(i) && isNameText(words.text(i))) return true;
  return false;
}

/**
 * The one figure of a sentence, with the sentence's dates, or undefined: its
 * one number that can be a quantity (years, ordinals, a bare `one` and the
 * days and years of dates aside), else, when it has none, its one date (not
 * a source's retrieval date); `all` are its numberDrafts.
 */
function soleFigure(text: string, all: readonly NumberDraft[]): { figure: NumberMention | DateMention; dates: readonly DateMention[] } | undefined {
  // A date needs a day, which most sentences' numbers cannot be.
  const dates = all.some(mayBeDay) ? findDates(text) : NO_DATES;
  // `one` is as often a pronoun as a figure.
  const drafts = all.filter((n) => !n.ordinal && !(n.form === 'words' && n.value === 1) && !dates.some((date) => n.start >= date.start && n.end <= date.end));
  // Only a year can change its standing once its surroundings are read (`1990 percent` is no year), so most
  // sentences with several numbers are settled before the costlier finish.
  if (drafts.filter((n) => !n.yearLike).length > 1) return undefined;
  const numbers = mapped(drafts, (draft) => finish(text, draft)).filter((n) => !n.yearLike);
  if (numbers.length === 1) return { figure: numbers[0]!, dates };
  if (numbers.length === 0 && dates.length === 1 && !isSourceNote(text.slice(0, dates[0]!.start))) return { figure: dates[0]!, dates };
  return undefined;
}

const NO_DATES: readonly DateMention[] = [];

function mayBeDay(draft: NumberDraft): boolean {
  return draft.form === 'digits' && draft.value >= 1 && draft.value <= 31 && Number.isInteger(draft.value) && !draft.currency;
}

/** `Retrieved 9 June 2019`, `accessed June 9`, `Archived from the original on`: when a cited source was read, no fact of the story. */
function isSourceNote(before: string): boolean {
  return /\b(?:retrieved|accessed|archived|consulted|viewed)(?:[\s\u00a0]+from[\s\u00a0]+the[\s\u00a0]+original)?(?:[\s\u00a0]+on)?[\s\u00a0:,]*$/i.test(before);
}

/** What starts a date's noun (then the occasion it dates): no word does, so no counted noun is ever the same. */
const DATE_MARK = '\u0000';

function isDate(figure: Figure): boolean {
  return figure.noun.startsWith(DATE_MARK);
}

/** Prepositions between a date and the word it dates (`opens on 9 June`, `the attack of 9 June`). */
const DATE_PREPOSITIONS = new Set(['on', 'in', 'by', 'of', 'until', 'till', 'since', 'from', 'before', 'after']);

/**
 * The occasion a date dates, as a word: past a preposition, the word before
 * it (`opens on 9 June`, `released on September 25`); else the common word
 * right after it (`the July 25 call`) or right before it (`opens 9 June`);
 * undefined when none is one (`On May 6th, Morgan`, `Saturday, Oct. 21`).
 * `at` is the date's first word, `end` its end.
 */
function occasionOf(words: readonly Word[], at: number, end: number): string | undefined {
  const previous = words[at - 1];
  const spacedBefore = words[at]!.spaced && previous !== undefined;
  if (spacedBefore && DATE_PREPOSITIONS.has(previous.text.toLowerCase())) {
    const word = words[at - 2];
    return word && previous.spaced && isOccasionWord(word) ? word.text.toLowerCase() : undefined;
  }
  const next = words.find((w) => w.start >= end);
  if (next?.spaced && isOccasionWord(next)) return next.text.toLowerCase();
  return spacedBefore && isOccasionWord(previous) ? previous.text.toLowerCase() : undefined;
}

/** A common content word (no name, number or function word). */
function isOccasionWord(word: Word): boolean {
  return !isNameWord(word) && !/\d/.test(word.text) && stemOf(word.text) !== undefined;
}

/** An occasion's word without its inflection, so that `opens`, `opened` and `opening` date one occasion. */
function occasionStem(word: string): string {
  const stem = word.replace(/(?:ing|ed|es|e|s)$/, '');
  return stem.length >= 3 ? stem : word;
}

/** A figure's value for the report's data: the number, or a date as ISO 8601 writes it (`2019-06-09`, `--06-09` without a year). */
function valueOf(figure: Figure): number | string {
  if (!isDate(figure)) return figure.value;
  const year = Math.floor(figure.value / 10_000);
  const monthDay = `${String(Math.floor(figure.value / 100) % 100).padStart(2, '0')}-${String(figure.value % 100).padStart(2, '0')}`;
  return year ? `${year}-${monthDay}` : `--${monthDay}`;
}

/** A date as one comparable number: its year (0 when unwritten), month and day as the digits of yyyymmdd. */
function dateValue(date: DateMention): number {
  return (date.year ?? 0) * 10_000 + date.month * 100 + date.day;
}

/** The subject two figures share (a name and one more name or word), or undefined when they count different things. */
function sharedSubject(a: Figure, b: Figure): string[] | undefined {
  if (a.unit !== b.unit || a.noun !== b.noun) return undefined;
  const sharedNames = a.names.filter((name) => b.names.includes(name));
  if (sharedNames.length === 0) return undefined;
  const theirWords = new Set(b.subject);
  const shared = [...sharedNames, ...a.subject.filter((word) => theirWords.has(word))];
  return shared.length >= MIN_SHARED ? shared : undefined;
}

/**
 * Figures disagree when neither, read with its qualifier and rounding,
 * admits the other; dates when their days differ in the same year or where
 * either leaves the year out (two years are two occasions, a yearly event's).
 */
function disagree(a: Figure, b: Figure): boolean {
  if (isDate(a)) {
    const [yearA, yearB] = [Math.floor(a.value / 10_000), Math.floor(b.value / 10_000)];
    return (yearA === yearB || yearA === 0 || yearB === 0) && a.value % 10_000 !== b.value % 10_000;
  }
  return !readingAdmits(a, b.value) && !readingAdmits(b, a.value);
}

function placeOf(figure: Figure): Place {
  return { start: { line: figure.startLine, column: figure.startColumn, offset: figure.start }, end: { line: figure.endLine, column: figure.endColumn, offset: figure.end } };
}

/** A content word in a comparable form: lower-cased, singular (`Japan's` -> `japan`, `companies` -> `company`), or undefined. */
const stemOf = memoize(stemOfWord);

function stemOfWord(word: string): string | undefined {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (!/^\p{L}[\p{L}-]*$/u.test(lower) || lower.length < 3 || STOPWORDS.has(lower)) return undefined;
  return singular(lower);
}

function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  return word.replace(/s$/, '');
}

/** Words after a number that are not what it counts (`45,000 in Kentucky`). */
const FUNCTION_WORDS = new Set(['in', 'of', 'at', 'on', 'for', 'by', 'to', 'and', 'or', 'from', 'as', 'than', 'with', 'per', 'a', 'an', 'the', 'is', 'are', 'was', 'were']);

const STOPWORDS = new Set(
  `about above after again against all almost also although among and another any are around because been before being
  below between both but can could did does doing down during each either even ever every few for from further had has
  have having her here hers herself him himself his how however into its itself just last least less like many may might
  more most much must near nearly neither never next nor not now off once one only onto other others our ours out over
  own per perhaps rather same several she should since some such than that the their theirs them themselves then there
  these they this those though through thus too toward towards under until upon very was were what when where whether
  which while who whom whose why will with within without would yet you your yours said says say according who also
  still well just first second third year years time times people percent cent million billion thousand hundred dollars`
    .split(/\s+/)
    .filter(Boolean),
);
