// The seed articles with their glossary: only `former President Donald
// Trump` (001, line 1) is wrong; the fact rules must leave the rest alone.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGlossaryData } from '../../src/config/glossary.js';
import { lintWithRule } from '../../src/engine/rule-tester.js';
import { seedArticle } from '../../tests/helpers.js';
import { readPlainFile } from '../../src/parse/structured.js';
import factNumber from '../fact-number/index.js';
import factRole from './index.js';

const glossary = readGlossaryData(readPlainFile('seeds/glossary.yml').value);
const seeds = readdirSync('seeds').filter((name) => name.endsWith('.txt'));

describe('seeds with seeds/glossary.yml', () => {
  for (const rule of [factRole, factNumber]) {
    for (const name of seeds) {
      it(`${rule.meta.id} on ${name}`, async () => {
        const text = readFileSync(`seeds/${name}`, 'utf8');
        const result = await lintWithRule(rule, { path: name, text, glossary, date: glossary.asOf });
        const found = result.messages.map((m) => ({ line: m.line, text: text.slice(m.place.start.offset, m.place.end.offset), expected: m.expected }));
        const wanted = rule === factRole && name.startsWith('001_') ? [{ line: 1, text: 'former President Donald Trump', expected: ['President Donald Trump'] }] : [];
        expect(found).toEqual(wanted);
      });
    }
  }

  it('catch a changed figure in a seed', async () => {
    const text = seedArticle('002').text.replace('more than 45,000 people', 'more than 54,000 people');
    const result = await lintWithRule(factNumber, { text, glossary, date: glossary.asOf });
    expect(result.messages.map((m) => [text.slice(m.place.start.offset, m.place.end.offset), m.expected])).toEqual([['54,000', ['45,000']]]);
  });
});
