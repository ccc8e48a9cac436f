import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../src/config/config.js';
import { formatOf, loadFormat, parseArticle } from '../../src/parse/document.js';
import { buildGlossary } from '../../src/config/glossary.js';
import { lintArticles } from '../../src/engine/workers.js';
import { lintWithRule, testRule } from '../../src/engine/rule-tester.js';
import { shingleHashes, wordTokens } from '../../src/analysis/text.js';
import { documentViews } from '../../src/analysis/context.js';
import cases from './cases.js';
import rule from './index.js';
import { estimatedJaccard, LshIndex, minHash, SIGNATURE_SIZE, signatureValues } from './minhash.js';

await testRule(rule, cases);

const words = (count: number, seed: number) => {
  const vocabulary = 'council budget river harbor school mayor vote road bridge tax library park police fire water train station market farm factory court judge report museum'.split(' ');
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return vocabulary[(state >>> 16) % vocabulary.length]!;
  });
};

describe('duplicate-article', () => {
  it('reports the similarity and the other file in data and related', async () => {
    const text = `Title\n\n${words(200, 1).join(' ')}.\n`;
    const result = await lintWithRule(rule, { path: 'b.txt', text, corpus: [{ path: 'a.txt', text }] });
    expect(result.messages).toHaveLength(1);
    const [message] = result.messages;
    expect(message!.data).toEqual({ similarity: 1, other: 'a.txt' });
    expect(message!.related).toEqual([{ path: 'a.txt', place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 6, offset: 5 } }, message: 'The other copy' }]);
    expect(message!.fatal).toBeNull();
  });

  it.each([
    ['plain text, whose words hold its tokens', 'a.txt', `Title\n\n${words(200, 3).join(' ')}.\n`],
    ['an `&` between words, tokenised from the text', 'a.txt', `AT&T's "Title"\n\n${words(200, 4).join(' & ')}.\n`],
    ['markup over more than one piece of text', 'a.html', `<h1>Title</h1>\n${Array.from({ length: 600 }, (_, i) => `<p>${words(20, i + 5).join(' ')}.</p>`).join('\n')}\n`],
    ['front matter, left out', 'a.md', `---\ntitle: x\n---\n# Title\n\n${words(200, 6).join(' ')}.\n`],
  ])("signs the word 3-shingles of the article's body: %s", async (_, path, text) => {
    await loadFormat(formatOf(path));
    const doc = parseArticle(path, text);
    const collected = rule.collect!(doc, { ruleId: rule.meta.id, options: {}, glossary: buildGlossary({}), date: '2025-01-01', knownWords: new Set(), analysis: documentViews(doc), files: 2 });
    // The signature, then the title's place (six values).
    expect(collected.slice(0, 4 * SIGNATURE_SIZE)).toEqual(minHash(shingleHashes(wordTokens(text.slice(doc.bodyStart)), 3)));
    expect(collected).toHaveLength(4 * (SIGNATURE_SIZE + 6));
  });

  it("keeps only the title's place of an article too short to compare", () => {
    const doc = parseArticle('a.txt', 'Short title\n\nToo few words.\n');
    const collected = rule.collect!(doc, { ruleId: rule.meta.id, options: {}, glossary: buildGlossary({}), date: '2025-01-01', knownWords: new Set(), analysis: documentViews(doc), files: 2 });
    expect(signatureValues(collected)).toEqual([0, 11, 1, 1, 1, 12]);
  });

  it("finds each signature's best earlier one among those sharing a band, as comparing them all would", () => {
    // Ten families of near copies, interleaved: each bucket holds fewer than the 64 signatures a scan may read.
    const base = Array.from({ length: 10 }, (_, family) => words(300, 100 + family));
    const signatures = Array.from({ length: 60 }, (_, i) => {
      const text = [...base[i % 10]!];
      for (let k = i; k < text.length; k += 7 + (i % 5)) text[k] = `edit${i}`;
      return minHash(shingleHashes(text, 3));
    });
    signatures[17] = undefined as unknown as string;
    const lsh = new LshIndex(signatures, () => true);
    signatures.forEach((signature, i) => {
      let expected: { index: number; similarity: number } | undefined;
      for (let other = 0; signature && other < i; other++) {
        if (!signatures[other]) continue;
        const similarity = estimatedJaccard(signature, signatures[other]!);
        if (similarity >= 0.3 && (!expected || similarity > expected.similarity)) expected = { index: other, similarity };
      }
      expect(lsh.bestEarlier(i, 0.3)).toEqual(expected);
    });
    // A run that lints a share of its corpus asks for that share's bests: the same ones, and no others.
    const odd = new LshIndex(signatures, (i) => i % 2 === 1);
    signatures.forEach((signature, i) => {
      if (i % 2 === 1) expect(odd.bestEarlier(i, 0.3)).toEqual(lsh.bestEarlier(i, 0.3));
      else if (signature) expect(() => odd.bestEarlier(i, 0.3)).toThrow(`not asked for signature ${i}'s best`);
    });
  });

  it('estimates the Jaccard similarity of word 3-shingles', () => {
    const base = words(400, 7);
    const edited = [...base];
    for (let i = 0; i < edited.length; i += 40) edited[i] = 'changed';
    const a = new Set(shingleHashes(base, 3));
    const b = new Set(shingleHashes(edited, 3));
    const exact = [...a].filter((h) => b.has(h)).length / new Set([...a, ...b]).size;
    expect(Math.abs(estimatedJaccard(minHash(a), minHash(b)) - exact)).toBeLessThan(0.12);
    expect(wordTokens('**Word** and WORD’s')).toEqual(['word', 'and', 'words']);
  });

  it('fills the bins no shingle reached from reached ones, alike in every article', () => {
    // One shingle in any one bin: every other bin's sequence of bins reaches it.
    for (let bin = 0; bin < SIGNATURE_SIZE; bin++) {
      const shingle = ((bin << 25) | 12345) >>> 0;
      expect(new Set(signatureValues(minHash([shingle])))).toEqual(new Set([shingle]));
    }
    // A short article (40 shingles: most bins empty) against a copy with a quarter of them replaced.
    const shingles = Array.from({ length: 40 }, (_, i) => shingleHashes([`w${i}`], 3)[0]!);
    const edited = shingles.map((shingle, i) => (i % 4 === 0 ? shingleHashes([`x${i}`], 3)[0]! : shingle));
    expect(estimatedJaccard(minHash(shingles), minHash(shingles))).toBe(1);
    expect(Math.abs(estimatedJaccard(minHash(shingles), minHash(edited)) - 30 / 50)).toBeLessThan(0.15);
    expect(() => minHash([])).toThrow();
  });

  it('packs a signature into 512 one-byte characters that come back from JSON unchanged', () => {
    const values = Array.from({ length: SIGNATURE_SIZE }, (_, bin) => ((bin << 25) | ((0x1234567 * (bin + 1)) & 0x1ffffff)) >>> 0);
    const signature = minHash(values);
    expect(signature.length).toBe(4 * SIGNATURE_SIZE);
    expect(signatureValues(signature)).toEqual(values);
    expect(JSON.parse(JSON.stringify(signature))).toBe(signature);
  });

  it('pairs 1,000 articles by their LSH bands, not all pairs', async () => {
    const articles = Array.from({ length: 1000 }, (_, i) => ({ path: `${String(i).padStart(4, '0')}.txt`, text: `Article ${i}\n\n${words(60, i + 1).join(' ')}.\n` }));
    // Every hundredth article is a copy of the one before it with one word changed.
    for (let i = 100; i < 1000; i += 100) articles[i]!.text = articles[i - 1]!.text.replace(/^Article \d+/, `Article ${i}`).replace(/\w+\.\n$/, 'changed.\n');
    const config = { ...EMPTY_CONFIG, rules: new Map([[rule.meta.id, { severity: 'info' as const, options: {}, where: 'test' }]]) };
    const results = await lintArticles(articles, { cwd: process.cwd(), rules: [rule], config });
    const found = results.flatMap((r) => r.messages.map((m) => `${r.path} ~ ${String(m.data?.other)}`));
    expect(found).toEqual(Array.from({ length: 9 }, (_, k) => `${String((k + 1) * 100).padStart(4, '0')}.txt ~ ${String((k + 1) * 100 - 1).padStart(4, '0')}.txt`));
  }, 120_000);
});
