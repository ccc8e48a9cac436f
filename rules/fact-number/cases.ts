import type { GlossaryData } from '../../src/config/glossary.js';
import type { RuleCases } from '../../src/engine/rule-tester.js';

export const glossary: GlossaryData = {
  facts: [
    { id: 'kentucky-jobs', about: ['Kentucky', 'employ'], value: 45000, unit: 'people', note: 'Japanese companies employ more than 45,000 people in Kentucky' },
    { id: 'top-investor', about: ['top', 'investor'], value: 5, unit: 'years' },
    { id: 'defense-target', about: ['Japan', 'defense'], value: 2, unit: '%' },
    { id: 'deficit', about: ['added', 'deficit'], value: 1_100_000_000 },
    { id: 'auction', about: ['brought', 'auction'], value: 2_300_000 },
    { id: 'shelters', about: ['fallout', 'costing'], value: 200_000_000 },
    { id: 'geneva', about: ['Geneva', 'conference'], value: 1954 },
    { id: 'airmen', about: ['airmen', 'banner'], value: 13 },
    { id: 'minutemen', about: ['Minutemen', 'foggy'], value: 15 },
    { id: 'council', about: ['happened', 'bring'], value: 2 },
    { id: 'crowd', about: ['woman', 'eyes'], value: 5500 },
  ],
};

/** Facts written with scale and unit words, as glossary authors write them. */
export const scaled: GlossaryData = {
  facts: [
    { id: 'ukraine-aid', about: ['Germany', 'Ukraine'], value: 40, unit: 'billion dollars' },
    { id: 'tokyo-market', about: ['Tokyo', 'worth'], value: 6.5, unit: 'trillion dollars' },
    { id: 'nikkei', about: ['index', 'points'], value: 38, unit: 'thousand points' },
    { id: 'berlin-turnout', about: ['Berlin', 'turnout'], value: 77.4, unit: 'per cent' },
    { id: 'berlin-jobs', about: ['Berlin', 'plant'], value: 1.2, unit: 'thousand new jobs' },
  ],
};

const cases: RuleCases = {
  valid: [
    { name: 'digits with separators', text: 'In Kentucky alone, Japanese companies employ 45,000 people.', glossary },
    { name: 'more than, consistent', text: 'In Kentucky, Japanese companies employ more than 45,000 people.', glossary },
    { name: 'about, within rounding', text: 'Japanese companies employ about 45,000 people in Kentucky.', glossary: { facts: [{ about: ['Kentucky', 'employ'], value: 46200 }] } },
    { name: 'nearly, within rounding', text: 'Japanese companies employ nearly 50,000 people in Kentucky.', glossary },
    { name: 'words with a scale', text: 'Japanese companies employ forty-five thousand people in Kentucky.', glossary },
    { name: 'words', text: 'Japan has been the top foreign investor for five consecutive years.', glossary },
    { name: 'an ordinal', text: 'Japan is the top US foreign investor for the fifth consecutive year.', glossary },
    { name: 'a percent sign', text: "Japan's commitment to raise defense spending to 2% of GDP.", glossary },
    { name: 'per cent in words, among other percentages', text: 'Japan plans defense spending of 2 per cent, below the 5 per cent sought.', glossary },
    { name: 'decimals with a scale word', text: 'The result: $1.1 billion added to the deficit.', glossary },
    { name: 'a capitalised number word', text: 'Thirteen Italian airmen under the United Nations banner died.', glossary },
    { name: 'a year', text: 'After the Geneva conference of 1954, nothing changed.', glossary },
    { name: 'one number of several equals the value', text: 'Of 40 cities in Kentucky, companies employ 45,000 people in 26.', glossary },
    { name: 'a number of another unit is not compared', text: "Japan's defense budget rose by 6 billion yen.", glossary },
    { name: 'a sentence without all the about words', text: 'Japanese companies employ 54,000 people in Ohio.', glossary },
    { name: 'a sentence without a number', text: 'Japanese companies employ many people in Kentucky.', glossary },
    { name: 'no facts', text: 'Japanese companies employ 54,000 people in Kentucky.' },
    { name: 'about matches as a word prefix only', text: 'The unemployed of Kentucky number 54,000.', glossary },
    { name: 'a scale word in the unit is part of the value', text: 'Germany pledged $40 billion in military aid to Ukraine.', glossary: scaled },
    { name: 'a scale word written in words in the text', text: 'Germany pledged forty billion dollars in military aid to Ukraine.', glossary: scaled },
    { name: 'the same value written as digits in the text', text: 'Germany pledged $40,000,000,000 in military aid to Ukraine.', glossary: scaled },
    { name: 'trillion and thousand', text: 'The Tokyo stock market is worth 6.5 trillion dollars, and its index stands near 38 thousand points.', glossary: scaled },
    { name: 'per cent as a unit word', text: 'Turnout in the Berlin vote was 77.4 per cent.', glossary: scaled },
    { name: 'a two-word unit: the noun counted with its adjective', text: 'The Berlin plant will create 1,200 new jobs, and 300 temporary jobs.', glossary: scaled },
  ],
  invalid: [
    {
      name: 'digits with separators',
      text: 'In Kentucky alone, Japanese companies employ 54,000 people.',
      glossary,
      errors: [{ line: 1, column: 46, text: '54,000', expected: ['45,000'], message: /contradicts the glossary fact "Japanese companies employ more than 45,000 people in Kentucky": expected 45,000/ }],
      output: 'In Kentucky alone, Japanese companies employ 54,000 people.',
    },
    {
      name: 'more than, inconsistent',
      text: 'Japanese companies employ more than 60,000 people in Kentucky.',
      glossary,
      errors: [{ text: '60,000', expected: ['45,000'] }],
    },
    {
      name: 'less than, inconsistent',
      text: 'Japanese companies employ fewer than 40,000 people in Kentucky.',
      glossary,
      errors: [{ text: '40,000', expected: ['45,000'] }],
    },
    {
      name: 'about, one off at the written precision',
      text: 'Japanese companies employ about 46,000 people in Kentucky.',
      glossary,
      errors: [{ text: '46,000', expected: ['45,000'] }],
    },
    {
      name: 'more than, far below the value',
      text: 'Japanese companies employ more than 4,500 people in Kentucky.',
      glossary,
      errors: [{ text: '4,500', expected: ['45,000'] }],
    },
    {
      name: 'about, too far',
      text: 'Japanese companies employ about 60,000 people in Kentucky.',
      glossary,
      errors: [{ text: '60,000' }],
    },
    {
      name: 'words with a scale',
      text: 'Japanese companies employ fifty-four thousand people in Kentucky.',
      glossary,
      errors: [{ text: 'fifty-four thousand', expected: ['forty-five thousand'] }],
    },
    {
      name: 'words',
      text: 'Japan has been the top foreign investor for six consecutive years.',
      glossary,
      errors: [{ text: 'six', expected: ['five'] }],
    },
    {
      name: 'an ordinal',
      text: 'Japan is the top US foreign investor for the sixth consecutive year.',
      glossary,
      errors: [{ text: 'sixth', expected: ['fifth'] }],
    },
    {
      name: 'a percentage, the right one picked among several',
      text: "Japan's defense target of 3% remains below the 5% sought by NATO.",
      glossary,
      errors: [{ text: '3%', expected: ['2%'] }],
    },
    {
      name: 'per cent',
      text: 'Japan will raise defense spending to 3 per cent.',
      glossary,
      errors: [{ text: '3', expected: ['2'] }],
    },
    {
      name: 'ten times off, with a scale word',
      text: 'The result: $11 billion added to the deficit in the federal budget.',
      glossary,
      errors: [{ text: '$11 billion', expected: ['$1.1 billion'] }],
    },
    {
      name: 'digits swapped, with a currency sign',
      text: 'Rembrandt\'s "Aristotle" brought $3,200,000 at auction the other night.',
      glossary,
      errors: [{ text: '$3,200,000', expected: ['$2,300,000'] }],
    },
    {
      name: 'digits and a scale word',
      text: 'He asked for funds to build fallout shelters costing about 2000 million dollars.',
      glossary,
      errors: [{ text: '2000 million', expected: ['200 million'] }],
    },
    {
      name: 'a year one off',
      text: 'The State Department rejected the idea after the Geneva conference of 1955.',
      glossary,
      errors: [{ text: '1955', expected: ['1954'] }],
    },
    {
      name: 'a word form, capitalised as written',
      text: 'Thirty Italian airmen who served under the United Nations banner died.',
      glossary,
      errors: [{ text: 'Thirty', expected: ['Thirteen'] }],
    },
    {
      name: 'a word form with about',
      text: 'The Minutemen held maneuvers in a foggy field about fifty miles east of here.',
      glossary,
      errors: [{ text: 'fifty', expected: ['fifteen'] }],
    },
    {
      name: 'a word at the start of a sentence',
      text: 'Three things have happened in recent months to bring the Council into perspective.',
      glossary,
      errors: [{ text: 'Three', expected: ['Two'] }],
    },
    {
      name: 'some, ten times off',
      text: 'She sang before my eyes and the eyes of some 55,000 other people, a woman alone.',
      glossary,
      errors: [{ text: '55,000', expected: ['5,500'] }],
    },
    {
      name: 'a scale word in the unit: the text is ten times off',
      text: 'Germany pledged $4 billion in military aid to Ukraine.',
      glossary: scaled,
      errors: [{ text: '$4 billion', expected: ['$40 billion'] }],
    },
    {
      name: 'a scale word in the unit: the text gives another scale',
      text: 'Germany pledged 40 million dollars in military aid to Ukraine.',
      glossary: scaled,
      errors: [{ text: '40 million' }],
    },
    {
      name: 'per cent as a unit word',
      text: 'Turnout in the Berlin vote was 71.4 per cent.',
      glossary: scaled,
      errors: [{ text: '71.4', expected: ['77.4'] }],
    },
    {
      name: 'a two-word unit',
      text: 'The Berlin plant will create 2,100 new jobs.',
      glossary: scaled,
      errors: [{ text: '2,100', expected: ['1,200'] }],
    },
  ],
};

export default cases;
