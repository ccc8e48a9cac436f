import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../config/glossary.js';
import { parseArticle } from '../parse/document.js';
import { Corpus } from './corpus-entry.js';
import { analysisFor, corpusKey, documentAnalysis, RUN_ANALYSES } from './context.js';

const text = 'Prime Minister Isba met aides in Tokyo on Monday.\n';
const ishiba = buildGlossary({ entities: [{ name: 'Shigeru Ishiba', aliases: ['Ishiba'], type: 'person' }] });
const written = (findings: { written: string; expected: string[] }[]) => findings.map((f) => `${f.written} -> ${f.expected.join('|')}`);

describe('context.analysis', () => {
  it('keys the name analysis on the glossary and the run evidence, not on the article alone', () => {
    const doc = parseArticle('a.txt', text);
    const none = new Corpus(new Map());
    expect(written(documentAnalysis(doc, { glossary: buildGlossary({}), knownWords: new Set(), corpus: none }).names().findings)).toEqual([]);
    // The same document in a run with a glossary that knows the name.
    expect(written(documentAnalysis(doc, { glossary: ishiba, knownWords: new Set(), corpus: none }).names().findings)).toEqual(['Isba -> Ishiba']);
    // ... and in a run whose other articles write it, without a glossary.
    const story = parseArticle('c.txt', '“It will be our first meeting,” Isba told reporters in Washington, with advice from Melania Trump and from Fumio Kishida. In Kentucky and Tokyo, he is expected to stress jobs.\n');
    const others = [
      'Prime Minister Shigeru Ishiba flew to Washington to meet Trump. Ishiba hopes for trust. His predecessor, Fumio Kishida, and Melania Trump attended. Kentucky investors and Tokyo officials agreed.\n',
      'Ishiba met Trump at the White House. Ishiba spoke of Kentucky jobs, Tokyo and Washington ties, and thanked Melania Trump.\n',
    ].map((t, i) => parseArticle(`${i}.txt`, t));
    const corpus = new Corpus(new Map([[corpusKey('names'), [...others, story].map((d) => ({ path: d.path, data: RUN_ANALYSES.names(d) }))]]));
    const alone = new Corpus(new Map([[corpusKey('names'), [{ path: story.path, data: RUN_ANALYSES.names(story) }]]]));
    expect(written(documentAnalysis(story, { glossary: buildGlossary({}), knownWords: new Set(), corpus: alone }).names().findings)).toEqual([]);
    expect(written(documentAnalysis(story, { glossary: buildGlossary({}), knownWords: new Set(), corpus }).names().findings)).toEqual(['Isba -> Ishiba']);
  });

  it('computes an analysis once for every rule that asks in one run', () => {
    const doc = parseArticle('a.txt', text);
    const shared = documentAnalysis(doc, { glossary: ishiba, knownWords: new Set(), corpus: new Corpus(new Map()) });
    expect(analysisFor(shared, 'spelling', ['names']).names()).toBe(analysisFor(shared, 'name-spelling', ['names']).names());
    expect(shared.wordParts()).toBe(shared.wordParts());
    expect(shared.firstWordOfBlocks()).toBe(shared.firstWordOfBlocks());
  });

  it('refuses the run evidence to a rule that does not name it in meta.uses', () => {
    const doc = parseArticle('a.txt', text);
    const shared = documentAnalysis(doc, { glossary: ishiba, knownWords: new Set(), corpus: new Corpus(new Map()) });
    expect(() => analysisFor(shared, 'my-rule').names()).toThrow('rule "my-rule" reads context.analysis.names() without "names" in meta.uses');
    expect(analysisFor(shared, 'my-rule').wordParts()).toBe(shared.wordParts());
  });
});
