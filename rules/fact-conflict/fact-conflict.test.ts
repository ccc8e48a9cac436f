import { describe, expect, it } from 'vitest';
import { lintWithRule, testRule } from '../../src/engine/rule-tester.js';
import { buildGlossary } from '../../src/config/glossary.js';
import { documentViews } from '../../src/analysis/context.js';
import { parseArticle } from '../../src/parse/document.js';
import rule from './index.js';
import cases from './cases.js';

await testRule(rule, cases);

describe('fact-conflict reports', () => {
  it('name the other file and its figure', async () => {
    const result = await lintWithRule(rule, cases.invalid[0]!);
    const [message] = result.messages;
    expect(message?.related).toEqual([
      {
        path: 'other.txt',
        place: { start: { line: 1, column: 46, offset: 45 }, end: { line: 1, column: 52, offset: 51 } },
        message: '"45,000" here',
      },
    ]);
    expect(message?.data).toEqual({ value: 54000, others: [{ path: 'other.txt', value: 45000, subject: ['kentucky', 'company', 'employ'] }] });
  });

  it('give a date as ISO 8601 writes it', async () => {
    const result = await lintWithRule(rule, cases.invalid.find((c) => c.name === 'a date with its year, against one without')!);
    expect(result.messages[0]?.data).toEqual({ value: '2019-06-09', others: [{ path: 'b.txt', value: '--06-19', subject: expect.any(Array) }] });
  });

  it('report on each disagreeing article', async () => {
    const other = { path: 'b.txt', text: 'Japanese companies employ 54,000 people in Kentucky.' };
    const result = await lintWithRule(rule, { ...cases.invalid[0]!, text: 'In Kentucky alone, Japanese companies employ 45,000 people, mainly in car plants.', corpus: [other] });
    expect(result.messages.map((m) => m.reason)).toEqual([expect.stringContaining('"45,000" differs from "54,000" in b.txt')]);
  });
});

describe('fact-conflict collect', () => {
  const collect = (text: string) => {
    const doc = parseArticle('a.txt', text);
    return rule.collect!(doc, { ruleId: rule.meta.id, options: {}, glossary: buildGlossary({}), date: '2025-01-01', knownWords: new Set(), analysis: documentViews(doc), files: 2 });
  };

  it("keeps each figure's reading, place and subject in one flat record", () => {
    expect(collect('Intro.\nJapanese companies employ about 45,000 people in Kentucky.')).toEqual([
      {
        value: 45000,
        comparison: 'approx',
        tolerance: 500,
        rounding: 5000,
        text: '45,000',
        unit: undefined,
        start: 39,
        end: 45,
        startLine: 2,
        startColumn: 33,
        endLine: 2,
        endColumn: 39,
        // The sentence's first word is no name.
        subject: ['japanese', 'company', 'employ'],
        names: ['kentucky'],
        noun: 'people',
      },
    ]);
  });

  it('keeps nothing (null) for an article without figures', () => {
    expect(collect('Japanese companies employ people in Kentucky.')).toBeNull();
  });
});
