// What a long-lived process (the language server, npm run fuzz, a library
// user) keeps after its lints return: nothing but bounded caches. The lints
// here never wait on I/O in between, so they all run in one job, as a batch
// of articles or the fuzz run does.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { buildGlossary } from '../src/config/glossary.js';
import type { LintConfig } from '../src/config/config.js';
import { TwoPassLint } from '../src/engine/two-pass.js';
import { lintArticles } from '../src/engine/workers.js';
import { parseArticle } from '../src/parse/document.js';
import { EMPTY_CONFIG } from './fuzz-harness.mjs';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The memory in use after a full collection, in bytes: the heap and the typed arrays' buffers, which are outside it. */
function heapAfterGc(): number {
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** Thousands of one-letter paragraphs in HTML: many blocks, hence large views, per character. */
function tinyParagraphs(seed: number): { path: string; text: string } {
  return { path: `page-${seed}.html`, text: `<html><body><h1>Title ${seed}</h1><p>${'a\n\n'.repeat(7000)}</p></body></html>\n` };
}

async function lint(input: { path: string; text: string }, glossary: ReturnType<typeof buildGlossary>): Promise<void> {
  const [result] = await lintArticles([input], { cwd: process.cwd(), rules: builtinRules, config: EMPTY_CONFIG, glossaryOverride: glossary, date: '2025-02-07' });
  expect(result!.path).toBe(input.path);
}

describe('memory kept across lints in one process', () => {
  it("keeps no article's views once its lint returns, when lints follow each other with no wait on I/O", async () => {
    const glossary = buildGlossary({ entities: [{ name: 'Shigeru Ishiba', type: 'person' }] });
    // Loads the dictionaries, parsers and rules' tables, and fills the memos with what every lint reads.
    for (let seed = 0; seed < 3; seed++) await lint(tinyParagraphs(seed), glossary);
    const before = heapAfterGc();
    for (let seed = 3; seed < 33; seed++) await lint(tinyParagraphs(seed), glossary);
    const grown = heapAfterGc() - before;
    // Each lint's views of this page are about 2 MB: 30 of them kept would be 60 MB.
    expect(grown).toBeLessThan(15e6);
  }, 120_000);
});

describe('the plain-text scanner after a long line', () => {
  it('keeps neither the arrays of a long line nor its text once the line is read', () => {
    // One word of 400 K characters, of two bytes each: no sentence end to cut the line at.
    const read = (length: number) => expect(parseArticle('word.txt', `${'é'.repeat(length)}${Math.random()}\n`).words.length).toBe(1);
    read(10);
    const before = heapAfterGc();
    read(400_000);
    // The scanner's arrays for a line of 400 K characters are 11 MB, and its text 800 KB.
    expect(heapAfterGc() - before).toBeLessThan(2e6);
  });
});

describe('a long-lived run', () => {
  it('keeps no setup of a config that is gone (a language server meets a new config at each edit of its file)', async () => {
    let collected = 0;
    const registry = new FinalizationRegistry(() => collected++);
    let config: LintConfig = EMPTY_CONFIG;
    const run = new TwoPassLint({ cwd: process.cwd(), rules: builtinRules }, () => config);
    for (let edit = 0; edit < 5; edit++) {
      config = { ...EMPTY_CONFIG, rules: new Map(), words: [`word${edit}`] };
      registry.register(config, edit);
      const prepared = await run.prepare({ path: 'a.txt', text: 'The council met on Tuesday.\n' });
      expect(prepared.setup.knownWords.has(`word${edit}`)).toBe(true);
    }
    config = EMPTY_CONFIG;
    for (let i = 0; i < 20 && collected < 5; i++) {
      gc();
      // The registry's callbacks run in a later task.
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(collected).toBe(5);
  });
});
