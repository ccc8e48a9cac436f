import { describe, expect, it } from 'vitest';
import { loadFormat, parseArticle } from '../../src/parse/document.js';
import { articleLines } from './lines.js';

await loadFormat('text');

const linesOf = (text: string) => articleLines(parseArticle('article.txt', text));

describe('articleLines', () => {
  it('counts words as the lower-cased line splits them', () => {
    // `İ` lower-cases to `i` and a combining dot, which ends a word; `𝐁` is one letter of two code units.
    const text = "İstanbul's e-mail 'quoted' ’tis 1960s 𝐁old -- x-\n\nShare this";
    const [first, second] = linesOf(text);
    expect(first!.words).toBe(first!.plain.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)!.length);
    expect(first!.words).toBe(8);
    expect(second!.words).toBe(2);
  });

  it('reads a long line as prose whatever it mentions, and a short one by its cues', () => {
    const long = `${'The council met again on Tuesday to share the plan and hear the comments of residents'.repeat(3)}.`;
    const [prose, widget] = linesOf(`${long}\n\nShare this:`);
    expect(prose).toMatchObject({ prose: true, cues: [], points: 0 });
    expect(prose!.words).toBeGreaterThan(40);
    expect(widget).toMatchObject({ prose: false, kind: 'share' });
    expect(widget!.points).toBeGreaterThan(0);
  });

  it('counts the words of a long line up to 61, past every reader\'s threshold', () => {
    const [line] = linesOf(`${'word '.repeat(100)}end.`);
    expect(line!.words).toBe(61);
  });

  it('finds a menu in a long line cut by separators', () => {
    const menu = Array.from({ length: 15 }, (_, i) => `Section ${i} news`).join(' | ');
    const [line] = linesOf(menu);
    expect(line!.words).toBeGreaterThan(40);
    expect(line!.cues).toEqual([{ kind: 'site-nav', weight: 1, language: 'any', notice: false, start: 0, end: 0 }]);
  });

  it('reads a line that ends with a link in linear time, and still sees the sentence before the link', () => {
    // One pattern backtracked over every `.` of a long last word: 13 s for a 400 K-character line of punctuation. The bound leaves room for a loaded machine.
    const started = performance.now();
    const [line] = linesOf(`Title ${'.,;:!?'.repeat(40_000)}`);
    expect(performance.now() - started).toBeLessThan(8_000);
    expect(line!.prose).toBe(false);
    const [post] = linesOf('The minister told reporters the budget would pass this week. pic.twitter.com/abc123');
    expect(post!.prose).toBe(true);
  });
});
