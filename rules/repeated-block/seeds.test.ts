// The seed articles: every repeated title and paragraph is found with its
// exact span, the clean seed stays silent, and --fix removes exactly the copies.
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../../src/engine/rule-tester.js';
import { seedArticle } from '../../tests/helpers.js';
import rule from './index.js';

const lines = (text: string) => text.split('\n');
const withoutLines = (text: string, removed: number[]) => lines(text).filter((_, i) => !removed.includes(i + 1)).join('\n');

/** The findings as `line: message`, each checked to span its whole line. */
async function findings(prefix: string): Promise<string[]> {
  const article = seedArticle(prefix);
  const result = await lintWithRule(rule, article);
  return result.messages.map((m) => {
    expect(article.text.slice(m.place.start.offset, m.place.end.offset)).toBe(lines(article.text)[m.line - 1]);
    expect(m.related?.[0]?.place.start.line).toBe(m.data?.firstLine);
    return `${m.line}: ${m.reason}`;
  });
}

describe('repeated-block on the seeds', () => {
  it('000: the bold title printed twice', async () => {
    expect(await findings('000')).toEqual(['4: This title repeats line 2']);
  });

  it('001: the title and three paragraphs', async () => {
    expect(await findings('001')).toEqual([
      '4: This title repeats line 2',
      '10: This paragraph repeats line 7',
      '11: This paragraph repeats line 8',
      '12: This paragraph repeats line 9',
    ]);
  });

  it('004: the title and three paragraphs', async () => {
    expect(await findings('004')).toEqual([
      '4: This title repeats line 2',
      '10: This paragraph repeats line 7',
      '11: This paragraph repeats line 8',
      '12: This paragraph repeats line 9',
    ]);
  });

  it('002 and 003: nothing repeated', async () => {
    expect(await findings('002')).toEqual([]);
    expect(await findings('003')).toEqual([]);
  });

  for (const prefix of ['001', '004']) {
    it(`${prefix}: --fix leaves each paragraph once and changes nothing else`, async () => {
      const article = seedArticle(prefix);
      const fixed = await lintWithRule(rule, article, true);
      expect(fixed.output).toBe(withoutLines(article.text, [4, 10, 11, 12]));
      expect(fixed.messages).toEqual([]);
    });
  }
});
