import { testRule } from '../../src/engine/rule-tester.js';
import rule from './index.js';
import cases from './cases.js';

await testRule(rule, cases);

const { describe, expect, it } = await import('vitest');
const { lintWithRule } = await import('../../src/engine/rule-tester.js');

describe('spelling suggestions', () => {
  it('are left out unless asked for (they are slow)', async () => {
    const result = await lintWithRule(rule, { text: 'He recieved it.' });
    expect(result.messages.map((m) => [m.reason, m.expected, m.fixable])).toEqual([['"recieved" is not in the dictionary or the glossary', undefined, false]]);
  });
});

describe('spelling across runs', () => {
  it('answers each glossary and each list of configured words apart', async () => {
    const text = 'The zorbly arrived.';
    const reported = async (testCase: Parameters<typeof lintWithRule>[1]) => (await lintWithRule(rule, testCase)).messages.map((m) => m.reason);
    expect(await reported({ text })).toEqual(['"zorbly" is not in the dictionary or the glossary']);
    expect(await reported({ text, words: ['zorbly'] })).toEqual([]);
    expect(await reported({ text, glossary: { entities: [{ name: 'Zorbly', type: 'other' }] } })).toEqual([]);
    expect(await reported({ text })).toEqual(['"zorbly" is not in the dictionary or the glossary']);
  });
});
