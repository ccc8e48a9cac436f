import type { RuleCases } from '../../src/engine/rule-tester.js';

const kentucky = { path: 'other.txt', text: 'In Kentucky alone, Japanese companies employ 45,000 people, mainly in car plants.' };

const cases: RuleCases = {
  valid: [
    { name: 'a single article', text: 'Japanese companies employ 54,000 people in Kentucky.' },
    { name: 'the same figure', text: 'Japanese companies employ 45,000 people in Kentucky.', corpus: [kentucky] },
    { name: 'more than is consistent with a larger figure', text: 'Japanese companies employ more than 40,000 people in Kentucky.', corpus: [kentucky] },
    { name: 'within the rounding of about', text: 'Japanese companies employ about 50,000 people in Kentucky.', corpus: [kentucky] },
    { name: 'another subject', text: 'Japanese companies employ 54,000 people in Ohio.', corpus: [kentucky] },
    { name: 'no name near the figure', text: 'The companies employ 54,000 people in the state.', corpus: [{ path: 'b.txt', text: 'The companies employ 45,000 people in the state.' }] },
    { name: 'another counted noun', text: 'Japanese companies in Kentucky employ 54,000 robots.', corpus: [kentucky] },
    { name: 'another unit', text: 'Japanese companies employ 54% of the people in Kentucky.', corpus: [kentucky] },
    { name: 'a sentence with two figures', text: 'Japanese companies employ 54,000 people in Kentucky and 20,000 in Ohio.', corpus: [kentucky] },
    { name: 'years differ freely', text: 'Japanese companies in Kentucky began hiring people in 1986.', corpus: [{ path: 'b.txt', text: 'Japanese companies in Kentucky began hiring people in 1988.' }] },
    {
      name: 'a year-like number with a unit is a second figure',
      text: 'Japanese companies in Kentucky employed 54,000 people, up 1200 percent.',
      corpus: [{ path: 'b.txt', text: 'Japanese companies in Kentucky employed 45,000 people.' }],
    },
    {
      name: 'spans counted from the time of writing',
      text: 'The Oxford men left the college, and the Dean came back three years ago.',
      corpus: [{ path: 'b.txt', text: 'The Oxford men left the college, and the Dean came back two years ago.' }],
    },
    {
      name: 'a ratio\'s denominator',
      text: 'Surveys show that one out of three Americans has vital contact with the church.',
      corpus: [{ path: 'b.txt', text: 'Surveys show that one in five Americans has vital contact with the church.' }],
    },
    {
      name: 'a name between the number and what it counts is part of the subject',
      text: 'Only three Southern states still openly defy the court.',
      corpus: [{ path: 'b.txt', text: 'Longstreet, a college president in four Southern states, published the sketches.' }],
    },
    { name: 'the pronoun I is no name', text: 'Since then, I bought two tickets for the game.', corpus: [{ path: 'b.txt', text: 'Since then, I bought four tickets for the game.' }] },
    {
      name: 'a shared name alone is not a subject',
      text: 'New York has 8 million people.',
      corpus: [{ path: 'b.txt', text: 'The show in New York drew 3 million people.' }],
    },
    {
      name: "a source's retrieval date is when it was read, no fact",
      text: '"Kiwi and frogs". Department of Conservation. Retrieved 25 June 2017.',
      corpus: [{ path: 'b.txt', text: '"Weta". Department of Conservation. Retrieved 16 June 2017.' }],
    },
    {
      name: 'the day of a date counts nothing',
      text: 'The Kentucky plant hired workers from 9 May.',
      corpus: [{ path: 'b.txt', text: 'The Kentucky plant hired 19 workers.' }],
    },
    {
      name: 'dates of two occasions',
      text: "Lawmakers asked about Trump's July 25 call with the Ukrainian president.",
      corpus: [{ path: 'b.txt', text: 'The transcript of the call between Trump and the Ukrainian president was released on September 25.' }],
    },
    {
      name: 'a date with no word for its occasion',
      text: 'On May 6th, Morgan received a letter from Washington.',
      corpus: [{ path: 'b.txt', text: 'Morgan received a letter from Washington on Saturday, April 22.' }],
    },
    {
      name: 'the same day of two years is two occasions',
      text: 'The Tokyo festival of film opened on 9 June 2018.',
      corpus: [{ path: 'b.txt', text: 'The Tokyo festival of film opened on 12 June 2019.' }],
    },
  ],
  invalid: [
    {
      name: 'the same subject, another figure',
      text: 'Japanese companies employ 54,000 people in Kentucky.',
      corpus: [kentucky],
      errors: [{ line: 1, column: 27, text: '54,000', message: '"54,000" differs from "45,000" in other.txt for the same subject (kentucky, company, employ)', severity: 'info' }],
    },
    {
      name: 'figures in words',
      text: 'Japan has been the top foreign investor in Kentucky for six consecutive years.',
      corpus: [{ path: 'b.txt', text: 'Japan has been the top foreign investor in Kentucky for five consecutive years.' }],
      errors: [{ text: 'six', message: /differs from "five" in b\.txt/ }],
    },
    {
      name: 'a year beside the figure is set aside',
      text: 'In 1986, Japanese companies in Kentucky employed 54,000 people.',
      corpus: [{ path: 'b.txt', text: 'In 1986, Japanese companies in Kentucky employed 45,000 people.' }],
      errors: [{ text: '54,000', message: /differs from "45,000" in b\.txt/ }],
    },
    {
      name: 'more than contradicted by a smaller figure',
      text: 'Japanese companies employ more than 60,000 people in Kentucky.',
      corpus: [kentucky],
      errors: [{ text: '60,000' }],
    },
    {
      name: 'a date beside the figure is set aside',
      text: 'On 9 June, Japanese companies in Kentucky employed 54,000 people.',
      corpus: [{ path: 'b.txt', text: 'On 9 June, Japanese companies in Kentucky employed 45,000 people.' }],
      errors: [{ text: '54,000', message: /differs from "45,000" in b\.txt/ }],
    },
    {
      name: 'the date of one occasion, day or month first',
      text: 'Leaders will meet when the Tokyo summit opens on June 9 at the palace.',
      corpus: [{ path: 'b.txt', text: 'The Tokyo summit of world leaders opens on 19 June, officials said.' }],
      errors: [{ text: 'June 9', message: '"June 9" differs from "19 June" in b.txt for the same subject (tokyo, leader, summit)' }],
    },
    {
      name: 'a date with its year, against one without',
      text: 'The Tokyo summit of world leaders opened on 9 June 2019.',
      corpus: [{ path: 'b.txt', text: 'The Tokyo summit of world leaders opening on 19 June drew protests.' }],
      errors: [{ text: '9 June 2019', message: /differs from "19 June" in b\.txt/ }],
    },
  ],
};

export default cases;
