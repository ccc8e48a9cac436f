import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import cases from './cases.js';
import { candidateCues, CUES } from './cues.js';
import { neededFragments } from './fragments.js';

const sources = (needed: ReturnType<typeof neededFragments>) => needed?.map((f) => f.source);

describe('neededFragments', () => {
  it('keeps a literal run with its anchors and word boundaries', () => {
    expect(sources(neededFragments(String.raw`\bhave your say\b`))).toEqual([String.raw`\bhave your say\b`]);
    expect(sources(neededFragments('^ads?$'))).toEqual(['^ad']);
  });

  it('takes one fragment from each branch of an alternation', () => {
    expect(sources(neededFragments(String.raw`\b(?:login|signup)\b`))).toEqual(['login', 'signup']);
  });

  it('skips optional parts and prefers the most selective requirement', () => {
    expect(sources(neededFragments(String.raw`\b(?:un)?subscribe\b`))).toEqual([String.raw`subscribe\b`]);
  });

  it('needs nothing from a pattern made of classes and wildcards', () => {
    expect(neededFragments(String.raw`^\d+\s+.*$`)).toBeUndefined();
  });

  it('refuses syntax it does not parse, rather than screening wrongly', () => {
    expect(() => neededFragments('a(b')).toThrow(/Unbalanced group/);
  });
});

describe('the fragments of every cue', () => {
  // Every line that some cue matches must contain one of that cue's fragments;
  // checked on the lines of the rule's cases, the seeds and the dev corpus's
  // articles in the fixtures: prose and furniture alike.
  const folders = ['seeds', 'tests/fixtures/dev-articles'];
  const texts = [
    ...cases.valid.map((c) => (typeof c === 'string' ? c : c.text)),
    ...cases.invalid.map((c) => c.text),
    ...folders.flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(`${folder}/${name}`, 'utf8'))),
  ];
  const lines = texts.flatMap((text) => text.split(/\r?\n/));

  it('never hides a line that a cue matches', () => {
    const misses: string[] = [];
    for (const cue of CUES) {
      const needed = neededFragments(cue.pattern.source);
      if (!needed) continue;
      const screen = new RegExp(needed.map((f) => f.source).join('|'), cue.pattern.flags.replace('g', ''));
      const test = new RegExp(cue.pattern.source, cue.pattern.flags.replace('g', ''));
      for (const line of lines) if (test.test(line) && !screen.test(line)) misses.push(`${cue.pattern.source} :: ${line}`);
    }
    expect(misses).toEqual([]);
  });

  it('finds each cue\'s needed text in the lower-cased line wherever the cue matches', () => {
    // The cues fold case without the u flag (each character by its one-character upper case): the needed texts are
    // lower case, and each of their letters is what lower-casing its upper case gives (`é`, `ф`; not `ß` or `ς`).
    for (const cue of CUES) {
      for (const text of cue.needs ?? []) for (const char of text) expect(char.toUpperCase().toLowerCase(), text).toBe(char);
    }
    const misses: string[] = [];
    for (const cue of CUES) {
      if (!cue.needs) continue;
      const test = new RegExp(cue.pattern.source, cue.pattern.flags.replace('g', ''));
      for (const line of lines) if (test.test(line) && !cue.needs.some((text) => line.toLowerCase().includes(text))) misses.push(`${cue.pattern.source} :: ${line}`);
    }
    expect(misses).toEqual([]);
  });

  it('makes candidates of exactly the cues whose needed text a line holds', () => {
    const cuesHeld = (lower: string) => CUES.flatMap((cue, index) => (!cue.needs || cue.needs.some((text) => lower.includes(text)) ? [index] : []));
    const samples = [...lines, 'Read more » © 2024', 'share this article', '', 'x', 'ad', 'Home › News › Local'];
    for (const line of samples) expect(candidateCues(line.toLowerCase()), line).toEqual(cuesHeld(line.toLowerCase()));
  });
});
