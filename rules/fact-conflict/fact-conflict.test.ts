import { describe, expect, it } from 'vitest';
import { lintWithRule, testRule } from '../../src/engine/rule-tester.js';
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

  it('report on each disagreeing article', async () => {
    const other = { path: 'b.txt', text: 'Japanese companies employ 54,000 people in Kentucky.' };
    const result = await lintWithRule(rule, { ...cases.invalid[0]!, text: 'In Kentucky alone, Japanese companies employ 45,000 people, mainly in car plants.', corpus: [other] });
    expect(result.messages.map((m) => m.reason)).toEqual([expect.stringContaining('"45,000" differs from "54,000" in b.txt')]);
  });
});
