// A 5,000-paragraph article: the candidate index keeps the rule linear in the
// number of paragraphs, even when every paragraph opens with the same phrase
// and the vocabulary is small enough for most shingles to recur.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/document.js';
import { buildGlossary } from '../../src/config/glossary.js';
import { documentAnalysis } from '../../src/analysis/context.js';
import { Corpus } from '../../src/analysis/corpus-entry.js';
import type { Report } from '../../src/types.js';
import rule from './index.js';

/** Deterministic pseudo-random paragraphs (a linear congruential generator over a small vocabulary). */
function paragraphs(count: number): string[] {
  const vocabulary = 'council budget river harbor school mayor vote road bridge tax library park police fire water train station market farm factory court judge report museum'.split(' ');
  let state = 12345;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 24 }, () => vocabulary[(next() >>> 16) % vocabulary.length]);
    return `According to officials familiar with the matter, item ${i} says ${words.join(' ')}.`;
  });
}

describe('repeated-block at scale', () => {
  it('finds the copies in a 5,000-paragraph article without comparing every pair', () => {
    const body = paragraphs(5000);
    body[4000] = body[100]!;
    body[4500] = body[2000]!.replace(/\b(\w+)\.$/, 'changed.');
    const doc = parseArticle('long.txt', body.join('\n\n') + '\n');
    // Parse first (the document's cost, shared by every rule), then time the rule alone.
    expect(doc.blocks.length + doc.sentences.length).toBe(10000);
    const reports: Report[] = [];
    const started = performance.now();
    const glossary = buildGlossary({});
    const analysis = documentAnalysis(doc, { glossary, knownWords: new Set(), corpus: new Corpus(new Map()) });
    rule.create({ ruleId: rule.meta.id, options: {}, doc, glossary, date: '2025-01-01', knownWords: new Set(), corpus: [], corpusPlaces: new Map(), analysis, report: (r) => reports.push(r) });
    const elapsed = performance.now() - started;
    expect(reports.map((r) => `${doc.pointAt(r.start).line}: ${r.message}`)).toEqual([
      '8001: This paragraph repeats line 201',
      '9001: This paragraph nearly repeats line 4001 (97% the same words)',
    ]);
    // Generous (about 0.5 s on an idle machine): comparing all 12.5 million pairs would take many minutes.
    expect(elapsed).toBeLessThan(20_000);
  }, 120_000);

  it('passes once over a long repeated run that is not whole sentences (one word over and over)', () => {
    const doc = parseArticle('one-word.txt', 'Begin ' + 'ward '.repeat(60_000) + 'end\n');
    const reports: Report[] = [];
    const started = performance.now();
    const glossary = buildGlossary({});
    const analysis = documentAnalysis(doc, { glossary, knownWords: new Set(), corpus: new Corpus(new Map()) });
    rule.create({ ruleId: rule.meta.id, options: {}, doc, glossary, date: '2025-01-01', knownWords: new Set(), corpus: [], corpusPlaces: new Map(), analysis, report: (r) => reports.push(r) });
    // Generous: extending the run again from each of its 60,000 words would take minutes.
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 120_000);
});
