// --fix deletes furniture only when certain; otherwise the finding is a suggestion.
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../../src/engine/rule-tester.js';
import rule from './index.js';

const BODY =
  'The city council voted on Tuesday to raise the tax on gasoline by two cents a gallon, a step that the mayor said would pay for the new bridge across the river.\n\n' +
  'Opponents of the measure argued that the burden would fall hardest on the farmers and the truck drivers who use the roads most.\n\n';

describe('boilerplate fixes', () => {
  it('deletes a share widget: every line is a cue', async () => {
    const text = `${BODY}Share this:\n\nClick to share on Facebook (Opens in new window)\n`;
    const { messages } = await lintWithRule(rule, { path: 'a.txt', text });
    const { output } = await lintWithRule(rule, { path: 'a.txt', text }, true);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.fixable).toBe(true);
    expect(messages[0]!.reason).toMatch(/share widget.*cue "/);
    expect(output).toBe(`${BODY.trimEnd()}\n`);
  });

  it('only suggests deleting an author box whose biography is a long line with no cue', async () => {
    const bio = 'Jane Doe has covered the county government, its budgets and its long quarrels over roads and bridges for the Herald since 1950.';
    const text = `${BODY}About the author\n\n${bio}\n`;
    const { messages } = await lintWithRule(rule, { path: 'a.txt', text });
    const { output } = await lintWithRule(rule, { path: 'a.txt', text }, true);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.data).toMatchObject({ kind: 'author-box', lines: 2 });
    expect(messages[0]!.fixable).toBe(false);
    expect(messages[0]!.expected).toEqual(['']);
    expect(output ?? text).toBe(text);
  });
});
