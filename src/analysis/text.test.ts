import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a } from '../util/fnv.js';
import { boundedEditDistance, isPlainText, shingleHashes, tokenHashPieces, tokenSimilarity, wordTokens, writePlainTokenHashes } from './text.js';

/** The textbook O(n * m) word edit distance. */
function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

describe('text helpers', () => {
  it('wordTokens ignores case, punctuation, quote style and markup', () => {
    expect(wordTokens("**Ishiba's Visit:** <b>Japan&rsquo;s</b> PM")).toEqual(['ishibas', 'visit', 'japan', 's', 'pm']);
    expect(wordTokens('ISHIBA\u2019S  visit')).toEqual(wordTokens("Ishiba's visit"));
    expect(wordTokens('\u201CQuoted,\u201D she said.')).toEqual(wordTokens('"quoted" she said'));
  });

  it('wordTokens reads typographic prose and any other text alike', () => {
    // Quotes and dashes keep the ASCII path; an accent, a ligature or a non-breaking space take the Unicode one.
    expect(wordTokens('\u201CIt\u2019s <i>over</i>\u201D \u2013 Ishiba&nbsp;said \u2014 2024')).toEqual(['its', 'over', 'ishiba', 'said', '2024']);
    expect(wordTokens('\u201CCaf\u00e9\u201D \ufb01nal\u00a0Stra\u00dfe \u2018\u00c9t\u00e9\u2019')).toEqual(['café', 'final', 'straße', 'été']);
  });

  it('tokenHashPieces gives the hashes of wordTokens, whatever the piece length', () => {
    // Tags and references across lines, accents, final sigma and ligatures: what a cut in the wrong place would change.
    // Capitals, digits, apostrophes of every style and dashes: what the scan of a plain piece must read as wordTokens does.
    const fragments = fc.constantFrom('a', 'Word', 'ZED', ' ', '\n', '\r\n', '<b', '>', '<i>', 'x\n>', '&amp;', '&', "'s", '`', '\u2019', '\u2018', 'caf\u00e9', 'e\u0301', '\u039F\u0394\u039F\u03A3', '\ufb01', '\u201C', '\u2014', '-', '2024', '.', ';');
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 40 }), fc.nat(40), fc.integer({ min: 1, max: 12 }), (parts, from, pieceLength) => {
        const text = parts.join('');
        const start = Math.min(from, text.length);
        expect([...tokenHashPieces(text, start, pieceLength)].flatMap((hashes) => [...hashes])).toEqual(wordTokens(text.slice(start)).map(fnv1a));
      }),
    );
  });

  it('isPlainText: typographic ASCII without tags or entities', () => {
    expect(isPlainText('\u201CIt\u2019s over\u201D \u2013 she said; 3 > 2.')).toBe(true);
    expect(['<i>', 'AT&T', 'caf\u00e9', 'a\u00a0b'].filter(isPlainText)).toEqual([]);
  });

  it('writePlainTokenHashes writes the hashes of wordTokens after what is there, or says -1 for a text that is not plain', () => {
    const fragments = fc.constantFrom('a', 'Word', 'ZED', ' ', '\n', '<i>', '&amp;', '&', "'s", '`', '\u2019', '\u2018', 'caf\u00e9', '\u201C', '\u201D', '\u2013', '\u2014', '-', '2024', '.', '@', '[');
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 30 }), fc.nat(3), (parts, at) => {
        const text = parts.join('');
        const out = new Uint32Array(at + ((text.length + 1) >>> 1)).fill(7);
        const count = writePlainTokenHashes(text, out, at);
        if (isPlainText(text)) expect([...out.subarray(0, at + count)]).toEqual([...new Array<number>(at).fill(7), ...wordTokens(text).map(fnv1a)]);
        else expect(count).toBe(-1);
      }),
    );
  });

  it('boundedEditDistance equals the full distance within the limit, and says "over" beyond it', () => {
    const words = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 14 });
    fc.assert(
      fc.property(words, words, fc.nat(8), (a, b, limit) => {
        const exact = editDistance(a, b);
        expect(boundedEditDistance(a, b, limit)).toBe(exact <= limit ? exact : limit + 1);
      }),
    );
  });

  it('tokenSimilarity is 1 - distance / longer length, or 0 under the minimum', () => {
    const a = 'the council voted on tuesday to extend the hours'.split(' ');
    expect(tokenSimilarity(a, a, 0.8)).toBe(1);
    expect(tokenSimilarity(a, [...a.slice(0, 4), ...a.slice(5)], 0.8)).toBeCloseTo(8 / 9);
    expect(tokenSimilarity(a, 'a different sentence altogether about the harbor'.split(' '), 0.8)).toBe(0);
  });

  it('shingleHashes gives each distinct shingle once, and a short list one shingle', () => {
    expect(shingleHashes('a b c a b c'.split(' '), 3)).toHaveLength(3);
    expect(shingleHashes(['a', 'b'], 3)).toHaveLength(1);
    expect(shingleHashes([], 3)).toEqual([]);
  });
});
