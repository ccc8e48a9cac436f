import { describe, expect, it } from 'vitest';
import { loadFormat, parseArticle } from '../../src/parse/document.js';
import { matchCues } from './cues.js';
import { articleLines, isForeign } from './lines.js';

await loadFormat('text');

const linesOf = (text: string) => articleLines(parseArticle('article.txt', text));

describe('isForeign', () => {
  it('reads a headline with few stop words by its block\'s language, and a sentence in another language as foreign', () => {
    const [headline, indonesian] = linesOf(
      'Lakers vs Nets: NBA coaches make final call on preseason game amid travel row [VIDEO]\n\nPemerintah kota menaikkan pajak bensin dua sen untuk membiayai jembatan baru di atas sungai',
    );
    expect(headline!.words).toBeGreaterThanOrEqual(8);
    expect(isForeign(headline!)).toBe(false);
    expect(isForeign(indonesian!)).toBe(true);
  });
});

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
    expect(line!.cues).toEqual([{ kind: 'site-nav', weight: 1, language: 'any', notice: false, form: 'menu', start: 0, end: 0 }]);
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

describe('evidence in other languages and of no language', () => {
  const cuesOf = (line: string) => matchCues(line).map((cue) => ({ text: line.slice(cue.start, cue.end), kind: cue.kind, language: cue.language }));

  it('names the language of each cue: English, another language, or none', () => {
    expect(cuesOf('저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지')).toEqual([
      { text: '저작권자 ⓒ', kind: 'rights', language: 'ko' },
      { text: '무단전재', kind: 'rights', language: 'ko' },
      { text: '재배포 금지', kind: 'rights', language: 'ko' },
    ]);
    expect(cuesOf('Leia também: Prefeitura anuncia obras')).toEqual([{ text: 'Leia também', kind: 'related', language: 'pt' }]);
    expect(cuesOf('ЧИТАЙТЕ ТАКЖЕ')).toEqual([{ text: 'ЧИТАЙТЕ ТАКЖЕ', kind: 'related', language: 'ru' }]);
    expect(cuesOf('Share this story')).toEqual([{ text: 'Share this', kind: 'share', language: 'en' }]);
  });

  it('finds cues of other languages only as whole words where the script has them', () => {
    // `compartilhe` opens no word inside another; `Teilen` alone is a button, `teilen` in a sentence is not.
    expect(cuesOf('Die Kosten teilen sich Bund und Land.')).toEqual([]);
    expect(cuesOf('Teilen')).toEqual([{ text: 'Teilen', kind: 'share', language: 'de' }]);
  });

  it('reads marks of no language: escaped tags, shortcodes, counters, page ids, two links', () => {
    expect(cuesOf('&lt;div class="ad-slot"&gt;')).toEqual([{ text: '&lt;div class="ad-slot"&gt;', kind: 'markup', language: 'any' }]);
    expect(cuesOf('[gallery ids="12,13,14"]')).toEqual([{ text: '[gallery ids="12,13,14"]', kind: 'markup', language: 'any' }]);
    expect(cuesOf('12/40')).toEqual([{ text: '12/40', kind: 'media', language: 'any' }]);
    expect(cuesOf('190305114210887')).toEqual([{ text: '190305114210887', kind: 'metadata', language: 'any' }]);
    expect(cuesOf('[VIDEO] and [1] are no markup')).toEqual([{ text: '[VIDEO]', kind: 'related', language: 'en' }]);
    expect(cuesOf('1/2 cup of sugar')).toEqual([]);
  });
});

describe('long appeals', () => {
  const appeal =
    'If you enjoyed this story, we have a favour to ask: become a member. Members read every article without a paywall, get our weekly print edition and join calls with our reporters and editors, and their support keeps the Valley Gazette independent. Join today.';

  it('reads a line of over 40 words that opens with an appeal to the reader as furniture', () => {
    const [line] = linesOf(appeal);
    expect(line!.words).toBeGreaterThan(40);
    expect(line).toMatchObject({ prose: false, kind: 'call-to-action' });
  });

  it('reads the same words in a long sentence of the article, or past 120 words, as prose', () => {
    const sentence =
      "When you subscribe to a newspaper today, the publisher told the hearing, you pay for reporters, editors and printing presses rather than for paper, and a site that may earn a commission on what its readers buy is no longer unusual, the council heard on Tuesday night.";
    expect(linesOf(sentence)[0]).toMatchObject({ prose: true });
    const tooLong = `${appeal} ${'The council met again on Tuesday to hear the residents of the county. '.repeat(7)}`;
    expect(linesOf(tooLong)[0]).toMatchObject({ prose: true, cues: [] });
  });

  it('reads a sentence-shaped notice as furniture: a comment policy in Portuguese', () => {
    const [line] = linesOf('ATENÇÃO: Comentários ofensivos ou fora do tema serão removidos pela moderação.');
    expect(line).toMatchObject({ prose: false, kind: 'comment-form' });
    expect(line!.cues.some((cue) => cue.notice && cue.language === 'pt')).toBe(true);
  });
});
