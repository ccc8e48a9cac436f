// Every rule linear (or near) on every input: the pathological inputs of
// tests/fuzz-harness.mjs (long tokens, runs of one character, word, phrase
// or punctuation, nested markup, long lines, tiny paragraphs; plain text,
// Markdown and HTML), each linted at two small sizes. Generous bounds, so a
// loaded machine does not fail it; `npm run fuzz` runs the same at 100 KB
// and 400 KB, the parse included, with a bound per MB.
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { buildGlossary } from '../src/config/glossary.js';
import { lintArticles } from '../src/engine/workers.js';
import { growthProblems, PATHOLOGICAL_FORMATS, PATHOLOGICAL_PATTERNS } from './fuzz-harness.mjs';

const engine = { lintArticles, builtinRules, buildGlossary };

describe('pathological inputs', () => {
  it('no rule grows super-linearly from 3,000 to 12,000 characters on any of them', async () => {
    let cases = 0;
    const problems = await growthProblems(engine, {
      small: 3_000,
      large: 12_000,
      // A quadratic rule takes 16 times as long at 4 times the size; linear growth with noise stays well under 3 × 4.
      slack: 3,
      // Times under this are noise on a loaded machine; each quadratic path found so far took seconds here.
      floorMs: 300,
      // No bound per MB here (a loaded machine is many times slower): growth decides, and the time limit stops a runaway.
      msPerMb: Infinity,
      timeLimitMs: 10_000,
      retries: 3,
      // The parse is the Markdown and HTML parsers' (dependencies); the time limit stops it (tests/time-limit.test.ts).
      checked: (rule) => rule !== '(rest)',
      onCase: () => cases++,
    });
    expect(cases).toBe(Object.keys(PATHOLOGICAL_PATTERNS).length * PATHOLOGICAL_FORMATS.length);
    expect(problems).toEqual([]);
  }, 600_000);
});
