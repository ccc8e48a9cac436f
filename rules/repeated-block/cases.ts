import type { RuleCases } from '../../src/engine/rule-tester.js';

const title = 'Library hours extended';
const p1 =
  "The city council voted on Tuesday to extend the library's opening hours through the summer, citing record attendance at its evening reading programs.";
const p2 =
  'Councilwoman Ada Reyes, who sponsored the measure, said the extra hours would cost about $40,000 and would be paid for out of the parks budget.';
const p3 = 'Opponents argued that the money should go to road repairs instead, but the motion passed by a vote of six to three.';
const quoted = 'Ms. Reyes called the vote "a good day for readers, and for the town\'s children," and thanked the librarians for their patience.';
const s1 = 'The branch on Elm Street will open at seven in the morning.';
const s2 = 'Its reading room, closed since the flood in March, reopens on the first of June.';
const s3 = 'Volunteers will staff the front desk on weekends.';

/** The headings of a guide's sections, which its table of contents lists first. */
const contents = ['Why the council voted for longer hours', 'What the extra hours will cost the city', 'Who opposed the measure and why'];
/** A product widget's bullet lines, which the next product's widget repeats. */
const bullets = ['Reads aloud to children in eleven languages', 'Charges in under an hour from any USB port', 'Fits in a coat pocket with room to spare'];
/** Those sections in Markdown, each heading over its paragraph. */
const sections = contents.map((entry, i) => `## ${entry}\n\n${[p2, p3, quoted][i]}`).join('\n\n');

/** Two words whose token hashes (FNV-1a) are equal: tokens are compared by hash, then confirmed. */
const [collides, collidesToo] = ['woodz', 'wegaab'];

/** Paragraphs separated by blank lines, as the articles of the corpus are written. */
const article = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';

/** Two reports written to one pattern: other names, other figures. */
const reports = article(
  title,
  'Volunteer Mara Lindqvist counted 962 people at the shelter on Friday, and the board will discuss the figures at meeting 105 next week.',
  p2,
  'Volunteer Owen Castillo counted 418 people at the shelter on Friday, and the board will discuss the figures at meeting 106 next week.',
);

const cases: RuleCases = {
  valid: [
    { name: 'distinct paragraphs', text: article(title, p1, p2, p3) },
    {
      name: 'Markdown: a table of contents lists the headings of the sections below it',
      path: 'guide.md',
      text: `# ${title}\n\n${contents.map((entry) => `- ${entry}`).join('\n')}\n\n${p1}\n\n${sections}\n`,
    },
    {
      name: 'HTML: a table of contents of in-page links, the first entry taken for the title',
      path: 'guide.html',
      text: `<ul>\n${contents.map((entry, i) => `<li><a href="#s${i}">${entry}</a></li>`).join('\n')}\n</ul>\n<p>${p1}</p>\n${contents.map((entry, i) => `<h2 id="s${i}">${entry}</h2>\n<p>${[p2, p3, quoted][i]}</p>`).join('\n')}\n`,
    },
    {
      name: 'salutations that letters pages repeat',
      text: article('Letters', 'To the editor:', p1, 'To the editor:', p2, 'To the editor of the Daily Courier:', p3, 'To the editor of the Daily Courier:', quoted),
    },
    { name: 'a label that recurs three times', text: article(title, 'Reply:', p1, 'Reply:', p2, 'Reply:', p3) },
    { name: 'short lines that are not the title', text: article(title, 'Advertisement', p1, 'Advertisement', p2, 'Best from abroad.', p3, 'Best from abroad.') },
    { name: 'a dateline repeated', text: article(title, 'Chicago, Aug. 9', p1, 'Chicago, Aug. 9', p2) },
    {
      name: 'list items that differ in one word',
      text: article(title, p1, 'Click to share on Twitter (Opens in new window)', 'Click to share on Reddit (Opens in new window)'),
    },
    {
      name: 'two paragraphs that share a stock phrase',
      text: article(
        title,
        'According to the Associated Press, the council voted on Tuesday to extend the opening hours of the library through the summer.',
        'According to the Associated Press, the mayor said on Wednesday that he would sign the measure once the budget office had reviewed it.',
      ),
    },
    { name: 'one short sentence repeated for effect', text: article(title, `${s1} ${s2} We will not give up. ${s3} We will not give up.`) },
    {
      name: 'a short quotation repeated',
      text: article(title, `The pastor read how he saw the spirit of God descending like a dove. ${s3}`, `${s1} Again he saw the spirit of God descending like a dove, and the hall fell silent.`),
    },
    { name: 'a short paragraph that differs in a word of the same hash', text: article(title, p1, `The ${collides} stood on the hill today.`, p2, `The ${collidesToo} stood on the hill today.`) },
    {
      name: 'a run of sentences that differs in words of the same hash',
      text: article(title, `${p2} We saw ${collides} near the old mill. Then ${collides} came back to town.`, `${p3} We saw ${collidesToo} near the old mill. Then ${collidesToo} came back to town.`),
    },
    {
      name: 'the same question to every guest of an interview series',
      text: article(
        'Three bakers',
        'What do you cook when you have ten minutes and an empty fridge? Is there a dish you refuse to make?',
        'Hana Ito: Rice with a fried egg and whatever pickles are left, and I refuse to make anything with raisins in it.',
        'What do you cook when you have ten minutes and an empty fridge? Is there a dish you refuse to make?',
        'Piet Vos: Pancakes, always, because flour and milk keep for ages; I will never cook liver again after school.',
        'What do you cook when you have ten minutes and an empty fridge? Is there a dish you refuse to make?',
        'Lola Mar: A tortilla with potatoes, and I do not make desserts at all, my sister does them better than I could.',
      ),
    },
    {
      name: 'a plan whose entries recur: under the same label, three times, and fields with a recurring label',
      text: article(
        'Week plan',
        'Monday',
        'Breakfast',
        'Oat porridge, 1 cup berries, 2 tbsp. chopped walnuts (or 1 tbsp. almond butter)',
        'Kit: 1 Blue, 1 Yellow, 2 tsp.',
        'Lunch',
        'Lentil soup with 1 slice rye bread, 1 cup spinach, 2 oz. goat cheese',
        'Kit: 1 Green, 1 Red, 1 Yellow',
        'Tuesday',
        'Breakfast',
        'Oat porridge, 1 cup berries, 2 tbsp. chopped walnuts (or 1 tbsp. almond butter)',
        'Kit: 1 Blue, 1 Yellow, 2 tsp.',
        'Lunch',
        'Lentil soup with 1 slice rye bread, 1 cup spinach, 2 oz. goat cheese',
        'Kit: 1 Green, 1 Red, 1 Yellow',
        'Wednesday',
        'Dinner out',
        'Lentil soup with 1 slice rye bread, 1 cup spinach, 2 oz. goat cheese',
      ),
    },
    {
      name: 'a plan entry that recurs under a long label that every section repeats with other entries',
      text: article(
        'Three days on the trail',
        'Day one',
        'Eat this an hour or two before you set off',
        'Rye toast with two eggs, 1 pear, 1 cup green tea with honey',
        'Day two',
        'Eat this an hour or two before you set off',
        'Buckwheat pancakes, 1 cup yogurt, 2 tbsp. maple syrup and a handful of nuts',
        'Day three',
        'Eat this an hour or two before you set off',
        'Rye toast with two eggs, 1 pear, 1 cup green tea with honey',
      ),
    },
    {
      name: 'a formula with a name in it, and the signature line of each embedded post',
      text: article(
        'Vote for the best cook',
        'You can vote for Hana on the last page of this story!',
        p1,
        'You can vote for Piet on the last page of this story!',
        p2,
        'You can vote for Hana on the last page of this story!',
        'The council has approved the budget for the new library wing. pic.twitter.com/xyz',
        '\u2014 City of Brampton Hills (@bramptonhills) March 4, 2021',
        'Doors open at nine on Saturday for the first readers of the new wing.',
        '\u2014 City of Brampton Hills (@bramptonhills) March 4, 2021',
      ),
    },
    {
      name: 'a court formula that runs across sentence breaks',
      text: article(
        'Divorce Court',
        'Ann Hale v. Tom Hale. The parties were married at Dover according to the rites of the Church of England. Mr. Kent appeared for the petitioner.',
        'Rose Lamb v. Carl Lamb. The parties were married in 1920 at Leeds according to the rites of the Church of England. Mr. Pike appeared for the petitioner.',
      ),
    },
    {
      name: 'the address line after each letter signed with the same formula',
      text: article(
        'Reports from the fields',
        'The yield was good this quarter, and the roads held up through the rains despite the heavy carts that used them.',
        'I have, &c., J. MORROW, Inspector of Roads.',
        'The Chief Inspector of the Northern District, Albury.',
        'The river rose twice in the quarter, and the ferry was closed for nine days, but no goods were lost on the crossing.',
        'I have, &c., R. DUNNE, Assistant Inspector of Roads.',
        'The Chief Inspector of the Northern District, Albury.',
      ),
    },
    { name: 'a near copy under the threshold', text: article(title, p1, 'The county board voted on Friday to cut the museum opening hours through the winter, citing low attendance at its morning programs.') },
  ],
  invalid: [
    {
      name: 'exact paragraph, reported on the later copy with the line of the first',
      text: article(title, p1, p2, p1, p3),
      errors: [{ message: 'This paragraph repeats line 3', line: 7, column: 1, text: p1, expected: [''] }],
      output: article(title, p1, p2, p3),
    },
    {
      name: 'case differs',
      text: article(title, p1, p2, p1.replace('The city council voted', 'THE CITY COUNCIL VOTED'), p3),
      errors: [{ message: 'This paragraph repeats line 3', line: 7, endLine: 7 }],
      output: article(title, p1, p2, p3),
    },
    {
      name: 'spacing differs',
      text: article(title, p1, p2, p1.replace(/ /g, (space, offset: number) => (offset % 3 === 0 ? '  ' : space)), p3),
      errors: [{ message: 'This paragraph repeats line 3', line: 7 }],
      output: article(title, p1, p2, p3),
    },
    {
      name: 'punctuation and quote style differ',
      text: article(title, quoted, p2, 'Ms. Reyes called the vote \u201Ca good day for readers and for the town\u2019s children\u201D and thanked the librarians for their patience', p3),
      errors: [{ message: 'This paragraph repeats line 3', line: 7 }],
      output: article(title, quoted, p2, p3),
    },
    {
      name: 'a word changed and a word dropped',
      text: article(title, p1, p2, p1.replace('citing', 'noting').replace('record ', ''), p3),
      errors: [{ message: 'This paragraph nearly repeats line 3 (91% the same words)', line: 7, text: p1.replace('citing', 'noting').replace('record ', '') }],
      output: article(title, p1, p2, p3),
    },
    {
      name: 'a near copy with other names and numbers: reported at info, never deleted by --fix',
      text: reports,
      errors: [{ message: /nearly repeats line 3 \(\d+% the same words, but other names or numbers\)/, line: 7, severity: 'info' }],
      output: reports,
    },
    {
      name: 'a near copy that differs in a number word (`Second`/`Third`): other facts, at info, never deleted by --fix',
      text: article(title, `Second film based on the 1965 novel of the same name by the writer Mara Lindqvist.`, p1, `Third film based on the 1965 novel of the same name by the writer Mara Lindqvist.`),
      errors: [{ message: /nearly repeats line 3 \(\d+% the same words, but other names or numbers\)/, line: 7, severity: 'info' }],
      output: null,
    },
    {
      name: 'a paragraph that differs in a word of the same hash is a near copy',
      text: article(title, `${p1} It was ${collides}.`, p2, `${p1} It was ${collidesToo}.`),
      errors: [{ message: 'This paragraph nearly repeats line 3 (96% the same words)', line: 7 }],
      output: article(title, `${p1} It was ${collides}.`, p2),
    },
    {
      name: 'the title printed again in bold',
      text: article(title, `**${title}**`, p1, p2),
      errors: [{ message: 'This title repeats line 1', line: 3, column: 1, text: `**${title}**`, expected: [''] }],
      output: article(title, p1, p2),
    },
    {
      name: 'a one-word title printed again',
      text: article('Broadway', p1, 'Broadway', p2),
      errors: [{ message: 'This title repeats line 1', line: 5, text: 'Broadway' }],
      output: article('Broadway', p1, p2),
    },
    {
      name: 'a paragraph repeated twice: both copies name the first',
      text: article(title, p1, p2, p1, p3, p1),
      errors: [
        { message: 'This paragraph repeats line 3', line: 7 },
        { message: 'This paragraph repeats line 3', line: 11 },
      ],
      output: article(title, p1, p2, p3),
    },
    {
      name: 'Windows line breaks',
      text: article(title, p1, p2, p1, p3).replace(/\n/g, '\r\n'),
      errors: [{ message: 'This paragraph repeats line 3', line: 7, text: p1 }],
      output: article(title, p1, p2, p3).replace(/\n/g, '\r\n'),
    },
    {
      name: 'three consecutive paragraphs repeated, one line each',
      text: [title, p1, p2, p3, p1, p2, p3].join('\n'),
      errors: [
        { message: 'This paragraph repeats line 2', line: 5, text: p1 },
        { message: 'This paragraph repeats line 3', line: 6, text: p2 },
        { message: 'This paragraph repeats line 4', line: 7, text: p3 },
      ],
      output: [title, p1, p2, p3].join('\n'),
    },
    {
      name: 'a near copy of a line of the same wrapped paragraph (plain text: the lines count one by one too)',
      text: [title, p1, p2, p1.replace('citing', 'noting').replace('record ', ''), p3].join('\n') + '\n',
      errors: [{ message: 'This paragraph nearly repeats line 2 (91% the same words)', line: 4, text: p1.replace('citing', 'noting').replace('record ', '') }],
      output: [title, p1, p2, p3].join('\n') + '\n',
    },
    {
      name: 'a copy wrapped over several lines',
      text: article(title, p1, p2, p1.replace(' extend ', ' extend\n').replace(' citing ', '\nciting '), p3),
      errors: [{ message: 'This paragraph repeats line 3', line: 7, column: 1, endLine: 9 }],
      output: article(title, p1, p2, p3),
    },
    {
      name: 'a run of sentences repeated inside a later paragraph',
      text: article(title, `${s1} ${s2} ${s3}`, `${p3} ${s1} ${s2} The mayor agreed.`),
      errors: [{ message: 'These 2 sentences repeat line 3', line: 5, text: `${s1} ${s2}`, expected: [''] }],
      output: article(title, `${s1} ${s2} ${s3}`, `${p3} The mayor agreed.`),
    },
    {
      name: 'a run of sentences repeated when a word of the article holds no token (a lone \u02BC): only the words that hold one are compared',
      text: article(title, 'Notes \u02BC here.', `${s1} ${s2} ${s3}`, `${p3} ${s1} ${s2} The mayor agreed.`),
      errors: [{ message: 'These 2 sentences repeat line 5', line: 7, text: `${s1} ${s2}`, expected: [''] }],
      output: article(title, 'Notes \u02BC here.', `${s1} ${s2} ${s3}`, `${p3} The mayor agreed.`),
    },
    {
      name: 'a run of sentences repeated past blocks whose only words hold no token (lone \u02BC), one of them beside the later copy',
      text: article(title, `${s1} ${s2} ${s3}`, '\u02BC', '\u02BC \u02BC', `${p3} \u02BC ${s1} ${s2} The mayor agreed.`),
      errors: [{ message: 'These 2 sentences repeat line 3', line: 9, text: `${s1} ${s2}`, expected: [''] }],
      output: article(title, `${s1} ${s2} ${s3}`, '\u02BC', '\u02BC \u02BC', `${p3} \u02BC The mayor agreed.`),
    },
    {
      name: 'a run of sentences appended to its own paragraph',
      text: article(title, `${s1} ${s2} ${s3} ${s1} ${s2} ${s3}`, p1),
      errors: [{ message: 'These 3 sentences repeat line 3', line: 3, text: `${s1} ${s2} ${s3}` }],
      output: article(title, `${s1} ${s2} ${s3}`, p1),
    },
    {
      name: 'a run of sentences that opens a later paragraph',
      text: article(title, `${s1} ${s2} ${s3}`, `${s1} ${s2} ${p3}`),
      errors: [{ message: 'These 2 sentences repeat line 3', line: 5, column: 1, text: `${s1} ${s2}` }],
      output: article(title, `${s1} ${s2} ${s3}`, p3),
    },
    {
      name: 'one long sentence repeated inside a later paragraph',
      text: article(title, `${p1} ${s3}`, `${p2} ${p1}`),
      errors: [{ message: 'This sentence repeats line 3', line: 5, text: p1 }],
      output: article(title, `${p1} ${s3}`, p2),
    },
    {
      name: 'a run whose copy keeps its quotes and abbreviations',
      text: article(title, `${quoted} ${s2} ${s3}`, `${p3} ${quoted} ${s2}`),
      errors: [{ message: 'These 2 sentences repeat line 3', line: 5, text: `${quoted} ${s2}` }],
      output: article(title, `${quoted} ${s2} ${s3}`, p3),
    },
    {
      name: 'a pull quote before the text it quotes: the standalone quote is the copy, deleted whole',
      text: article(title, `\u201C${s1.slice(0, -1)} and ${s2.charAt(0).toLowerCase()}${s2.slice(1, -1)}.\u201D \u2014 Ada Reyes`, p1, `${p3} \u201C${s1.slice(0, -1)} and ${s2.charAt(0).toLowerCase()}${s2.slice(1, -1)}.\u201D She smiled.`),
      errors: [{ message: 'This pull quote repeats line 7', line: 3, column: 1, expected: [''] }],
      output: article(title, p1, `${p3} \u201C${s1.slice(0, -1)} and ${s2.charAt(0).toLowerCase()}${s2.slice(1, -1)}.\u201D She smiled.`),
    },
    {
      name: 'a pull quote after the text it quotes, with a dash attribution: deleted by --fix',
      text: article(title, `${p3} \u201C${s1} ${s2}\u201D ${s3}`, p1, `\u201C${s1} ${s2}\u201D \u2014 Ada Reyes`),
      errors: [{ message: 'This pull quote repeats line 3', line: 7, column: 1 }],
      output: article(title, `${p3} \u201C${s1} ${s2}\u201D ${s3}`, p1),
    },
    {
      name: 'a quotation told as a sentence (`…” said Ms. Reyes.`) may be the article\u2019s own paragraph: shown, not deleted by --fix',
      text: article(title, `${p3} \u201C${s1} ${s2}\u201D ${s3}`, p1, `\u201C${s1} ${s2}\u201D said Ms. Reyes.`),
      errors: [{ message: 'This pull quote repeats line 3', line: 7, column: 1 }],
      output: null,
    },
    {
      name: 'a caption that quotes the article\u2019s paragraph: the paragraph is flagged, never deleted by --fix',
      text: article(
        title,
        `\u201C${s1.slice(0, -1)} and ${s2.charAt(0).toLowerCase()}${s2.slice(1, -1)},\u201D Mr. Ray said.`,
        p1,
        `A crew at work in 2014. \u201C${s1.slice(0, -1)} and ${s2.charAt(0).toLowerCase()}${s2.slice(1, -1)},\u201D said Tom Ray of the city\u2019s water department. Credit: Ann Lee for The Daily`,
      ),
      errors: [{ message: 'This pull quote repeats line 7', line: 3, column: 1 }],
      output: null,
    },
    {
      name: 'a list entry copied with its long label, which heads no other entry, is a copy',
      text: article(
        'Trail notes',
        p1,
        'Eat this an hour or two before you set off',
        'Rye toast with two eggs, 1 pear, 1 cup green tea with honey',
        p2,
        'Eat this an hour or two before you set off',
        'Rye toast with two eggs, 1 pear, 1 cup green tea with honey',
        p3,
      ),
      errors: [
        { message: 'This title repeats line 5', line: 11 },
        { message: 'This title repeats line 7', line: 13 },
      ],
      output: article('Trail notes', p1, 'Eat this an hour or two before you set off', 'Rye toast with two eggs, 1 pear, 1 cup green tea with honey', p2, p3),
    },
    {
      name: 'an entry under a slot label is a copy when the copied run goes on past it',
      text: article(
        'Trail notes',
        'Eat this an hour or two before you set off',
        'Rye toast with two eggs, 1 pear, 1 cup green tea with honey',
        p1,
        'Eat this an hour or two before you set off',
        'Buckwheat pancakes, 1 cup yogurt, 2 tbsp. maple syrup and a handful of nuts',
        p2,
        'Eat this an hour or two before you set off',
        'Rye toast with two eggs, 1 pear, 1 cup green tea with honey',
        p1,
      ),
      errors: [
        { message: 'This title repeats line 5', line: 17 },
        { message: 'This paragraph repeats line 7', line: 19 },
      ],
      output: article(
        'Trail notes',
        'Eat this an hour or two before you set off',
        'Rye toast with two eggs, 1 pear, 1 cup green tea with honey',
        p1,
        'Eat this an hour or two before you set off',
        'Buckwheat pancakes, 1 cup yogurt, 2 tbsp. maple syrup and a handful of nuts',
        p2,
        'Eat this an hour or two before you set off',
      ),
    },
    {
      name: 'a question paragraph repeated once is a copy',
      text: article(title, p1, 'Why would the council pay for longer hours when the roads are in such a state? Who asked for it?', p2, 'Why would the council pay for longer hours when the roads are in such a state? Who asked for it?'),
      errors: [{ message: 'This paragraph repeats line 5', line: 9 }],
      output: article(title, p1, 'Why would the council pay for longer hours when the roads are in such a state? Who asked for it?', p2),
    },
    {
      name: 'Markdown: an article printed twice repeats its headings with its paragraphs between them, no table of contents',
      path: 'guide.md',
      text: `${sections}\n\n${sections}\n`,
      errors: [1, 3, 5, 7, 9, 11].map((first) => ({ message: `This ${first % 4 === 1 ? 'title' : 'paragraph'} repeats line ${first}`, line: first + 12 })),
      output: `${sections}\n`,
    },
    {
      name: "a product widget's bullets copied under the next product are a copy, though taken for headings and listed first",
      text: article(title, p1, 'Story Reader Mini', ...bullets, 'Story Reader Max', ...bullets, p2),
      errors: [
        { message: 'This title repeats line 9', line: 17 },
        { message: 'This title repeats line 11', line: 19 },
      ],
      output: article(title, p1, 'Story Reader Mini', ...bullets, 'Story Reader Max', bullets[0]!, p2),
    },
    {
      name: 'Markdown: a heading repeated is deleted with its marks',
      path: 'article.md',
      text: `# ${title} now\n\n${p1}\n\n# ${title} now\n\n${p2}\n`,
      errors: [{ message: 'This title repeats line 1', line: 5, column: 3, text: `${title} now` }],
      output: `# ${title} now\n\n${p1}\n\n${p2}\n`,
    },
    {
      name: 'HTML: a paragraph repeated is deleted with its tags',
      path: 'article.html',
      text: `<h1>${title}</h1>\n<p>${p1}</p>\n<p>${p2}</p>\n<p>${p1}</p>\n<p>${p3}</p>\n`,
      errors: [{ message: 'This paragraph repeats line 2', line: 4, column: 4, text: p1 }],
      output: `<h1>${title}</h1>\n<p>${p1}</p>\n<p>${p2}</p>\n<p>${p3}</p>\n`,
    },
  ],
};

export default cases;
