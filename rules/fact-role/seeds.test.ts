// The seed articles with their glossary: only `former President Donald
// Trump` (001, line 1) is wrong; fact-role must leave the rest alone.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGlossaryData } from '../../src/config/glossary.js';
import { lintWithRule } from '../../src/engine/rule-tester.js';
import { readPlainFile } from '../../src/parse/structured.js';
import factRole from './index.js';

const glossary = readGlossaryData(readPlainFile('seeds/glossary.yml').value);
const seeds = readdirSync('seeds').filter((name) => name.endsWith('.txt'));

describe('seeds with seeds/glossary.yml', () => {
  for (const name of seeds) {
    it(`fact-role on ${name}`, async () => {
      const text = readFileSync(`seeds/${name}`, 'utf8');
      const result = await lintWithRule(factRole, { path: name, text, glossary, date: glossary.asOf });
      const found = result.messages.map((m) => ({ line: m.line, text: text.slice(m.place.start.offset, m.place.end.offset), expected: m.expected }));
      const wanted = name.startsWith('001_') ? [{ line: 1, text: 'former President Donald Trump', expected: ['President Donald Trump'] }] : [];
      expect(found).toEqual(wanted);
    });
  }
});
