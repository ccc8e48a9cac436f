import { describe, expect, it } from 'vitest';
import { loadFormat, parseArticle } from '../parse/document.js';
import { documentViews } from './context.js';
import { isCapitalHeadline, isExcerpt, lineKey, pageLayout } from './page-layout.js';

await loadFormat('text');

const PARAGRAPH =
  'The city council voted on Tuesday to raise the tax on gasoline by two cents a gallon, a step that the mayor said would pay for the new bridge across the river.';
const OTHER =
  'Opponents of the measure argued that the burden would fall hardest on the farmers and the truck drivers who use the roads most, and they promised to carry the fight on.';

describe('pageLayout', () => {
  it('finds where the body paragraphs start and end, and which lines are paragraphs', () => {
    const text = `Skip to content\n\nA tax for the bridge\n\n${PARAGRAPH}\n\nA short line\n\n${OTHER}\n\nShare this:\n`;
    const layout = pageLayout(parseArticle('a.txt', text));
    expect(layout.bodyStart).toBe(text.indexOf(PARAGRAPH));
    expect(layout.bodyEnd).toBe(text.indexOf(OTHER) + OTHER.length);
    expect(layout.lines.map(({ start, end, paragraph }) => [text.slice(start, end), paragraph])).toEqual([
      ['Skip to content', false],
      ['A tax for the bridge', false],
      [PARAGRAPH, true],
      ['A short line', false],
      [OTHER, true],
      ['Share this:', false],
    ]);
  });

  it('counts a Japanese paragraph in characters, and a short sentence as no paragraph', () => {
    const japanese = '市議会は火曜日、ガソリン税を一ガロン当たり二セント引き上げることを決めた。市長は、この増税が川に架かる新しい橋の建設費に充てられると述べ、反対派は農家と運送業者の負担が重くなると訴えた。';
    expect(pageLayout(parseArticle('a.txt', `${japanese}\n`)).lines.map((line) => line.paragraph)).toEqual([true]);
    const layout = pageLayout(parseArticle('a.txt', 'The council met on Tuesday.\n'));
    expect([layout.bodyStart, layout.bodyEnd, layout.lines[0]!.paragraph]).toEqual(['The council met on Tuesday.\n'.length, 0, false]);
  });

  it('keys a line without case, punctuation or spacing, and nothing for a line without words', () => {
    expect(lineKey('Share this:')).toBe(lineKey('SHARE   THIS'));
    expect(lineKey('Share this')).not.toBe(lineKey('Share these'));
    expect(lineKey('- * -')).toBe(0);
    // Beyond ASCII, compatibility forms and case fold too.
    expect(lineKey('Ｃｏｍｍｅｎｔｓ')).toBe(lineKey('comments'));
    expect(lineKey('Über uns')).toBe(lineKey('ÜBER UNS'));
  });

  it('marks the lines written in capitals that are long enough to be a headline, never a paragraph', () => {
    const headline = 'COUNTY FAIR RETURNS WITH A RODEO AND A PARADE THIS SUMMER';
    const text = `${PARAGRAPH}\n\n${headline}\n\nWHAT THE TAX WILL PAY FOR\n\n${OTHER}\n\n${OTHER.toUpperCase()}\n`;
    expect(pageLayout(parseArticle('a.txt', text)).lines.map((line) => line.capitals)).toEqual([false, true, false, false, false]);
    // Eight words, nearly all capitals: an acronym or two in lower case do not matter, a title-case line does.
    expect(isCapitalHeadline("LAUREN ALAINA SAYS 'DWTS' HAS HELPED HER LOSE 25 POUNDS")).toBe(true);
    expect(isCapitalHeadline('County Fair Returns With A Rodeo And A Parade This Summer')).toBe(false);
    expect(isCapitalHeadline('| HD | THE HOME DEPOT INC. |')).toBe(false);
  });

  it('marks the short lines with a relative time (a sentence among them is told apart by the rule), not long ones or clock times', () => {
    const text = `${PARAGRAPH}\n\nbridgefan42 · 3 hours ago\n\nThe council met 2 days ago.\n\nJo Smith\n\njust now\n\nThe vote was held on Tuesday at 4 p.m.\n\n${OTHER} It was first proposed two years ago by the mayor.\n`;
    expect(pageLayout(parseArticle('a.txt', text)).lines.map((line) => line.postingTime)).toEqual([false, true, true, false, true, false, false]);
  });

  it('marks the long lines cut off in mid-sentence with an ellipsis, not a sentence that ends in one, nor a short line', () => {
    const cut = 'The harbour ferry will run an extra crossing at eleven at night from June to September, the operator said on...';
    const text = `${cut}\n\n${cut.replace('...', ' […]')}\n\nThe council waited all afternoon for the clerk to come out of the hall with the count. …\n\nFerry adds a late crossing for the...\n`;
    expect(pageLayout(parseArticle('a.txt', text)).lines.map((line) => line.excerpt)).toEqual([true, true, false, false]);
    expect(isExcerpt('The old mill by the canal will be turned into a market for local makers, the board said…')).toBe(true);
  });

  it('is one of the views of an article, computed once', () => {
    const views = documentViews(parseArticle('a.txt', `${PARAGRAPH}\n`));
    expect(views.pageLayout()).toBe(views.pageLayout());
  });
});
