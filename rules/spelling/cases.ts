import type { RuleCases } from '../../src/engine/rule-tester.js';

const cases: RuleCases = {
  valid: [
    'The cat sat on the mat.',
    {
      name: 'a paragraph in another language has nothing the English dictionary can tell',
      text: 'The festival opened on Friday.\n\nIl festival ha aperto venerdì con una grande folla, e gli organizzatori sono molto contenti del risultato.\n',
    },
    { name: 'numbers, addresses and words with digits', text: 'Call 555-1234, visit https://example.com/news-page or write to desk@example.org by the 3rd; the F16 and COVID19 files.' },
    { name: 'initials and acronyms', text: 'The U.S. envoy A. J. Smith met NATO and UNESCO staff; the NATOs of the world.' },
    { name: 'possessives and contractions', text: "The dog's bone and the dogs' beds; we've seen what they'll do." },
    { name: 'hyphenated compounds of known words and prefixes', text: 'A well-known pre-war e-mail from an un-American self-made man.' },
    { name: 'words formed from dictionary words', text: 'An unpartisan, nonmusical critic smelled woodsmoke.' },
    { name: 'HTML tags and references left in plain text (stray-markup reports them)', text: 'The mayor <span class="x">spoke</span> at noon.<br> <a href="http://x.com">More</a> &hellip; later.' },
    { name: 'loanwords written with accents the dictionary leaves out', text: 'They met at a café to discuss the naïve plan.' },
    { name: 'British spellings', text: 'The colour of the catalogue travelled well; the centre realised it.' },
    { name: 'more British spellings', text: 'The pickaxe was catalogued for the programme.' },
    { name: 'glossary names', text: 'Shigeru Ishiba met Fumio Kishida.', glossary: { entities: [{ name: 'Shigeru Ishiba' }, { name: 'Fumio Kishida' }] } },
    { name: 'config words', text: 'The blorptastic plan worked.', words: ['blorptastic'] },
    { name: 'a name the article writes consistently', text: 'Tarkowski arrived. Later Tarkowski left.' },
    { name: 'a corrupted name is name-spelling’s', text: 'Fumio Kishidida spoke.', glossary: { entities: [{ name: 'Fumio Kishida' }] } },
    { name: 'foreign text in quotes', text: 'They sang "Allons enfants de la patrie" together.' },
    { name: 'a name inside a sentence is name-spelling’s, known or not', text: 'The envoy Tarkowski met Okonjo-Iweala in Brasov.' },
    { name: 'a hyphenated word known whole or written solid', text: 'The hotel offers free Wi-Fi; the Wi-Fi’s range is short.' },
    {
      name: 'contractions of dictionary words that the dictionary does not list',
      text: "In Europe there'll be two versions, and there\u2019ve been talks; where'd they go?",
    },
    {
      name: 'particles and pieces of names',
      text: 'Alex de Minaur beat Jakob von Moltke at the base in al-Tanf during the Daehak-ro festival.',
    },
    {
      name: 'social handles, hashtags and words with a capital inside (brands, run-together tags)',
      text: 'Follow @joshapte and #budgetwatchers for news of iPhones, macOS and xCloud, as PolitiFact noted.',
    },
    {
      name: 'English words that dictionary-en lacks but the larger list holds, in lower case or opening a sentence',
      text: 'Bubonic plague returned. The cybersecurity roundtable heard from influencers, and the judgement was impactful.',
    },
    {
      name: 'a paragraph in another language',
      text: 'The minister spoke in Berlin.\n\nDie Krankenhäuser müssen ihre Dokumente bis Ende des Jahres digital übermitteln, sagte der Minister.\n',
    },
    {
      name: 'a name opening a sentence: far from every common word, or heading a reference',
      text: 'Whangarei is a city. Bozeman scored 10 points.\n\nBrunner, Thomas (1851). Collett, John; Hamer, David. The Journey.',
    },
    {
      name: 'two-letter capitalised pieces of names inside a sentence',
      text: 'They met De Gaulle in El Paso, where Eriksson Ek and Qi Wei played.',
    },
    {
      name: 'compounds read whole: short pieces and echoes',
      text: 'A sci-fi fan read the Add-ons list, veggie-fy tips and a wishy-washy, clackety-clack hei-tiki review.',
    },
    {
      name: 'words with letters English writes only in loanwords',
      text: 'The whānau and hapū met on the marae; the Sainte-Laguë formula was used.',
    },
    {
      name: 'abbreviations: a dot that ends no sentence',
      text: 'The escort brought 4127 ozs. 13 dwts. 7 grs.; Horsfall and ors. (exors., etc.) v the Commissioner.',
    },
    {
      name: 'the species of a Latin binomial',
      text: 'The bacteria Yersinia pestis and Escherichia coli were found; T. muris was not, nor Pseudomonas aeruginosa.',
    },
  ],
  invalid: [
    {
      name: 'a typo stays a finding beside listed words and before a capitalised word, and so does a piece of a word cut at a line break',
      text: 'The bubonic plague recieved attention; its spread- ing worried teh President.',
      errors: [
        { line: 1, column: 20, text: 'recieved', severity: 'info' },
        { line: 1, column: 52, text: 'ing', severity: 'info' },
        { line: 1, column: 64, text: 'teh', severity: 'info' },
      ],
    },
    {
      name: 'a capitalised word opening a sentence one edit from a common word is a misspelt word',
      text: 'Tarkowski arrived. Recieved by the mayor, he spoke. Futhermore, he left. Wrod came late.',
      errors: [
        { line: 1, column: 20, text: 'Recieved', severity: 'info' },
        { line: 1, column: 53, text: 'Futhermore', severity: 'info' },
        { line: 1, column: 74, text: 'Wrod', severity: 'info' },
      ],
    },
    {
      name: 'a misspelt word before a dot that ends its sentence',
      text: 'The letter was recieved. The mayor smiled.',
      errors: [{ text: 'recieved' }],
    },
    {
      name: 'a part of a compound that is a word of its own',
      text: 'A well-knwon man and a sci-fi fan wrote a wishy-washy, self-destrcted review.',
      errors: [{ text: 'knwon' }, { text: 'destrcted' }],
    },
    {
      name: 'a misspelt word, once per occurrence, no suggestion by default',
      text: 'He recieved it. She recieved more.',
      errors: [
        { column: 4, text: 'recieved' },
        { column: 21, text: 'recieved' },
      ],
    },
    {
      name: 'suggestions on request',
      text: 'He recieved it.',
      options: { suggestions: true },
      errors: [{ text: 'recieved', expected: ['received', 'relieved'] }],
    },
    {
      name: 'the unknown part of a compound',
      text: 'A well-knwon man.',
      errors: [{ text: 'knwon' }],
    },
  ],
};

export default cases;
