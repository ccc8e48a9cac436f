import type { RuleCases } from '../../src/engine/rule-tester.js';

const ishiba = { entities: [{ name: 'Shigeru Ishiba', aliases: ['Ishiba'], type: 'person' as const }] };
const kishida = { entities: [{ name: 'Fumio Kishida', aliases: ['Kishida'], type: 'person' as const }] };

/** A notice as an OCR engine reads an old newspaper: many lower-case words are no words (`tho`, `bo`, `aro`). */
const ocrNotice = (names: string) =>
  `NOTICE is horeby givon that tho annual meeting of tho shareholders will bo held at tho hall on Tuesday next, when ${names} will bo proposed as trustees. Tho accounts aro open for inspection at tho office.\n`;
/** A roll call of the run that writes Joseph ten times. */
const josephRoll = `Tho roll was called: ${['Parkes', 'Gilmour', 'Beech', 'Hamley', 'Wilson', 'Brown', 'Murphy', 'Kelly', 'Walsh', 'Burke'].map((last) => `Joseph ${last}`).join(', ')}.\n`;
/** A roll of the run that writes each of its names `times` times. */
const roll = (times: number) => `Tho roll was called: ${Array.from({ length: times }, () => 'Joseph Hamley, Elizabeth Tarrant').join(', ')}.\n`;
const trustees = { entities: [{ name: 'Henry Parkes' }, { name: 'Joseph Gilmour' }, { name: 'Bridget Beech' }] };

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
    {
      name: 'OCR text: a part that only adds letters to the word of name compounds is another form of it (`Add-ons` beside `Add-on`)',
      text: ocrNotice('Mr Henry Parkes') + 'Tho Add-on was sold, tho Add-on was bought, and tho Add-ons wero given away.\n',
    },
    { name: 'glossary names, possessives included', text: "Shigeru Ishiba met aides. Ishiba's plan and Ishiba' s words stood.", glossary: ishiba },
    { name: 'a different real name that resembles a known one (Kishimoto, Kishida)', text: 'Fumio Kishida met Kishimoto in Osaka.', glossary: kishida },
    {
      name: 'a land named from a name the article writes (Zealandia, Zealand)',
      text: 'New Zealand\n\nThe Dutch called the land Nova Zeelandia. Zeelandia was on their maps, and Zeelandia stayed there for a century. New Zealand lies east of Australia. New Zealand is part of Zealandia, a sunken continent.\n',
    },
    {
      name: 'both spellings in one sentence of clean text, meant as both (a correction notice)',
      text: 'Herders of Tuva\n\nThe herders of Tuva moved their flocks early this year. The Tuva region borders Mongolia.\n\nThis version corrects the spelling of the region to Tuva, not Tyva.\n',
    },
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
      name: 'OCR text: a misread common word is no misread name (Bcach is beach, not Beech)',
      text: ocrNotice('Mr Henry Parkes and Mr Joseph Gilmour') + 'Tho Bcach road was closed by Miss Bridget Beech.\n',
      glossary: trustees,
    },
    {
      name: 'OCR text: a compound whose words are all right, and one the article writes once, are left alone',
      text: ocrNotice('Mr Henry Parkes') + 'Tho Anglo-Saxon settlers of Hexham-street and the Bishop of Sodor-Man wero thanked.\n',
      glossary: { entities: [{ name: 'Henry Parkes' }, { name: 'Hexham-street' }] },
    },
    {
      name: 'OCR text without a glossary: a compound name whose part is a dictionary name, and a stutter written out, are left alone (Marie-Paul beside Push-pull compounds; B-b-bartley)',
      text: ocrNotice('Mr Henry Parkes') + 'Tho Push-pull drill and tho Twist-pull drill wero shown by Marie-Paul Lemoine. "B-b-bartley is here," he said.\n',
    },
    {
      name: 'OCR text without a glossary: a rare real name near a dictionary name is left alone (Coggins, not Higgins; Pratten, not Patton)',
      text: ocrNotice('Mr Coggins and Mr Pratten'),
    },
    {
      name: 'OCR text without a glossary: a name of the run that no dictionary lists is not suggested for a form the run writes about as often (Harnley twice, Hamley four times)',
      text: ocrNotice('Mr Harnley Parkes') + 'Tho tickets of Mr Harnley Parkes aro sold at tho door.\n',
      corpus: [{ path: 'roll.txt', text: roll(4) }],
    },
    {
      name: 'OCR text without a glossary: a name is no damaged form of another that only adds or cuts letters at its end (Morrisey beside the run\'s Morris)',
      text: ocrNotice('Mr Morrisey Parkes'),
      corpus: [{ path: 'roll.txt', text: `Tho roll was called: ${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(() => 'Thomas Morris').join(', ')}.\n` }],
    },
    {
      name: 'OCR text without a glossary: a rare name is no damaged form of a name with more letters (Penhaligon, not Penhallegon): OCR mostly misreads a letter as another',
      text: ocrNotice('Mr Penhaligon Parkes'),
    },
    {
      name: 'OCR text without a glossary: a form that looks like a name is left alone (Hickson, not Erickson)',
      text: ocrNotice('Mr Hickson and Mr Tackett'),
    },
    {
      name: 'OCR text: heavy damage is not read as a glossary name the article already writes right',
      text: ocrNotice('Mr Henry Hamley and Mr Ihellunlej Gilmour'),
      glossary: { entities: [...trustees.entities, { name: 'Henry Hamley' }] },
    },
    {
      name: 'OCR text without a glossary: a surname prefix keeps its capital (M\'Kenzie is no damaged Mackenzie)',
      text: ocrNotice("Mr M'Kenzie and Mr M'Namara"),
    },
    {
      name: 'OCR text: a damaged month is no misspelt name (Octobor beside October)',
      text: ocrNotice('Mr Henry Parkes') + 'Tho meetings of October 2 and October 9 wero adjourned until Octobor 12.\n',
      glossary: trustees,
    },
    {
      name: 'clean text: a name the glossary lacks is no OCR misreading of one (Longwood, Kingwood)',
      text: 'The Longwood estate was sold by the Kingwood family.',
      glossary: { entities: [{ name: 'Kingwood' }] },
    },
    {
      name: 'period abbreviations of glossary names',
      text: 'The will of Thos. Gilmour was read; Wm. Parkes and Chas. Beech signed it, with Edwd. and Jas. Gilmour.',
      glossary: { entities: [{ name: 'Thomas Gilmour' }, { name: 'William Parkes' }, { name: 'Charles Beech' }, { name: 'Edward Gilmour' }, { name: 'James Gilmour' }] },
    },
    {
      name: 'another person: the neighbour is a known name the other form is never paired with (no glossary)',
      text: 'Jonas Brodin scored twice. Later Joonas Korpisalo stopped 30 shots, and Jonas Brodin added a third. Korpisalo was named the star.',
    },
    {
      name: 'another person: a name written after a first name is not one the article writes only before a last name (Kim Jong, Jang Noksu; no glossary)',
      text: 'The Tale of Jang Noksu opened on Friday. Jang Noksu was a dancer at the court, and the story of Jang Noksu still draws crowds. Costumes are by Kim Jong and lights by Kim Hyun.',
    },
    {
      name: 'another person: a first name glued to a credit by an underscore is still the neighbour (Make-up_Kim Jong; no glossary)',
      text: 'The Tale of Jang Noksu opened on Friday. Jang Noksu was a dancer at the court, and the story of Jang Noksu still draws crowds.\n\nCostume Design_Lee Ho Jun, Make-up_Kim Jong, Prop Design_Kim Sang Hee\n',
    },
    {
      name: 'another romanisation of a name the run writes (no glossary)',
      text: 'President Zelenskyy met envoys in Kyiv and Warsaw with Shmyhal, Kuleba and Yermak.\n',
      corpus: [
        { path: 'kyiv.txt', text: 'Zelenskiy spoke in Kyiv. Zelenskiy thanked Warsaw; Shmyhal, Kuleba and Yermak listened. Zelenskiy left.\n' },
      ],
    },
    {
      name: 'non-Latin letters are no business of English word lists',
      text: 'Олега вызвали. Олега нет. Олег пришёл.',
    },
    {
      name: 'a paragraph in another language: inflected words are no misspelt names',
      text: 'The ministry published guidance.\n\nDie Dokumente werden bis Ende des Jahres digital übermittelt. Ein Dokument fehlt noch, und die Dokumente sind nicht vollständig.\n',
    },
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
      name: 'OCR text: letters the OCR confuses (v for y, u for n) are read back to the glossary name, cheap ones fixed',
      text: ocrNotice('Mr Henrv Parkes and Mr Joseph Gilmonr'),
      glossary: trustees,
      errors: [
        { text: 'Henrv', expected: ['Henry'] },
        { text: 'Gilmonr', expected: ['Gilmour'] },
      ],
      output: ocrNotice('Mr Henry Parkes and Mr Joseph Gilmour'),
    },
    {
      name: 'OCR text: two cheap confusions beat one unknown edit (Tosepli: T for J, li for h), suggested only (two edits cost more than a certain fix may)',
      text: ocrNotice('Mr Henry Parkes and Mr Tosepli Gilmour'),
      glossary: trustees,
      errors: [{ text: 'Tosepli', expected: ['Joseph'] }],
      output: null,
    },
    {
      name: 'OCR text: a name misread the same way twice is still read back to the glossary name, suggested only (Kholcr for Kholer)',
      text: ocrNotice('Mr Henry Parkes and Herr Wilhelm Kholcr') + 'Tho tickets of Herr Kholcr aro sold at tho door.\n',
      glossary: { entities: [...trustees.entities, { name: 'Wilhelm Kholer' }] },
      errors: [
        { text: 'Kholcr', expected: ['Kholer'] },
        { text: 'Kholcr', expected: ['Kholer'] },
      ],
      output: ocrNotice('Mr Henry Parkes and Herr Wilhelm Kholcr') + 'Tho tickets of Herr Kholcr aro sold at tho door.\n',
    },
    {
      name: 'OCR text: capitalised inside a sentence, a damaged form is a name rather than a common word (Tamos is James, not tames)',
      text: ocrNotice('Mr Henry Parkes and Mr Tamos Gilmour'),
      glossary: { entities: [...trustees.entities, { name: 'James Gilmour' }] },
      errors: [{ text: 'Tamos', expected: ['James'] }],
      output: ocrNotice('Mr Henry Parkes and Mr Tamos Gilmour'),
    },
    {
      name: 'OCR text: the glossary name beats a name of the dictionary the channel reads about as cheaply (Janies is James, not Janie)',
      text: ocrNotice('Mr Henry Parkes and Mr Janies Gilmour'),
      glossary: { entities: [...trustees.entities, { name: 'James Gilmour' }] },
      errors: [{ text: 'Janies', expected: ['James'] }],
      output: ocrNotice('Mr Henry Parkes and Mr Janies Gilmour'),
    },
    {
      name: 'OCR text: a long form damaged beyond the budget is read as the one glossary name within reach that the article never writes right (Frrricilck)',
      text: ocrNotice('Mr Henry Parkes and Mr Frrricilck Gilmour'),
      glossary: { entities: [...trustees.entities, { name: 'Frederick Gilmour' }] },
      errors: [{ text: 'Frrricilck', expected: ['Frederick'] }],
      output: ocrNotice('Mr Henry Parkes and Mr Frrricilck Gilmour'),
    },
    {
      name: 'OCR text: heavier damage is suggested, not fixed (Gihnour for Gilmour)',
      text: ocrNotice('Mr Henry Parkes and Mr Joseph Gihnour'),
      glossary: trustees,
      errors: [{ text: 'Gihnour', expected: ['Gilmour'] }],
      output: ocrNotice('Mr Henry Parkes and Mr Joseph Gihnour'),
    },
    {
      name: 'OCR text without a glossary: a rare form that reads as no name is read as a name the run writes ten times as often, suggested only (Tosepli for Joseph)',
      text: ocrNotice('Mr Henry Parkes and Mr Tosepli Gilmour'),
      corpus: [{ path: 'roll.txt', text: josephRoll }],
      errors: [{ text: 'Tosepli', expected: ['Joseph'], severity: 'warn' }],
      output: null,
    },
    {
      name: 'OCR text without a glossary: a rare damaged form is read as a dictionary name even when the run writes that name more often (Elizahetli once, Elizabeth twice)',
      text: ocrNotice('Mr Henry Parkes and Mrs Elizahetli Gilmour'),
      corpus: [{ path: 'roll.txt', text: roll(2) }],
      errors: [{ text: 'Elizahetli', expected: ['Elizabeth'], severity: 'info' }],
      output: ocrNotice('Mr Henry Parkes and Mrs Elizahetli Gilmour'),
    },
    {
      name: 'OCR text without a glossary: heavy damage that reads as no name, cheap to read as a dictionary name, is a hint (Gcorgc for George)',
      text: ocrNotice('Mr Gcorgc Parkes'),
      errors: [{ text: 'Gcorgc', expected: ['George'], severity: 'info' }],
      output: ocrNotice('Mr Gcorgc Parkes'),
    },
    {
      name: 'OCR text without a glossary: a long form with one misread letter is a hint, though nothing else in it looks damaged (Bartholomcw for Bartholomew, Frcderick for Frederick)',
      text: ocrNotice('Mr Bartholomcw Parkes and Mr Frcderick Gilmour'),
      errors: [
        { text: 'Bartholomcw', expected: ['Bartholomew'], severity: 'info' },
        { text: 'Frcderick', expected: ['Frederick'], severity: 'info' },
      ],
      output: ocrNotice('Mr Bartholomcw Parkes and Mr Frcderick Gilmour'),
    },
    {
      name: 'OCR text without a glossary: a form the run writes three times is still read as a dictionary name (Mnrgaret for Margaret): OCR misreads a letter the same way again',
      text: ocrNotice('Mrs Mnrgaret Parkes') + 'Tho motion of Mrs Mnrgaret Parkes was carried. Mrs Mnrgaret Parkes thanked tho meeting.\n',
      errors: [
        { text: 'Mnrgaret', expected: ['Margaret'], severity: 'info' },
        { text: 'Mnrgaret', expected: ['Margaret'], severity: 'info' },
        { text: 'Mnrgaret', expected: ['Margaret'], severity: 'info' },
      ],
      output: ocrNotice('Mrs Mnrgaret Parkes') + 'Tho motion of Mrs Mnrgaret Parkes was carried. Mrs Mnrgaret Parkes thanked tho meeting.\n',
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
      // Without a glossary the correction is a suggestion: the article's own majority spelling can itself be the damage.
      output: null,
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
      // What the run writes is a suggestion, not a fix: only the glossary's spelling is applied by --fix.
      output: null,
    },
    {
      name: 'OCR text: a damaged word of a compound the glossary lists is read with the whole token (`Hexham-streot`)',
      text: ocrNotice('Mr Henry Parkes') + 'Tho tenders for kerbing Hexham-streot and Lorimer-street wero accepted.\n',
      glossary: { entities: [{ name: 'Henry Parkes' }, { name: 'Hexham-street' }, { name: 'Lorimer-street' }] },
      errors: [{ text: 'Hexham-streot', expected: ['Hexham-street'] }],
      output: null,
    },
    {
      name: 'OCR text without a glossary: a damaged word read as the one the article writes in other name compounds (`Hexham-streot`, `Carrow-ioad`)',
      text: ocrNotice('Mr Henry Parkes') + 'Tho kerbing of Hexham-streot, Lorimer-street, Dunmore-street and Tarban-street was let. Tho Carrow-ioad, Tarban-road and Lorimer-road aro next.\n',
      errors: [
        { text: 'Hexham-streot', expected: ['Hexham-street'] },
        { text: 'Carrow-ioad', expected: ['Carrow-road'] },
      ],
      output: null,
    },
    {
      name: 'OCR text without a glossary: a damaged word read as one the other articles of the run write in name compounds (`Nobbs-streot`), not a word broken at a false hyphen (`Com-nittee`)',
      text: ocrNotice('Mr Henry Parkes') + 'Tho Com-nittee met and tho kerbing of Nobbs-streot was let.\n',
      corpus: [{ path: 'streets.txt', text: 'Tho tenders for Bourke-street and Crown-street aro accepted.\n' }],
      errors: [{ text: 'Nobbs-streot', expected: ['Nobbs-street'] }],
      output: null,
    },
    {
      name: 'OCR text: a name broken at a false hyphen is read joined (`Tre-hewey`, Trethewey)',
      text: ocrNotice('Mr Henry Parkes and Mr Walter Trethewey') + 'Tho motion of Mr Tre-hewey was carried.\n',
      glossary: { entities: [{ name: 'Henry Parkes' }, { name: 'Walter Trethewey' }] },
      errors: [{ text: 'Tre-hewey', expected: ['Trethewey'] }],
      output: null,
    },
  ],
};

export default cases;
