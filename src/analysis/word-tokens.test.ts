import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFormat, parseArticle } from '../parse/document.js';
import { fnv1a } from '../util/fnv.js';
import { wordTokens } from './text.js';
import { firstWordOfBlocks, WordTokens } from './word-tokens.js';

/** Every block's token hashes from WordTokens, and those of what wordTokens gives for the block's text. */
function blockTokens(path: string, text: string): { fromWords: number[][]; fromText: number[][] } {
  const doc = parseArticle(path, text);
  const words = new WordTokens(doc);
  const firsts = firstWordOfBlocks(doc);
  return {
    fromWords: doc.blocks.map((block, b) => [...words.ofSpan(block.start, block.end, firsts[b]!, firsts[b + 1]!)]),
    fromText: doc.blocks.map((block) => wordTokens(block.text).map(fnv1a)),
  };
}

await loadFormat('markdown');
await loadFormat('html');

describe('WordTokens', () => {
  it("gives a block's tokens from its words as wordTokens does from its text", () => {
    // Plain blocks, and blocks with an entity-like `&` or with words joined by apostrophes, which are tokenised from their text.
    const { fromWords, fromText } = blockTokens('a.txt', "Ishiba's “Visit” -- the U.S. and 4.4 million fans.\n\nAT&T's rock'n'roll: Texas A & M won, 28-6.\n");
    expect(fromWords).toEqual(fromText);
    expect(fromWords.map((tokens) => tokens.length)).toEqual([10, 9]);
  });

  it('agrees with wordTokens on any text, markup and non-ASCII included', () => {
    const fragments = fc.constantFrom('a', 'Word', 'ZED', ' ', '  ', '\n', '\n\n', '**', '_', '# ', '<b>', '</b>', '&amp;', '&', "'", "'s", '`', '\u2019', '\u2014', '-', '--', '.', ',', ':', '4.4', 'U.S.', 'caf\u00e9', 'e\u0301', '\u039F\u0394\u039F\u03A3', '\ufb01', '\u201C', '[x](http://a.b/c)');
    fc.assert(
      fc.property(fc.array(fragments, { minLength: 1, maxLength: 40 }), fc.constantFrom('a.txt', 'a.md', 'a.html'), (parts, path) => {
        const { fromWords, fromText } = blockTokens(path, parts.join('') + '\n');
        expect(fromWords).toEqual(fromText);
      }),
      { numRuns: 300 },
    );
  });

  it("takes a span's tokens from its words past words of several tokens, and only where they are the span's", () => {
    // 4.4, AT&T, U.S. and 28-6 are words of several tokens; AT&T is not plain text, nor is "said &" cleanly separated.
    const text = "Prices rose 4.4 per cent at AT&T, the U.S. said & rock 'n' roll fans paid 28-6 in all.\n";
    const doc = parseArticle('a.txt', text);
    const words = new WordTokens(doc);
    const table = doc.wordTable;
    expect(table.length).toBe(18);
    let held = 0;
    for (let first = 0; first < table.length; first++) {
      for (let end = first + 1; end <= table.length; end++) {
        const tokens = words.heldByWords(table.start(first), table.end(end - 1), first, end);
        if (!tokens) continue;
        held++;
        expect([...tokens]).toEqual(wordTokens(text.slice(table.start(first), table.end(end - 1))).map(fnv1a));
      }
    }
    // Every span but those ending at AT&T or running on past it or past "said".
    expect(held).toBe(63);
    expect(words.heldByWords(table.start(5), table.end(7), 5, 8)).toBeUndefined();
    expect(words.heldByWords(table.start(8), table.end(9), 8, 10)).toBeDefined();
    expect(words.heldByWords(table.start(8), table.end(10), 8, 11)).toBeUndefined();
    expect([...words.heldByWords(table.start(10), table.end(17), 10, 18)!]).toEqual(wordTokens("rock 'n' roll fans paid 28-6 in all").map(fnv1a));
  });

  it("writes each word's tokens joined, past words of several tokens and of none", () => {
    const fragments = fc.constantFrom('a', 'Word', ' ', '\n', '\n\n', '**', '&amp;', 'AT&T', "'", "'s", '\u02BC', '\u2019', '-', '28-6', '.', '4.4', 'U.S.', 'caf\u00e9', '\ufb01', '\u201C');
    fc.assert(
      fc.property(fc.array(fragments, { minLength: 1, maxLength: 40 }), fc.constantFrom('a.txt', 'a.md', 'a.html'), (parts, path) => {
        const doc = parseArticle(path, parts.join('') + '\n');
        const words = new WordTokens(doc);
        const table = doc.wordTable;
        // Room left dirty by another reader.
        const joined = words.writeJoined(new Uint32Array(table.length).fill(7));
        for (let w = 0; w < table.length; w++) {
          const tokens = wordTokens(table.text(w));
          expect(words.hasTokens(w)).toBe(tokens.length > 0);
          if (tokens.length > 0) expect(joined[w]).toBe(fnv1a(tokens.join('')));
        }
      }),
      { numRuns: 300 },
    );
    const doc = parseArticle('a.txt', 'The U.S. paid 4.4 per cent \u02BC to AT&T in 28-6 fees.\n');
    const joined = new WordTokens(doc).writeJoined(new Uint32Array(doc.wordTable.length));
    // The lone \u02BC holds none.
    const held = doc.words.flatMap((w, i) => (wordTokens(w.text).length > 0 ? [i] : []));
    expect(held).toHaveLength(doc.words.length - 1);
    expect(held.map((i) => joined[i])).toEqual(held.map((i) => fnv1a(wordTokens(doc.words[i]!.text).join(''))));
  });
});
