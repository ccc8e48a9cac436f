import type { RuleCases } from '../../src/engine/rule-tester.js';

const cases: RuleCases = {
  valid: [
    { name: 'curly quotes and dashes are correct text', text: 'The mayor’s plan — “a bridge for all” — passed.\n' },
    { name: 'accented letters', text: 'The café on the rue de Rivoli served crème brûlée to Señor Núñez.\n' },
    { name: 'a required-field star and arithmetic', text: 'Fields marked * are required.\n\nThe formula is 2 * 3 * 4.\n' },
    { name: 'a footnote star', text: 'Sales rose 4 per cent.*\n\n*Estimated by the bureau.\n' },
    { name: 'masked words', text: 'Guests included the singers Ka** and Bo** Ri**, who asked not to be named.\n' },
    { name: 'grades and ratings in stars', text: 'The show has a CSI** class and a CSI*** class; the hotel is rated A* by the guide.\n' },
    { name: 'a note mark or a multiplication star before a number', text: 'Bake for *25 minutes (longer at altitude).\n\nSet the speed to *x50 with the console.\n' },
    { name: 'a masked short word inside real emphasis pairs', path: 'a.md', text: 'The **UN** and *Tom* met; **Ann** spoke.\n' },
    { name: 'blanks to fill in', text: 'Name: ________ Date: ____\n' },
    { name: 'snake_case and a lone ampersand', text: 'The file_name__v2 field is AT&T and Johnson & Johnson.\n' },
    { name: 'angle brackets that are not tags', text: 'If x < y and y > z, then <Title> stays as written.\n' },
    { name: 'Markdown: balanced emphasis is Markdown', path: 'a.md', text: '# Title\n\nThe **council** met on *Tuesday* and __voted__.\n' },
    { name: 'Markdown: entities are Markdown', path: 'a.md', text: 'Smith &amp; Sons sold it for &pound;5.\n' },
    { name: 'Markdown: inline HTML an author wrote', path: 'a.md', text: 'Water is H<sub>2</sub>O.<br>\n' },
    { name: 'Markdown: markup in code', path: 'a.md', text: 'Write `**bold**` or `<div class="x">`.\n\n```\n<p>&nbsp;</p> **\n```\n' },
    { name: 'HTML: tags and entities are the page', path: 'a.html', text: '<p>The mayor&rsquo;s <em>plan</em> &mdash; and **more**.</p>\n' },
  ],
  invalid: [
    {
      // Paragraphs are read apart whatever breaks their lines: a marker does not pair with one in the next paragraph.
      name: 'lone carriage returns for line breaks: two strays in two paragraphs',
      text: 'A tax\r\rThe council voted **on Tuesday to raise the tax.\r\rOpponents argued** that the burden would fall on farmers.\r',
      errors: [
        { line: 3, column: 19, text: '**', message: /Stray "\*\*"/ },
        { line: 5, column: 17, text: '**', message: /Stray "\*\*"/ },
      ],
      output: 'A tax\r\rThe council voted on Tuesday to raise the tax.\r\rOpponents argued** that the burden would fall on farmers.\r',
    },
    {
      name: 'unbalanced bold at a line end',
      text: 'The floods recede in November.**\n\nNothing will happen.\n',
      errors: [{ line: 1, column: 31, text: '**', expected: [''], severity: 'warn', message: /Stray "\*\*"/ }],
      output: 'The floods recede in November.\n\nNothing will happen.\n',
    },
    {
      // After a word a marker may be a censored word or a grade (`Ni**`, `CCI**`): a suggestion, --fix leaves it.
      name: 'unbalanced bold after a title word: a suggestion',
      text: 'Washington**\n\nSen. Frelinghuysen had spoken.\n',
      errors: [{ line: 1, column: 11, text: '**', expected: [''] }],
      output: 'Washington**\n\nSen. Frelinghuysen had spoken.\n',
    },
    {
      name: 'unbalanced underscores and an opening star',
      text: '__The council met on Tuesday.\n\nIt voted for the *new bridge on the river.\n',
      errors: [
        { line: 1, column: 1, text: '__', message: /Stray "__"/ },
        { line: 3, column: 18, text: '*', message: /Stray "\*"/ },
      ],
      // A lone `*` may be a footnote or a multiplication (`*10`): a suggestion.
      output: 'The council met on Tuesday.\n\nIt voted for the *new bridge on the river.\n',
    },
    {
      name: 'balanced bold in a plain-text article is Markdown syntax, at info',
      text: '**The U.N.’s gravest crisis**\n\nThe Assembly met.\n',
      errors: [{ line: 1, column: 1, text: '**The U.N.’s gravest crisis**', expected: ['The U.N.’s gravest crisis'], severity: 'info', message: /Markdown emphasis/ }],
      output: 'The U.N.’s gravest crisis\n\nThe Assembly met.\n',
    },
    {
      name: 'HTML tags in plain text',
      text: '<div class="entry-content">Ambassador Stevenson spoke.\n\n<p>Henry Van <em>Dyke</em> said so.</p>\n',
      errors: [
        { line: 1, column: 1, text: '<div class="entry-content">', expected: [''], message: /HTML tag/ },
        { line: 3, column: 1, text: '<p>', expected: [''] },
        { line: 3, column: 14, text: '<em>', expected: [''] },
        { line: 3, column: 22, text: '</em>', expected: [''] },
        { line: 3, column: 36, text: '</p>', expected: [''] },
      ],
      output: 'Ambassador Stevenson spoke.\n\nHenry Van Dyke said so.\n',
    },
    {
      name: 'a tag between two words leaves a space',
      text: 'The first line<br>the second line.\n',
      errors: [{ text: '<br>', expected: [' '] }],
      output: 'The first line the second line.\n',
    },
    {
      name: 'HTML entities in plain text',
      text: 'Ruark&#8217;s grandfather &mdash; a judge &amp; a farmer &ndash; ruled to&nbsp;ban it. &#x201C;No,&#x201D; he said. We don&rsquo;t.\n',
      errors: [
        { text: '&#8217;', expected: ['’'], message: /HTML entity/ },
        { text: '&mdash;', expected: ['—'] },
        { text: '&amp;', expected: ['&'] },
        { text: '&ndash;', expected: ['–'] },
        { text: '&nbsp;', expected: [' '] },
        { text: '&#x201C;', expected: ['“'] },
        { text: '&#x201D;', expected: ['”'] },
        { text: '&rsquo;', expected: ['’'] },
      ],
      output: 'Ruark’s grandfather — a judge & a farmer – ruled to ban it. “No,” he said. We don’t.\n',
    },
    {
      name: 'mojibake of quotes, dashes and accents',
      text: 'Kennanâ€™s view â€” â€œConfrontationâ€\u009d, a cafÃ© in MontrÃ©al, and Â£5.\n',
      errors: [
        { text: 'â€™', expected: ['’'], message: /Mojibake/ },
        { text: 'â€”', expected: ['—'] },
        { text: 'â€œ', expected: ['“'] },
        { text: 'â€\u009d', expected: ['”'] },
        { text: 'Ã©', expected: ['é'] },
        { text: 'Ã©', expected: ['é'] },
        { text: 'Â£', expected: ['£'] },
      ],
      output: 'Kennan’s view — “Confrontation”, a café in Montréal, and £5.\n',
    },
    {
      name: 'mojibake of a no-break space, with the space kept or normalised',
      text: 'But it isÂ\u00a0no use.\n\nIt is Â gone.\n\nThe vote wasÂ close.\n',
      errors: [
        { text: 'Â\u00a0', expected: [' '] },
        { text: 'Â ', expected: [' '] },
        { line: 5, column: 13, text: 'Â ', expected: [' '] },
      ],
      output: 'But it is no use.\n\nIt is  gone.\n\nThe vote was close.\n',
    },
    {
      name: 'mojibake decoded twice over',
      text: 'The senatorÃ¢â‚¬â„¢s vote.\n',
      errors: [{ text: 'Ã¢â‚¬â„¢', expected: ['’'] }],
      output: 'The senator’s vote.\n',
    },
    {
      name: 'mojibake at the very end of the text',
      text: 'It isnâ€™',
      errors: [{ line: 1, column: 7, text: 'â€™', expected: ['’'] }],
      output: 'It isn’',
    },
    {
      name: 'Markdown: unbalanced bold is shown literally',
      path: 'a.md',
      text: '# Title\n\nThe floods recede in November.**\n',
      errors: [{ line: 3, column: 31, text: '**' }],
      output: '# Title\n\nThe floods recede in November.\n',
    },
    {
      name: 'Markdown: a stray marker after balanced bold at the start of a paragraph or list item',
      path: 'a.md',
      text: '**Title** and **stray words.\n\n- **Item** one\n- Item** two\n',
      errors: [
        { line: 1, column: 15, text: '**' },
        { line: 4, column: 7, text: '**' },
      ],
      output: '**Title** and stray words.\n\n- **Item** one\n- Item** two\n',
    },
    {
      name: 'Markdown: scraped wrappers and mojibake',
      path: 'a.md',
      text: '<div class="entry-content">The mayorâ€™s plan.</div>\n',
      errors: [
        { text: '<div class="entry-content">', expected: [''] },
        { text: 'â€™', expected: ['’'] },
        { text: '</div>', expected: [''] },
      ],
      // Raw HTML in Markdown is one HTML node: edits inside it are suggestions, never --fix.
      output: null,
    },
    {
      name: 'HTML: mojibake in the text',
      path: 'a.html',
      text: '<p>The mayorâ€™s plan.</p>\n',
      errors: [{ line: 1, column: 13, text: 'â€™', expected: ['’'] }],
      output: '<p>The mayor’s plan.</p>\n',
    },
  ],
};

export default cases;
