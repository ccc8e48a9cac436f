// Numbers as news prose writes them: digits with separators and decimals
// (`45,000`, `$3.15`), scale words (`1.1 billion`, `200 million`), words
// (`five`, `forty-five thousand`, `Thirteen`), ordinals (`fifth`, `21st`)
// and percentages (`2%`, `2 per cent`), each with the qualifier in front of
// it (`more than`, `about`...), and dates written with a month's name
// (`9 June 2019`), whose days are no quantities. Pure functions over a
// string; offsets are UTF-16 indices into that string. Shared by
// fact-number and fact-conflict.

import { SCALE_WORDS } from '../util/number-words.js';

/** How the text bounds the true figure. */
export type Comparison = 'exact' | 'atLeast' | 'atMost' | 'approx';

export type NumberForm = 'digits' | 'words';

export interface NumberMention {
  start: number;
  end: number;
  /** The flagged text: `text.slice(start, end)`, scale word, currency sign and `%` included. */
  text: string;
  value: number;
  form: NumberForm;
  ordinal: boolean;
  /** `%` (sign or `per cent`), `$` (currency sign or `dollars`), else undefined. */
  unit?: '%' | '$';
  /** Up to three words after the number (and its unit), lower-cased: `people`, `in` for `45,000 people in Kentucky`. */
  following: string[];
  comparison: Comparison;
  /** Digits written with thousands separators. */
  separators: boolean;
  /** Decimal places written. */
  decimals: number;
  /** Scale word written after digits (`million`), as written. */
  scaleWord?: string;
  /** Currency sign written before digits. */
  currency?: string;
  /** A bare four-digit number that reads as a year (1000-2199, no separator, no unit). */
  yearLike: boolean;
}

const SCALES = SCALE_WORDS;
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORDINAL_TENS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

type WordKind = 'unit' | 'tens' | 'hundred' | 'scale';
interface NumberWord {
  value: number;
  kind: WordKind;
  ordinal: boolean;
}

const NUMBER_WORDS = new Map<string, NumberWord>();
UNITS.forEach((w, i) => NUMBER_WORDS.set(w, { value: i, kind: 'unit', ordinal: false }));
TENS.forEach((w, i) => w && NUMBER_WORDS.set(w, { value: i * 10, kind: 'tens', ordinal: false }));
ORDINAL_UNITS.forEach((w, i) => NUMBER_WORDS.set(w, { value: i, kind: 'unit', ordinal: true }));
ORDINAL_TENS.forEach((w, i) => w && NUMBER_WORDS.set(w, { value: i * 10, kind: 'tens', ordinal: true }));
NUMBER_WORDS.set('hundred', { value: 100, kind: 'hundred', ordinal: false });
NUMBER_WORDS.set('hundredth', { value: 100, kind: 'hundred', ordinal: true });
for (const [w, v] of SCALES) {
  NUMBER_WORDS.set(w, { value: v, kind: 'scale', ordinal: false });
  NUMBER_WORDS.set(`${w}th`, { value: v, kind: 'scale', ordinal: true });
}
NUMBER_WORDS.delete('zeroth');

/** Whether a lower-case word is a number word (`three`, `third`, `hundred`): a fact, as digits are. */
export function isNumberWord(word: string): boolean {
  return NUMBER_WORDS.has(word);
}

const SCALE_BY_WORD = new Map(SCALES);
const SCALE_ALTERNATION = SCALES.map(([w]) => w).join('|');
const WORD_ALTERNATION = [...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');

/** Digits, optionally with a currency sign, decimals, an ordinal suffix, a scale word and a percent; not parts of codes, dates or times (`B-52`, `3/4`, `9:30`). */
const DIGITS_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,\-/:])(US\$|\$|£|€)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:(st|nd|rd|th)(?![\p{L}\p{N}])|(?![\p{L}\p{N}]|[.,:]\d)(?:[\s\u00a0]+(${SCALE_ALTERNATION})\b)?)`,
  'giu',
);
/** A digit: what every match of DIGITS_RE holds, at most three characters (a currency sign) after its start. */
const DIGIT = /\d/g;
/**
 * A number word with no ASCII letter either side: what every match of
 * WORDS_RE that yields a mention starts with, or with `a` and white space
 * before it (`a hundred`). A mention holds a number word that lower-cases to
 * one parseWordRun knows, so is written in ASCII letters (of the other
 * characters only the Kelvin sign lower-cases to one, `k`, which no number
 * word holds), and WORDS_RE bounds its words by non-letters. Without the
 * `u` flag this screen is far cheaper than WORDS_RE, and most sentences
 * fail it (`someone`, `often`, `money`).
 */
const NUMBER_WORD = new RegExp(`(?:^|[^a-z])(?:${WORD_ALTERNATION})(?![a-z])`, 'gi');
/** `ſ`, which WORDS_RE (`iu`) reads as an `s` of a number word and NUMBER_WORD does not. */
const LONG_S = '\u017f';

/** Where a match of DIGITS_RE may start at `from` or after, or -1 when none can. */
function nextDigits(text: string, from: number): number {
  DIGIT.lastIndex = from;
  const digit = DIGIT.exec(text);
  return digit ? Math.max(from, digit.index - 3) : -1;
}

/** Where a match of WORDS_RE may start at `from` or after, or -1 when none can (`from` is 0 or the end of a match). */
function nextNumberWords(text: string, from: number): number {
  NUMBER_WORD.lastIndex = from;
  const screen = NUMBER_WORD.exec(text);
  if (!screen) return -1;
  // The screen's match starts at the character before the word, but at the start of the text.
  let start = screen.index === 0 && /^[a-z]/i.test(text) ? 0 : screen.index + 1;
  const word = start;
  while (start > from && /\s/.test(text[start - 1]!)) start--;
  return start < word && start > from && (text[start - 1] === 'a' || text[start - 1] === 'A') ? start - 1 : word;
}

/**
 * Each match of `pattern` (global, Unicode) in `text`, in order, as its own
 * exec loop finds them. V8 resumes a Unicode pattern mid-string several
 * times slower than it starts one: each search starts where `nextStart`
 * (with cheap patterns) says the next match can, and none runs on past the
 * last candidate.
 */
function eachMatch(text: string, pattern: RegExp, nextStart: (text: string, from: number) => number, found: (match: RegExpExecArray) => void): void {
  for (let from = nextStart(text, 0); from >= 0; from = nextStart(text, pattern.lastIndex)) {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match) return;
    found(match);
  }
}

/** A run of number words joined by spaces, hyphens or `and` (`one hundred and five`, `forty-five thousand`). */
const WORDS_RE = new RegExp(
  String.raw`(?<![\p{L}\-])(?:a[\s\u00a0]+(?=(?:hundred|${SCALE_ALTERNATION})\b))?(?:${WORD_ALTERNATION})(?:(?:[\s\u00a0]+(?:and[\s\u00a0]+)?|-)(?:${WORD_ALTERNATION}))*(?![\p{L}])`,
  'giu',
);
const PERCENT_RE = /^(?:[\s\u00a0]?%|[\s\u00a0]+(?:per[\s\u00a0]?cent|percent)\b)/i;
const DOLLARS_RE = /^[\s\u00a0]+dollars?\b/i;
const FOLLOWING_RE = /^(?:[\s\u00a0]+([\p{L}][\p{L}'’-]*))(?:[\s\u00a0]+([\p{L}][\p{L}'’-]*))?(?:[\s\u00a0]+([\p{L}][\p{L}'’-]*))?/u;

/** Qualifiers written before a number, longest first within each bound. */
const QUALIFIERS: [RegExp, Comparison][] = [
  [/\b(?:more than|over|above|at least|upwards of|in excess of|(?:no|not|never) (?:fewer|less) than|just over|well over|exceeding)\s+$/i, 'atLeast'],
  [/\b(?:less than|fewer than|under|below|at most|up to|no more than|not more than|just under|well under)\s+$/i, 'atMost'],
  [/\b(?:about|around|approximately|nearly|almost|some|roughly|close to|an estimated|estimated|circa|perhaps|an average of|averaging)\s+$/i, 'approx'],
];
/**
 * The last word of every qualifier above, lower-cased: a qualifier can end
 * `before` only when its last word of ASCII letters is one of them, which is
 * far cheaper to check than the patterns, unanchored at their start, are.
 */
const QUALIFIER_LAST_WORDS = new Set([
  'than', 'over', 'above', 'least', 'of', 'exceeding', 'under', 'below', 'most', 'to',
  'about', 'around', 'approximately', 'nearly', 'almost', 'some', 'roughly', 'estimated', 'circa', 'perhaps', 'averaging',
]);

/** The ASCII letters right before the trailing white space of `before`, lower-cased ('' when none). */
function lastWordBeforeSpace(before: string): string {
  let end = before.length;
  while (end > 0 && /\s/.test(before[end - 1]!)) end--;
  if (end === before.length) return '';
  let start = end;
  while (start > 0 && /[A-Za-z]/.test(before[start - 1]!)) start--;
  return before.slice(start, end).toLowerCase();
}

/** Qualifiers written after a number (and its noun). */
const TRAILING_QUALIFIERS: [RegExp, Comparison][] = [
  [/^(?:[\s\u00a0]+[\p{L}]+)?,?[\s\u00a0]+or (?:more|over)\b|^[\s\u00a0]+plus\b|^\+/iu, 'atLeast'],
  [/^(?:[\s\u00a0]+[\p{L}]+)?,?[\s\u00a0]+or (?:less|fewer)\b/iu, 'atMost'],
  [/^(?:[\s\u00a0]+[\p{L}]+)?,?[\s\u00a0]+or so\b/iu, 'approx'],
];

/** Text every trailing qualifier holds (`or `, `plus`, `+`): most numbers have none after them, and the patterns are costly. */
const MAY_QUALIFY_AFTER = /or |plu|^\+/i;

/** Every number written in `text`, in order. */
export function findNumbers(text: string): NumberMention[] {
  return numberDrafts(text).map((draft) => finish(text, draft));
}

/**
 * The numbers of `text`, in order, before their surroundings are read: what
 * the digits or words alone say. Reading the surroundings (finish) is the
 * costly part, which a caller that needs few of the numbers can spare.
 */
export function numberDrafts(text: string): NumberDraft[] {
  const drafts: NumberDraft[] = [];
  // Cheap screens first: most sentences hold no digit and no number word, and
  // the full Unicode patterns (with their look-behinds) are the costly part.
  eachMatch(text, DIGITS_RE, nextDigits, (match) => drafts.push(digitsDraft(match)));
  const digits = drafts.length;
  // With an `ſ`, WORDS_RE may match before NUMBER_WORD sees a number word: it searches on its own.
  eachMatch(text, WORDS_RE, text.includes(LONG_S) ? (_text, from) => from : nextNumberWords, (match) => wordDrafts(match, drafts));
  if (digits > 0 && drafts.length > digits) drafts.sort((a, b) => a.start - b.start);
  return drafts;
}

function digitsDraft(match: RegExpExecArray): NumberDraft {
  const [whole, currency, integer = '', fraction, ordinalSuffix, scaleWord] = match;
  const start = match.index;
  let value = Number(integer.replace(/,/g, '') + (fraction ?? ''));
  if (scaleWord) value *= SCALE_BY_WORD.get(scaleWord.toLowerCase())!;
  return {
    start,
    end: start + whole.length,
    value,
    form: 'digits',
    ordinal: Boolean(ordinalSuffix),
    separators: integer.includes(','),
    decimals: fraction ? fraction.length - 1 : 0,
    scaleWord,
    currency,
    yearLike: !currency && !scaleWord && !ordinalSuffix && !fraction && /^(1\d{3}|2[01]\d{2})$/.test(integer),
  };
}

const LETTERS = /\p{L}+/gu;

/** A run of number words may hold several numbers (`two three-year terms`): split where the grammar breaks. */
function wordDrafts(match: RegExpExecArray, drafts: NumberDraft[]): void {
  const base = match.index;
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  LETTERS.lastIndex = 0;
  for (let token = LETTERS.exec(match[0]); token; token = LETTERS.exec(match[0])) {
    words.push(token[0].toLowerCase());
    starts.push(base + token.index);
    ends.push(base + token.index + token[0].length);
  }
  let i = 0;
  while (i < words.length) {
    const parsed = parseWordRun(i === 0 ? words : words.slice(i));
    if (!parsed) {
      i++;
      continue;
    }
    drafts.push({
      start: starts[i]!,
      end: ends[i + parsed.length - 1]!,
      value: parsed.value,
      form: 'words',
      ordinal: parsed.ordinal,
      separators: false,
      decimals: 0,
      scaleWord: undefined,
      currency: undefined,
      yearLike: false,
    });
    i += parsed.length;
  }
}

/**
 * Parse the longest valid number at the start of a word list: `forty five
 * thousand and two` -> 45002. `a` counts as one before a scale word; `and`
 * only after `hundred` or a scale. Returns how many words it used.
 */
export function parseWordRun(words: readonly string[]): { value: number; length: number; ordinal: boolean } | undefined {
  let total = 0;
  let group = 0;
  let last: WordKind | 'start' | 'and' = 'start';
  let lastScale = Infinity;
  let used = 0;
  let ordinal = false;
  let sawNumber = false;
  for (let i = 0; i < words.length && !ordinal; i++) {
    const word = words[i]!;
    if (word === 'a' && last === 'start') {
      group = 1;
      last = 'unit';
      continue;
    }
    if (word === 'and') {
      if (last !== 'hundred' && last !== 'scale') break;
      last = 'and';
      continue;
    }
    const entry = NUMBER_WORDS.get(word);
    if (!entry) break;
    const { kind, value } = entry;
    if (kind === 'unit') {
      // A unit follows nothing but a start, tens (`forty five`), hundred or scale.
      if (last === 'unit' || (last === 'tens' && (group % 10 !== 0 || value >= 10))) break;
      group += value;
    } else if (kind === 'tens') {
      if (last === 'unit' || last === 'tens') break;
      group += value;
    } else if (kind === 'hundred') {
      if (last !== 'unit' || group >= 100 || group === 0) break;
      group *= 100;
    } else {
      if (last === 'start' || last === 'and' || value >= lastScale || group === 0) break;
      total += group * value;
      group = 0;
      lastScale = value;
    }
    last = kind;
    sawNumber = true;
    ordinal = entry.ordinal;
    used = i + 1;
  }
  if (!sawNumber || used === 0) return undefined;
  // `a` alone is no number.
  if (used === 1 && words[0] === 'a') return undefined;
  return { value: total + group, length: used, ordinal };
}

/** A number as its digits or words alone tell it (numberDrafts); finish adds what surrounds it. */
export type NumberDraft = Omit<NumberMention, 'text' | 'unit' | 'following' | 'comparison'>;

/** Add what surrounds the number: percent or currency unit, the noun after it, the qualifier. */
export function finish(text: string, draft: NumberDraft): NumberMention {
  let end = draft.end;
  let unit: NumberMention['unit'] = draft.currency ? '$' : undefined;
  const after = text.slice(end, end + 40);
  const percent = PERCENT_RE.exec(after);
  let unitEnd = end;
  if (percent && !draft.ordinal) {
    unit = '%';
    if (percent[0].trim() === '%') end += percent[0].length;
    unitEnd = draft.end + percent[0].length;
  } else if (!draft.ordinal) {
    const dollars = DOLLARS_RE.exec(after);
    if (dollars) {
      unit = '$';
      unitEnd = draft.end + dollars[0].length;
    }
  }
  const rest = text.slice(unitEnd, unitEnd + 40);
  const nextWords = FOLLOWING_RE.exec(rest);
  const following: string[] = [];
  if (nextWords) for (let i = 1; i <= 3 && nextWords[i]; i++) following.push(nextWords[i]!.toLowerCase());
  const before = text.slice(Math.max(0, draft.start - 30), draft.start);
  const leading = QUALIFIER_LAST_WORDS.has(lastWordBeforeSpace(before)) ? QUALIFIERS.find(([re]) => re.test(before))?.[1] : undefined;
  const comparison = leading ?? (MAY_QUALIFY_AFTER.test(rest) ? TRAILING_QUALIFIERS.find(([re]) => re.test(rest))?.[1] : undefined) ?? 'exact';
  // One object shape for every mention: spreading the draft made each a slow, many-shaped copy.
  return {
    start: draft.start,
    end,
    text: text.slice(draft.start, end),
    value: draft.value,
    form: draft.form,
    ordinal: draft.ordinal,
    unit,
    following,
    comparison,
    separators: draft.separators,
    decimals: draft.decimals,
    scaleWord: draft.scaleWord,
    currency: draft.currency,
    yearLike: draft.yearLike && !unit,
  };
}

/**
 * The slack a written figure allows around itself: a figure with a scale
 * word or one of 10,000 and more that ends in zeros is a rounding (`1.1
 * billion`, `45,000`), up to half its last written digit and at most 5%.
 * Small figures and years are exact.
 */
export function roundingTolerance(mention: NumberMention): number {
  if (mention.ordinal || mention.yearLike) return 0;
  const scale = mention.scaleWord ? SCALE_BY_WORD.get(mention.scaleWord.toLowerCase())! : 1;
  if (scale === 1 && (mention.form === 'words' || Math.abs(mention.value) < 10_000)) return 0;
  const digits = mention.text.replace(/[^\d.]/g, '');
  const [integer = '', fraction = ''] = digits.split('.');
  const trailingZeros = fraction ? 0 : (/0*$/.exec(integer)?.[0].length ?? 0);
  const place = (fraction ? 10 ** -fraction.length : 10 ** trailingZeros) * scale;
  return Math.min(place / 2, Math.abs(mention.value) * 0.05);
}

/**
 * The unit a figure is rounded to, as written: its last significant digit
 * (`50` -> 10, `16` -> 1, `3.15` -> 0.01, `200 million` -> 100 million), or
 * five of them when that digit is a 5 after another (`45,000` -> 5,000).
 */
export function roundingUnit(mention: NumberMention): number {
  const scale = mention.scaleWord ? SCALE_BY_WORD.get(mention.scaleWord.toLowerCase())! : 1;
  if (mention.decimals > 0) return 10 ** -mention.decimals * scale;
  const digits = mention.form === 'digits' ? mention.text.replace(/\D/g, '') : String(Math.round(mention.value));
  const significant = digits.replace(/0+$/, '');
  const unit = 10 ** (digits.length - significant.length) * scale;
  return significant.length >= 2 && significant.endsWith('5') ? unit * 5 : unit;
}

/** How far above `more than N` (or below `less than N`) the true figure may lie before the text understates it. */
const BOUND_FACTOR = 2;

/**
 * Whether the text's figure, with its qualifier, agrees with the true value:
 * `more than N` and `less than N` take values up to twice or down to half
 * N; `about N` (`nearly`, `some`...) values that round to N at the
 * precision N is written with (`about 50` takes 45 to 55, `about 16` only 16).
 */
export function consistentWith(mention: NumberMention, value: number): boolean {
  return readingAdmits(readingOf(mention), value);
}

/** What consistentWith reads of a mention, as numbers: a corpus run keeps this for each figure of each record, not the mention. */
export interface Reading {
  value: number;
  comparison: Comparison;
  /** roundingTolerance */
  tolerance: number;
  /** roundingUnit (read for `approx` only) */
  rounding: number;
}

export function readingOf(mention: NumberMention): Reading {
  return { value: mention.value, comparison: mention.comparison, tolerance: roundingTolerance(mention), rounding: mention.comparison === 'approx' ? roundingUnit(mention) : 0 };
}

/** consistentWith, of a mention's reading. */
export function readingAdmits(reading: Reading, value: number): boolean {
  const slack = reading.tolerance + 1e-9 * Math.max(1, Math.abs(value));
  const written = reading.value;
  switch (reading.comparison) {
    case 'exact':
      return Math.abs(value - written) <= slack;
    case 'atLeast':
      return value >= written - slack && value <= written * BOUND_FACTOR + slack;
    case 'atMost':
      return value <= written + slack && value >= written / BOUND_FACTOR - slack;
    case 'approx':
      return Math.abs(value - written) <= Math.max(slack, reading.rounding / 2 + 1e-9 * Math.max(1, Math.abs(value)));
  }
}

// --- writing a value in the form of a mention -------------------------------

/** `45` -> `forty-five`, `400000000` -> `four hundred million`; integers only. */
export function toWords(value: number): string {
  if (value === 0) return 'zero';
  const parts: string[] = [];
  let rest = value;
  for (const [word, scale] of SCALES) {
    if (rest >= scale) {
      parts.push(`${underThousand(Math.floor(rest / scale))} ${word}`);
      rest %= scale;
    }
  }
  if (rest > 0) parts.push(underThousand(rest));
  return parts.join(' ');
}

function underThousand(value: number): string {
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  const words: string[] = [];
  if (hundreds) words.push(`${UNITS[hundreds]} hundred`);
  if (rest >= 20) words.push(TENS[Math.floor(rest / 10)]! + (rest % 10 ? `-${UNITS[rest % 10]}` : ''));
  else if (rest > 0) words.push(UNITS[rest]!);
  return words.join(' ');
}

/** `5` -> `fifth`, `21` -> `twenty-first`, `100` -> `one hundredth`. */
export function toOrdinalWords(value: number): string {
  const cardinal = toWords(value);
  const lastWord = /[a-z]+$/.exec(cardinal)![0];
  const ordinal = lastWord in ORDINAL_BY_CARDINAL ? ORDINAL_BY_CARDINAL[lastWord]! : `${lastWord}th`;
  return cardinal.slice(0, cardinal.length - lastWord.length) + ordinal;
}

const ORDINAL_BY_CARDINAL: Record<string, string> = Object.fromEntries([
  ...UNITS.map((w, i) => [w, ORDINAL_UNITS[i]!]),
  ...TENS.filter(Boolean).map((w, i) => [w, ORDINAL_TENS[i + 2]!]),
]);

function ordinalSuffix(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
}

function withSeparators(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Write `value` the way `mention` is written: `$3,200,000` -> `$2,300,000`, `fifty` -> `fifteen`, `Three` -> `Two`, `$11 billion` -> `$1.1 billion`. */
export function formatLike(mention: NumberMention, value: number): string {
  if (mention.form === 'words' && Number.isInteger(value) && value >= 0 && value < 1e15) {
    const words = mention.ordinal ? toOrdinalWords(value) : toWords(value);
    return matchCase(mention.text, words);
  }
  const scale = mention.scaleWord ? SCALE_BY_WORD.get(mention.scaleWord.toLowerCase())! : 1;
  const scaled = value / scale;
  const decimals = Math.max(mention.decimals, decimalPlaces(scaled));
  let [integer = '', fraction] = scaled.toFixed(Math.min(decimals, 6)).split('.');
  if (mention.separators) integer = withSeparators(integer);
  let written = (mention.currency ?? '') + integer + (fraction ? `.${fraction}` : '');
  if (mention.ordinal) written += ordinalSuffix(value);
  if (mention.scaleWord) written += ` ${mention.scaleWord}`;
  if (mention.text.endsWith('%')) written += mention.text.slice(mention.text.search(/[\s\u00a0]?%$/));
  return written;
}

function decimalPlaces(value: number): number {
  for (let places = 0; places <= 6; places++) if (Math.abs(value - Number(value.toFixed(places))) < 1e-9 * Math.max(1, Math.abs(value))) return places;
  return 6;
}

function matchCase(model: string, words: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return words.toUpperCase();
  if (/^\p{Lu}/u.test(model)) return words[0]!.toUpperCase() + words.slice(1);
  return words;
}

// --- dates ------------------------------------------------------------------

/**
 * A calendar date written with its month's name (`9 June 2019`, `June 9th`,
 * `9th of June`, `9. Juni`, `9 de junio`): its day is no quantity of
 * anything, and its year no year of a count.
 */
export interface DateMention {
  start: number;
  end: number;
  /** As written, day, month and year (when one follows). */
  text: string;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
  /** The year written with it, else undefined. */
  year?: number;
}

/**
 * Month names (and English abbreviations) of the languages whose paragraphs
 * the linter tells apart (English, French, German, Spanish, Portuguese,
 * Italian, Dutch), lower-cased, by month number; each month's English name
 * first.
 */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'januar', 'enero', 'janeiro', 'gennaio', 'januari'],
  ['february', 'feb', 'février', 'fevrier', 'februar', 'febrero', 'fevereiro', 'febbraio', 'februari'],
  ['march', 'mar', 'mars', 'märz', 'marzo', 'março', 'maart'],
  ['april', 'apr', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mei'],
  ['june', 'jun', 'juin', 'juni', 'junio', 'junho', 'giugno'],
  ['july', 'jul', 'juillet', 'juli', 'julio', 'julho', 'luglio'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setembro', 'settembre'],
  ['october', 'oct', 'octobre', 'oktober', 'octubre', 'outubro', 'ottobre'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'décembre', 'decembre', 'dezember', 'diciembre', 'dezembro', 'dicembre'],
];
const MONTH_BY_NAME = new Map(MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));
/** English month names that are also common words: a date's only when capitalised (`they may 9`, `march 9 miles`). */
const MONTH_WORDS = new Set(['may', 'march', 'mar', 'jan', 'dec']);

const MONTH_ALTERNATION = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');
const DAY = String.raw`(?<![\p{L}\p{N}.,\-/:])([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const MONTH = String.raw`(${MONTH_ALTERNATION})\.?`;
const YEAR = String.raw`(?:,?[\s\u00a0]+(?:de[\s\u00a0]+)?(1\d{3}|2[01]\d{2}))?`;
/** Day before month (`9 June`, `9th of June`, `9. Juni`, `9 de junio de 2019`) or month before day (`June 9, 2019`), each with the year that may follow. */
const DATE_RE = new RegExp(
  String.raw`${DAY}\.?[\s\u00a0]+(?:(?:of|de|del)[\s\u00a0]+)?${MONTH}${YEAR}(?![\p{L}\p{N}])|(?<![\p{L}])${MONTH}[\s\u00a0]+${DAY}${YEAR}(?![\p{L}\p{N}])`,
  'giu',
);

/** Every date of `text` written with a month's name, in order. */
export function findDates(text: string): DateMention[] {
  const dates: DateMention[] = [];
  DATE_RE.lastIndex = 0;
  for (let match = DATE_RE.exec(text); match; match = DATE_RE.exec(text)) {
    const dayFirst = match[1] !== undefined;
    const monthWord = (dayFirst ? match[2] : match[4])!;
    if (MONTH_WORDS.has(monthWord.toLowerCase()) && !/^\p{Lu}/u.test(monthWord)) continue;
    const year = dayFirst ? match[3] : match[6];
    dates.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      month: MONTH_BY_NAME.get(monthWord.toLowerCase())!,
      day: Number(dayFirst ? match[1] : match[5]),
      year: year === undefined ? undefined : Number(year),
    });
  }
  return dates;
}
