// The words that are part of a written value, shared by the text's numbers
// (analysis/numbers.ts) and the glossary's facts (config/glossary.ts).

/** Scale words after a figure (`40 billion`), largest first. */
export const SCALE_WORDS: readonly (readonly [word: string, factor: number])[] = [
  ['trillion', 1e12],
  ['billion', 1e9],
  ['million', 1e6],
  ['thousand', 1e3],
];

/** Ways of writing a percentage after a figure (`2%`, `2 percent`, `2 per cent`), lower-cased. */
export const PERCENT_WORDS: readonly string[] = ['%', 'percent', 'per cent', 'pct'];

/** Ways of writing dollars, lower-cased. */
export const DOLLAR_WORDS: readonly string[] = ['$', 'us$', 'usd', 'dollar', 'dollars'];
