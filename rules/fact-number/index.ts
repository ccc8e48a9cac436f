// fact-number: a number that contradicts a glossary fact. A fact is checked
// in every sentence that holds all its `about` words (case-insensitive, as
// word prefixes) and a number of its unit; the sentence agrees when one of
// its numbers, read with its qualifier (`more than`, `about`...), fits the
// value. Otherwise the number most likely meant as the fact is flagged, with
// the true value written in the text's own form as the suggestion.
import { docsUrl } from '../../src/engine/docs.js';
import type { GlossaryFact } from '../../src/config/glossary.js';
import type { Rule } from '../../src/types.js';
import { consistentWith, findNumbers, formatLike, type NumberMention } from '../../src/analysis/numbers.js';
import { DOLLAR_WORDS, PERCENT_WORDS } from '../../src/util/number-words.js';

const rule: Rule = {
  meta: {
    id: 'fact-number',
    description: 'A number that contradicts a glossary fact',
    severity: 'warn',
    url: docsUrl('fact-number'),
    fixable: false,
    options: {},
  },
  create(context) {
    const { doc, glossary } = context;
    if (glossary.facts.length === 0) return;
    const flagged = new Set<number>();
    const matchers = glossary.facts.map((fact) => ({ fact, about: fact.about.map((word) => word.trim().toLowerCase().replace(/[\s\u00a0]+/g, ' ')) }));
    for (const sentence of doc.sentences) {
      let numbers: NumberMention[] | undefined;
      const lower = sentence.text.toLowerCase().replace(/[\s\u00a0]+/g, ' ');
      for (const { fact, about } of matchers) {
        if (!about.every((word) => startsAWord(lower, word))) continue;
        numbers ??= findNumbers(sentence.text);
        const ofUnit = numbers.filter((n) => hasUnit(n, fact.unit));
        if (ofUnit.length === 0 || ofUnit.some((n) => consistentWith(n, fact.value))) continue;
        const suspect = likeliestMiswriting(ofUnit, fact.value);
        const start = sentence.start + suspect.start;
        if (flagged.has(start)) continue;
        flagged.add(start);
        const expected = formatLike(suspect, fact.value);
        context.report({
          message: `"${suspect.text}" contradicts the glossary fact ${describe(fact)}: expected ${expected}`,
          start,
          end: sentence.start + suspect.end,
          expected: [expected],
          data: { fact: fact.id ?? fact.about.join(' '), value: fact.value, found: suspect.value },
        });
      }
    }
  },
};

export default rule;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether `word` starts a word of `text` (`employ` in `employs`, `japan` in `japan's`, not `employ` in `unemployed`); both lower-cased. */
function startsAWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !LETTER_OR_DIGIT.test(text[at - 1]!)) return true;
  }
  return false;
}

const YEAR_UNITS = new Set(['year', 'years']);

/**
 * Whether a number is written in the fact's unit (the glossary has turned
 * percent and dollar words into `%` and `$`, and scale words into the value).
 * `%` and `$` need the sign or word; `year` also takes a bare year (`in
 * 1954`); a noun takes a number with that noun among the next words
 * (`45,000 new jobs` for `jobs`, `45,000 new jobs` for `new jobs`), or a
 * bare count (`45,000 in Kentucky`).
 */
function hasUnit(number: NumberMention, unit: string | undefined): boolean {
  if (!unit) return true;
  const wanted = unit.trim().toLowerCase();
  if (PERCENT_WORDS.includes(wanted)) return number.unit === '%';
  if (DOLLAR_WORDS.includes(wanted)) return number.unit === '$';
  if (number.unit) return false;
  if (YEAR_UNITS.has(wanted) && number.yearLike) return true;
  const [next] = number.following;
  if (next === undefined || FUNCTION_WORD.test(next)) return true;
  const words = wanted.split(/[\s\u00a0]+/);
  const last = words.pop()!.replace(/s$/, '');
  const { following } = number;
  return following.some((_, at) => words.every((word, i) => following[at + i] === word) && following[at + words.length]?.startsWith(last) === true);
}

/** A word after a number that is not its noun. */
const FUNCTION_WORD = /^(?:in|of|at|on|for|by|to|and|or|from|as|than|with|per|a|an|the|this|that|is|are|was|were)$/;

/**
 * Of several numbers, the one that most likely misstates the value: a
 * year for a year, a cardinal before an ordinal, a lone `one` last, then the
 * closest (a digit off, ten times off, digits swapped, then by ratio).
 */
function likeliestMiswriting(numbers: NumberMention[], value: number): NumberMention {
  const yearValue = Number.isInteger(value) && value >= 1000 && value < 2200;
  const rank = (n: NumberMention) => [
    n.yearLike === yearValue ? 0 : 1,
    n.ordinal ? 1 : 0,
    n.form === 'words' && n.value === 1 ? 1 : 0,
    distance(n.value, value),
  ];
  return numbers.reduce((best, n) => (compareRanks(rank(n), rank(best)) < 0 ? n : best));
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** 0 for the usual slips (one off, ten times off, two digits swapped), else the log ratio. */
function distance(written: number, value: number): number {
  if (Math.abs(written - value) === 1) return 0;
  const ratio = Math.abs(written / value);
  if (Math.abs(ratio - 10) < 1e-9 || Math.abs(ratio - 0.1) < 1e-9) return 0;
  const digits = (n: number) => String(n).replace(/\D/g, '').split('').sort().join('');
  if (digits(written) === digits(value)) return 0;
  return Number.isFinite(Math.log(ratio)) ? Math.abs(Math.log(ratio)) + 0.01 : Infinity;
}

function describe(fact: GlossaryFact): string {
  return fact.note ? `"${fact.note}"` : `about ${fact.about.map((a) => `"${a}"`).join(', ')}`;
}
