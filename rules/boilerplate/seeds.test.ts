// The seed articles of the repository: the comment form at the end of 002
// is found and --fix removes exactly it; 003 is clean.
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../../src/engine/rule-tester.js';
import { seedArticle } from '../../tests/helpers.js';
import rule from './index.js';


describe('boilerplate on the seeds', () => {
  it('002: reports the comment form, both lines', async () => {
    const { path, text } = seedArticle('002');
    const { messages } = await lintWithRule(rule, { path, text });
    expect(messages.map((m) => text.slice(m.place.start.offset, m.place.end.offset))).toEqual([
      'Leave a Reply\n\nYour email address will not be published. Required fields are marked *',
    ]);
    expect(messages[0]!.data).toMatchObject({ kind: 'comment-form' });
    expect(messages[0]!.reason).toMatch(/comment form/);
  });

  it('002: --fix removes the two lines and their blank lines, and nothing else', async () => {
    const { path, text } = seedArticle('002');
    const { output } = await lintWithRule(rule, { path, text }, true);
    const formAt = text.indexOf('\n\nLeave a Reply');
    expect(formAt).toBeGreaterThan(0);
    expect(output).toBe(text.slice(0, formAt));
    expect(output!.endsWith('with denuclearized North Korea.')).toBe(true);
  });

  it.each(['000', '001', '003', '004'])('%s: no finding', async (prefix) => {
    const { messages } = await lintWithRule(rule, seedArticle(prefix));
    expect(messages).toEqual([]);
  });
});
