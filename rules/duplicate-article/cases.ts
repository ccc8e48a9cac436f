import type { RuleCases } from '../../src/engine/rule-tester.js';

const library = [
  'Library hours extended',
  "The city council voted on Tuesday to extend the library's opening hours through the summer, citing record attendance at its evening reading programs.",
  'Councilwoman Ada Reyes, who sponsored the measure, said the extra hours would cost about $40,000 and would be paid for out of the parks budget.',
  'Opponents argued that the money should go to road repairs instead, but the motion passed by a vote of six to three.',
].join('\n\n');

/** A syndicated copy: another headline, a few words edited. */
const libraryCopy = library
  .replace('Library hours extended', 'Council keeps the library open late')
  .replace('on Tuesday', 'this week')
  .replace('about $40,000', 'roughly $40,000');

const harbor = [
  'Harbor dredging delayed',
  'Work to deepen the shipping channel at the north harbor has been put off until spring because the contractor could not find a dredge large enough for the job.',
  'Port officials said the delay would not affect the grain shipments expected in the fall, since the largest freighters already use the south channel.',
].join('\n\n');

const cases: RuleCases = {
  valid: [
    { name: 'a single article', text: library },
    { name: 'unrelated articles', text: harbor, corpus: [{ path: 'library.txt', text: library }] },
    { name: 'the first of two copies is not reported', text: library, corpus: [] },
    { name: 'articles too short to compare', text: 'Fire on Elm Street. Nobody was hurt.', corpus: [{ path: 'short.txt', text: 'Fire on Elm Street. Nobody was hurt.' }] },
  ],
  invalid: [
    {
      name: 'an exact copy',
      path: 'copy.txt',
      text: library,
      corpus: [{ path: 'library.txt', text: library }],
      errors: [{ message: 'This article is 100% the same as library.txt', line: 1, column: 1, text: 'Library hours extended', severity: 'info' }],
    },
    {
      name: 'a copy with another headline and a few words edited, among unrelated articles',
      path: 'copy.txt',
      text: libraryCopy,
      corpus: [
        { path: 'harbor.txt', text: harbor },
        { path: 'library.txt', text: library },
      ],
      errors: [{ message: /^This article is \d+% the same as library\.txt$/, line: 1, text: 'Council keeps the library open late' }],
    },
  ],
};

export default cases;
