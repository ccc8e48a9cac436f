// The seed articles of the repository: the stray `**` of 000 is found, the
// curly quotes of the others are correct text, 003 is clean.
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../../src/engine/rule-tester.js';
import { seedArticle } from '../../tests/helpers.js';
import rule from './index.js';


describe('stray-markup on the seeds', () => {
  it('000: the trailing ** of line 1 is a stray marker; the bold title lines are Markdown, at info', async () => {
    const { path, text } = seedArticle('000');
    const { messages } = await lintWithRule(rule, { path, text });
    const firstLine = text.slice(0, text.indexOf('\n'));
    const stray = messages.filter((m) => m.severity === 'warn');
    expect(stray.map((m) => [m.line, m.column, text.slice(m.place.start.offset, m.place.end.offset)])).toEqual([[1, firstLine.length - 1, '**']]);
    expect(stray[0]!.expected).toEqual(['']);
    expect(messages.filter((m) => m.severity === 'info').map((m) => m.line)).toEqual([2, 4, 5]);
  });

  it('000: --fix drops the stray marker and the bold markers, and nothing else', async () => {
    const { path, text } = seedArticle('000');
    const { output } = await lintWithRule(rule, { path, text }, true);
    expect(output).toBe(text.replace(/\*\*/g, ''));
  });

  it.each(['001', '002', '003', '004'])('%s: no finding (curly quotes are not mojibake)', async (prefix) => {
    const { messages } = await lintWithRule(rule, seedArticle(prefix));
    expect(messages).toEqual([]);
  });
});
