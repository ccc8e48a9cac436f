// The seed articles with their glossary: every figure they state agrees
// with it, and a changed one is caught.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGlossaryData } from '../../src/config/glossary.js';
import { lintWithRule } from '../../src/engine/rule-tester.js';
import { seedArticle } from '../../tests/helpers.js';
import { readPlainFile } from '../../src/parse/structured.js';
import factNumber from './index.js';

const glossary = readGlossaryData(readPlainFile('seeds/glossary.yml').value);
const seeds = readdirSync('seeds').filter((name) => name.endsWith('.txt'));

describe('seeds with seeds/glossary.yml', () => {
  for (const name of seeds) {
    it(`fact-number on ${name}`, async () => {
      const text = readFileSync(`seeds/${name}`, 'utf8');
      const result = await lintWithRule(factNumber, { path: name, text, glossary, date: glossary.asOf });
      expect(result.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual([]);
    });
  }

  it('catch a changed figure in a seed', async () => {
    const text = seedArticle('002').text.replace('more than 45,000 people', 'more than 54,000 people');
    const result = await lintWithRule(factNumber, { text, glossary, date: glossary.asOf });
    expect(result.messages.map((m) => [text.slice(m.place.start.offset, m.place.end.offset), m.expected])).toEqual([['54,000', ['45,000']]]);
  });
});
