import type { RuleCases } from '../../src/engine/rule-tester.js';

const cases: RuleCases = {
  valid: [
    'The cat sat on the mat.',
    { name: 'grammatical double', text: 'The most heartening show they had had since spring.' },
    { name: 'that that', text: 'He said that that was wrong. The fact that that China is silent matters. He knew that that.' },
    { name: 'is is', text: 'What it is is a mess. All it is is noise.' },
    { name: 'can can', text: 'A tin can can rust. They danced the can can.' },
    { name: 'do do', text: 'They do do their homework.' },
    { name: 'a name', text: 'He was sent to Sing Sing in 1950. They flew to Walla Walla.' },
    { name: 'a name in capitals and a name in a title-case headline', text: 'WAGGA WAGGA, Friday. — The show opened.\n\nTrip To Walla Walla Ends.' },
    { name: 'a reduplicated idiom, even at a heading start', path: 'a.md', text: '# Bye bye, old cinema\n\nThe kids waved bye bye to the bus. Knock knock, who is there?\n' },
    {
      name: 'reduplication in a paragraph in another language',
      text: 'The school reopened on Monday.\n\nAnak-anak itu bermain di taman setiap sore, dan mereka pulang pelan pelan ke rumah bersama teman mereka.\n',
    },
    { name: 'across sentences', text: 'He ran. Ran is a verb.' },
    { name: 'words of one length that differ', text: 'He sat and ran far, not now.' },
    { name: 'letters that differ outside ASCII', text: 'Café cafe and naïve naive.' },
  ],
  invalid: [
    {
      name: 'a function word in capitals is a typo, not a name; an English paragraph beside a foreign one is still read',
      text: 'THE THE COUNCIL MET.\n\nOs alunos voltaram para a escola na segunda-feira, e a diretora disse que as aulas vão começar cedo.\n\nThey went to to the park.\n',
      errors: [
        { line: 1, column: 5, text: 'THE' },
        { line: 5, column: 14, text: 'to' },
      ],
      output: 'THE COUNCIL MET.\n\nOs alunos voltaram para a escola na segunda-feira, e a diretora disse que as aulas vão começar cedo.\n\nThey went to the park.\n',
    },
    {
      text: 'the the cat',
      errors: [{ line: 1, column: 5, endColumn: 8, text: 'the', expected: [''] }],
      output: 'the cat',
    },
    {
      name: '`that that` where the second cannot be a demonstrative',
      text: 'She said that that he was free, and that that the plan failed.',
      errors: [
        { line: 1, column: 15, text: 'that' },
        { line: 1, column: 42, text: 'that' },
      ],
      output: 'She said that he was free, and that the plan failed.',
    },
    {
      name: '`is is` and `can can` outside the constructions that allow them',
      text: 'The race is is close. We can can win it. They took what is is left.',
      errors: [
        { line: 1, column: 13, text: 'is' },
        { line: 1, column: 30, text: 'can' },
        { line: 1, column: 60, text: 'is' },
      ],
      output: 'The race is close. We can win it. They took what is left.',
    },
    {
      name: 'a word that names a property of every JavaScript object',
      text: 'The constructor constructor was called.',
      errors: [{ line: 1, column: 17, text: 'constructor' }],
      output: 'The constructor was called.',
    },
    {
      name: 'case differs',
      text: 'In the spring, The the council met.',
      errors: [{ line: 1, column: 20, text: 'the' }],
      output: 'In the spring, The council met.',
    },
    {
      name: 'second line, across a line break inside a paragraph',
      text: '# Title\n\nHe said it it was done.\n',
      path: 'a.md',
      errors: [{ line: 3, column: 12, text: 'it' }],
      output: '# Title\n\nHe said it was done.\n',
    },
    {
      name: 'markup between the copies: found, but not fixed (the deletion would break the markup)',
      text: '<p>The <b>the</b> council met.</p>',
      path: 'a.html',
      errors: [{ line: 1, column: 11, endColumn: 14, text: 'the', expected: [''] }],
      output: '<p>The <b>the</b> council met.</p>',
    },
    {
      name: 'Markdown emphasis between the copies',
      text: 'He said *it* it was done.\n',
      path: 'a.md',
      errors: [{ line: 1, column: 14, text: 'it' }],
      output: 'He said *it* it was done.\n',
    },
    {
      name: 'case differs outside ASCII',
      text: 'They met at the CAFÉ café downtown.',
      errors: [{ line: 1, column: 22, text: 'café' }],
      output: 'They met at the CAFÉ downtown.',
    },
  ],
};

export default cases;
