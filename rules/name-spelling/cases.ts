import type { RuleCases } from '../../src/engine/rule-tester.js';

const ishiba = { entities: [{ name: 'Shigeru Ishiba', aliases: ['Ishiba'], type: 'person' as const }] };
const kishida = { entities: [{ name: 'Fumio Kishida', aliases: ['Kishida'], type: 'person' as const }] };

/** Articles of one run about the same story: they spell Ishiba and Kishida right. */
const storyCorpus = [
  {
    path: 'a.txt',
    text: 'Prime Minister Shigeru Ishiba flew to Washington to meet Trump. Ishiba hopes for trust. His predecessor, Fumio Kishida, and Melania Trump attended. Kentucky investors and Tokyo officials agreed.\n',
  },
  {
    path: 'b.txt',
    text: 'Ishiba met Trump at the White House. Ishiba spoke of Kentucky jobs, Tokyo and Washington ties, and thanked Melania Trump.\n',
  },
];

const cases: RuleCases = {
  valid: [
    { name: 'glossary names, possessives included', text: "Shigeru Ishiba met aides. Ishiba's plan and Ishiba' s words stood.", glossary: ishiba },
    { name: 'a different real name that resembles a known one (Kishimoto, Kishida)', text: 'Fumio Kishida met Kishimoto in Osaka.', glossary: kishida },
    {
      name: 'a dictionary name near a glossary name (Abel, Abe)',
      text: 'Shinzo Abe met Abel there.',
      glossary: { entities: [{ name: 'Shinzo Abe', aliases: ['Abe'] }] },
    },
    {
      name: 'two attested names a vowel apart (no glossary)',
      text: 'Hakimi spoke. Hakami answered. Hakimi left. Hakami stayed. Hakimi returned.',
    },
    { name: 'a correctly spelled name missing from every source (spelling reports it)', text: 'The envoy Tarkowski arrived in the capital.' },
    {
      name: 'foreign text in quotes',
      text: 'The crowd sang "Allons enfants de la Marseile" in Marseille.',
      glossary: { entities: [{ name: 'Marseille' }] },
    },
    { name: 'all-caps acronyms', text: 'KENTUKY and NATO officials met in Kentucky.', glossary: { entities: [{ name: 'Kentucky' }] } },
    { name: 'dictionary words', text: 'Bells rang as Bella arrived.', glossary: { entities: [{ name: 'Bella' }] } },
    { name: 'plural and derived forms', text: 'The Katangans voted in Katanga.', glossary: { entities: [{ name: 'Katanga' }] } },
    { name: 'a people named from a country in -a', text: 'The Cubans and the Cuban press met in Cuba.', glossary: { entities: [{ name: 'Cuba' }] } },
    { name: 'a short form of a name', text: 'Marvin Kalb spoke; Marv smiled.', glossary: { entities: [{ name: 'Marvin Kalb' }] } },
    {
      name: 'another article of the run that tells another story is no evidence',
      text: 'The Mocsow Players gave a concert in Brighton.\n',
      corpus: [{ path: 'other.txt', text: 'Moscow said no. Moscow said it again; Moscow and Kremlin officials met in Leningrad.\n' }],
    },
  ],
  invalid: [
    {
      name: 'a lost final letter that reads like a stem (`Congres`, `Beethove`)',
      text: 'A joint session of Congres heard it. Any musician playing Beethove in Bonn, where Beethoven was born, is judged.',
      glossary: { entities: [{ name: 'Congress' }, { name: 'Beethoven' }] },
      errors: [
        { column: 20, text: 'Congres', expected: ['Congress'] },
        { column: 59, text: 'Beethove', expected: ['Beethoven'] },
      ],
      output: 'A joint session of Congress heard it. Any musician playing Beethoven in Bonn, where Beethoven was born, is judged.',
    },
    {
      name: 'reduplicated syllable, after a first name',
      text: 'His predecessor, Fumio Kishidida, advised him.',
      glossary: kishida,
      errors: [{ line: 1, column: 24, text: 'Kishidida', expected: ['Kishida'], severity: 'warn' }],
      output: 'His predecessor, Fumio Kishida, advised him.',
    },
    {
      name: 'dropped letters, keeping the possessive',
      text: "Ishiba arrived. Isba's aides followed.",
      glossary: ishiba,
      errors: [{ column: 17, text: 'Isba', expected: ['Ishiba'] }],
      output: "Ishiba arrived. Ishiba's aides followed.",
    },
    {
      name: 'swapped letters',
      text: 'Talks in Mocsow ended.',
      glossary: { entities: [{ name: 'Moscow' }] },
      errors: [{ text: 'Mocsow', expected: ['Moscow'] }],
      output: 'Talks in Moscow ended.',
    },
    {
      name: 'dropped letter',
      text: 'He flew to Lodon on Monday.',
      glossary: { entities: [{ name: 'London' }] },
      errors: [{ text: 'Lodon', expected: ['London'] }],
      output: 'He flew to London on Monday.',
    },
    {
      name: 'lost double letter',
      text: 'Voters in Misouri agreed.',
      glossary: { entities: [{ name: 'Missouri' }] },
      errors: [{ text: 'Misouri', expected: ['Missouri'] }],
      output: 'Voters in Missouri agreed.',
    },
    {
      name: 'vowel change, twice',
      text: 'Checago voted. The Checago vote counted.',
      glossary: { entities: [{ name: 'Chicago' }] },
      errors: [
        { column: 1, text: 'Checago', expected: ['Chicago'] },
        { column: 20, text: 'Checago', expected: ['Chicago'] },
      ],
      output: 'Chicago voted. The Chicago vote counted.',
    },
    {
      name: 'two known names compete: both suggested, no fix',
      text: 'The report by Merten was read.',
      glossary: { entities: [{ name: 'Anna Marten' }, { name: 'Paul Morten' }] },
      errors: [{ text: 'Merten', expected: ['Marten', 'Morten'] }],
      output: 'The report by Merten was read.',
    },
    {
      name: 'the first name decides between competing names',
      text: 'The report by Paul Merten was read.',
      glossary: { entities: [{ name: 'Anna Marten' }, { name: 'Paul Morten' }] },
      errors: [{ text: 'Merten', expected: ['Morten'] }],
      output: 'The report by Paul Morten was read.',
    },
    {
      name: 'a misspelling the glossary lists',
      text: 'Isheeba spoke first.',
      glossary: { entities: [{ name: 'Shigeru Ishiba', aliases: ['Ishiba'], misspellings: ['Isheeba'] }] },
      errors: [{ text: 'Isheeba', expected: ['Ishiba'] }],
      output: 'Ishiba spoke first.',
    },
    {
      name: 'a name the article itself spells consistently (no glossary)',
      text: 'Gizenga spoke. Gizenga left. Later Gizegna returned.',
      errors: [{ text: 'Gizegna', expected: ['Gizenga'] }],
      output: 'Gizenga spoke. Gizenga left. Later Gizenga returned.',
    },
    {
      name: 'names the other articles of the run spell right (no glossary)',
      text: '“It will be our first meeting,” Isba told reporters in Washington. Officials said Isab had prepared, with advice from Melania Trump and from his predecessor, Fumio Kishidida. In Kentucky and Tokyo, Isba is expected to stress jobs.\n',
      corpus: storyCorpus,
      errors: [
        { text: 'Isba', expected: ['Ishiba'] },
        { text: 'Isab', expected: ['Ishiba'] },
        { text: 'Kishidida', expected: ['Kishida'] },
        { text: 'Isba', expected: ['Ishiba'] },
      ],
      output: '“It will be our first meeting,” Ishiba told reporters in Washington. Officials said Ishiba had prepared, with advice from Melania Trump and from his predecessor, Fumio Kishida. In Kentucky and Tokyo, Ishiba is expected to stress jobs.\n',
    },
  ],
};

export default cases;
