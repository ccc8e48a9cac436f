// The Set-based dictionary check must answer exactly as nspell does.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DICTIONARY_WORDS, dictionaryLowerForms, dictionaryNameForms } from './dictionary-words.js';
import { nspellDictionary, wordListCheck } from './lexicon.js';

const speller = nspellDictionary();
// Both ways the list is read: searched (a short article's few look-ups), and indexed from the first look-up.
const checks = { searched: wordListCheck(Infinity), indexed: wordListCheck(0) };

/** Words of the seeds and the test fixtures, with the variants the rules check. */
function sampleWords(): string[] {
  const dirs = [new URL('../../../seeds/', import.meta.url), new URL('../../../tests/fixtures/', import.meta.url)];
  const words = new Set<string>(['', ' the ', 'it’s', 'don’t', 'O’Brien', '21st', 'a1st', '11th', '1th', '3th', 'NATO', 'NATOs', 'U.S.', 'x.com', 'œConfrontation', 'colour', 'Colour', 'COLOUR', "Obama's", "Kennedys'", 'pre-war', 'well-known', 'un-American']);
  for (const dir of dirs) {
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((file) => file.endsWith('.txt'));
    } catch {
      continue;
    }
    for (const file of files) {
      for (const word of readFileSync(new URL(file, dir), 'utf8').match(/[\p{L}\p{N}'’.-]+/gu) ?? []) {
        for (const form of [word, ...word.split(/-/), word.replace(/['’]s$/, '')]) {
          words.add(form).add(form.toLowerCase()).add(form.toUpperCase()).add(form.charAt(0).toUpperCase() + form.slice(1).toLowerCase());
        }
      }
    }
  }
  return [...words];
}

describe('dictionary word list', () => {
  it('is the list nspell expands dictionary-en into (else run generate-dictionary.mjs)', () => {
    expect(DICTIONARY_WORDS.split('\n')).toEqual(Object.keys(speller.data).sort());
  });

  it('comes with its prefix lists sorted at build time: every form lower-cased, and the capitalised ones', () => {
    const sortedLines = (strings: string[]) => [...new Set(strings)].sort().join('\n');
    const forms = DICTIONARY_WORDS.split('\n');
    expect(dictionaryLowerForms()).toBe(sortedLines(forms.map((form) => form.toLowerCase())));
    expect(dictionaryNameForms()).toBe(sortedLines(forms.filter((form) => /^\p{Lu}/u.test(form)).map((form) => form.toLowerCase())));
    expect(dictionaryNameForms().split('\n')).toContain('sydney');
    expect(dictionaryNameForms().split('\n')).not.toContain('forge');
  });

  for (const [way, check] of Object.entries(checks)) {
    it(`accepts and rejects what nspell does, ${way}: corpus words, possessives, case forms, hyphen parts`, () => {
      const words = [...sampleWords(), 'the\nend', 'zymurgy', 'zymurgy\n', '0', '0\n0th'];
      expect(words.length).toBeGreaterThan(100);
      const disagreements = words.filter((word) => check(word) !== speller.correct(word));
      expect(disagreements).toEqual([]);
    });

    it(`accepts and rejects what nspell does on every dictionary form in other cases, ${way}`, () => {
      const forms = DICTIONARY_WORDS.split('\n').filter((_, i) => i % 7 === 0);
      const variants = forms.flatMap((form) => [form, form.toLowerCase(), form.toUpperCase(), form.charAt(0).toUpperCase() + form.slice(1), `${form}'s`, `${form}x`, form.slice(0, -1)]);
      expect(variants.filter((word) => check(word) !== speller.correct(word))).toEqual([]);
    });
  }
});
