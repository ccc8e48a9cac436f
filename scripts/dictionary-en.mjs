// What the build's generators share: dictionary-en's files and nspell over
// them (generate-dictionary.mjs, generate-world-names.mjs), and the one
// sorted form of a word list that lexicon.ts's PrefixList searches.
import { readFileSync } from 'node:fs';
import nspell from 'nspell';

const base = import.meta.resolve('dictionary-en');
export const files = { aff: new URL('index.aff', base), dic: new URL('index.dic', base) };
export const speller = nspell({ aff: readFileSync(files.aff), dic: readFileSync(files.dic) });

/** Distinct strings, sorted by UTF-16 code units (PrefixList's order, the order of `<`), one a line. */
export const sortedLines = (strings) => [...new Set(strings)].sort().join('\n');
