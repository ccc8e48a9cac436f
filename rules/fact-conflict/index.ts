// fact-conflict: a figure that another article of the same run gives
// differently for the same subject (`45,000 people` employed in Kentucky
// here, `54,000` there). Needs no glossary. Conservative by design: a
// figure counts only when it is the one number of its sentence (years,
// ordinals and a bare `one` aside) and a noun says what it counts; two
// figures are compared only when they share the unit, the counted noun, a
// name and one more name or word near the number, and they are reported
// only when they differ even after their qualifiers (`more than`, `about`)
// and rounding.
import { docsUrl } from '../../src/engine/docs.js';
import { memoize, memoizeByObject } from '../../src/util/memo.js';
import { mapped } from '../../src/util/arrays.js';
import type { ArticleDocument, CorpusEntry, Place, Rule, Sentence, Word } from '../../src/types.js';
import { finish, numberDrafts, readingAdmits, readingOf, type NumberDraft, type NumberMention, type Reading } from '../../src/analysis/numbers.js';

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
  /** What the number counts: the word after it, stemmed (`people`, `state`). */
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
        data: { value: figure.value, others: disagreeing.map((d) => ({ path: d.path, value: d.figure.value, subject: d.shared })) },
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
    const number = soleFigure(sentence.text, drafts);
    if (!number) continue;
    if (!number.following[0] || FUNCTION_WORDS.has(number.following[0]) || isRelativeTime(number.following) || isDenominator(sentence.text, number.start)) continue;
    const start = sentence.start + number.start;
    const end = sentence.start + number.end;
    const words = doc.wordTable.slice(sentence.firstWord, sentence.firstWord + sentence.wordCount);
    const at = words.findIndex((w) => w.end > start);
    // What it counts: the first word after it that is no name (`four Southern states` counts states; `45,000 Japanese in Ohio`, the Japanese).
    const common = words.slice(at + 1, at + 4).find((w) => w.start >= end && !isNameWord(w))?.text.toLowerCase();
    const noun = common && !FUNCTION_WORDS.has(common) ? common : number.following[0];
    const near = words.slice(Math.max(0, at - SUBJECT_WINDOW), at + SUBJECT_WINDOW + 1).filter((w) => w.end <= start || w.start >= end);
    const nounStem = stemOf(noun);
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
    const { value, comparison, tolerance, rounding } = readingOf(number);
    // A literal of every field (no spread), so that all figures share one shape with their fields in the object.
    figures.push({
      value,
      comparison,
      tolerance,
      rounding,
      text: number.text,
      unit: number.unit,
      start,
      end,
      startLine: first.line,
      startColumn: first.column,
      endLine: last.line,
      endColumn: last.column,
      subject: [...subject],
      names: [...names],
      noun: nounStem ?? singular(noun),
    });
  }
  return figures;
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

/** The one number of a sentence that can be a figure (years, ordinals and a bare `one` aside), or undefined; `all` are its numberDrafts. */
function soleFigure(text: string, all: readonly NumberDraft[]): NumberMention | undefined {
  // `one` is as often a pronoun as a figure.
  const drafts = all.filter((n) => !n.ordinal && !(n.form === 'words' && n.value === 1));
  // Only a year can change its standing once its surroundings are read (`1990 percent` is no year), so most
  // sentences with several numbers are settled before the costlier finish.
  if (drafts.filter((n) => !n.yearLike).length > 1) return undefined;
  const numbers = mapped(drafts, (draft) => finish(text, draft)).filter((n) => !n.yearLike);
  return numbers.length === 1 ? numbers[0] : undefined;
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

/** Figures disagree when neither, read with its qualifier and rounding, admits the other. */
function disagree(a: Figure, b: Figure): boolean {
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
