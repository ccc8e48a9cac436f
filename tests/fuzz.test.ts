// Fuzzing the whole pipeline (parse, every built-in rule, JSON reporter) in
// `npm test`, bounded in time; `npm run fuzz -- --seconds N` runs the same
// properties for longer against the build. See tests/fuzz-harness.mjs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lintArticles } from '../src/engine/workers.js';
import { applyFixes, editOf, fixTree } from '../src/fix/fix.js';
import { formatJson } from '../src/report/json.js';
import { anyInputArb, contractProblems, lineStarts, pipelineProblems, pointOf } from './fuzz-harness.mjs';

const engine = { lintArticles, builtinRules, formatJson, applyFixes, editOf, fixTree };
/** A fixed seed keeps `npm test` reproducible (FUZZ_SEED=n to vary it); `npm run fuzz` draws new ones. */
const SEED = Number(process.env.FUZZ_SEED ?? 20250207);
/** Each property gets this much time in `npm test`; the fuzz script runs longer. */
const BUDGET_MS = 8_000;

describe('the contract checker itself', () => {
  it('counts \\r\\n, \\r and \\n as line breaks and columns in UTF-16 units', () => {
    const text = 'a\r\nb\rc\n😀d';
    const starts = lineStarts(text);
    expect(pointOf(starts, text.indexOf('b'))).toEqual({ line: 2, column: 1, offset: 3 });
    expect(pointOf(starts, text.indexOf('c'))).toEqual({ line: 3, column: 1, offset: 5 });
    expect(pointOf(starts, text.indexOf('d'))).toEqual({ line: 4, column: 3, offset: 9 });
    expect(pointOf(starts, text.length)).toEqual({ line: 4, column: 4, offset: 10 });
  });

  it('catches wrong columns, offsets outside the text and split surrogate pairs', () => {
    const point = (line: number, column: number, offset: number) => ({ line, column, offset });
    const message = (start: ReturnType<typeof point>, end: ReturnType<typeof point>) => ({
      ruleId: 'x', reason: 'r', source: 's', fatal: false, line: start.line, column: start.column, place: { start, end },
    });
    expect(contractProblems('ab\ncd', [message(point(2, 1, 3), point(2, 3, 5))])).toEqual([]);
    expect(contractProblems('ab\ncd', [message(point(2, 2, 3), point(2, 3, 5))])).toHaveLength(1);
    expect(contractProblems('ab', [message(point(1, 1, 0), point(1, 9, 8))])).toHaveLength(1);
    expect(contractProblems('😀', [message(point(1, 2, 1), point(1, 3, 2))])).toEqual(['message 0 (x) start: offset 1 splits a surrogate pair']);
  });
});

describe('inputs the fuzzer once broke', () => {
  it('a repeated sentence run ending in an astral character: the span takes the whole character', async () => {
    // npm run fuzz, seed 84003761: repeated-block ended its span between the halves of 👧.
    const text =
      "The the\ntrump 🇯🇵 on \u200bzero that tokyo the it's e-mail us that 👨\u200d👩\u200d\ud83d**\udc67 45000 naïve the the the the\n" +
      "Trump 🇯🇵 on \u200bzero. That Tokyo the it's e-mail U.S. that 👨\u200d👩\u200d👧 45,000. Naïve the the the the.";
    expect(await pipelineProblems(engine, { path: 'article.txt', text })).toEqual([]);
  });

  it('a related place (the first copy of a repeat) never splits an astral character either', async () => {
    // npm run fuzz: repeated-block's first copy started between the halves of 𝒴.
    const text =
      '---\rdate: 2025-02-07\r---\r# مرحبا 𝒳𝒴 with company the in é city said sing percent 😀 to report talks of the e-mail tuesday in\r' +
      'The the \t\rThe the. \t\rمرحبا 𝒳\ud835â€™\udcb4 with company the in é city. Said Sing percent 😀. To report talks of the e-mail Tuesday in.\rthe the\rThe the.';
    expect(await pipelineProblems(engine, { path: 'article.md', text })).toEqual([]);
  });

  it('HTML whose text the bridge cannot place (a lone CR): left out, no crash', async () => {
    // npm run fuzz, seed 84317320: every word-reading rule crashed on a node without a start point.
    expect(await pipelineProblems(engine, { path: 'a.html', text: '&\n\n<div>\rthethe' })).toEqual([]);
  });
});

describe('fuzzing the whole pipeline', () => {
  it('never throws, and every message keeps the contract (fields, positions in the text, offsets matching line/column)', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(anyInputArb, async (input) => {
        runs++;
        expect(await pipelineProblems(engine, input)).toEqual([]);
      }),
      { seed: SEED, numRuns: 200, interruptAfterTimeLimit: BUDGET_MS, markInterruptAsFailure: false },
    );
    expect(runs).toBeGreaterThan(20);
  }, 60_000);
});
