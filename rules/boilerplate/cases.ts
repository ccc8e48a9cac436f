import type { InvalidRuleCase, RuleCase, RuleCases } from '../../src/engine/rule-tester.js';

// A short article in the manner of the corpus: a title line and prose paragraphs.
const TITLE = 'A tax for the bridge';
const P1 =
  'The city council voted on Tuesday to raise the tax on gasoline by two cents a gallon, a step that the mayor said would pay for the new bridge across the river.';
const P2 =
  'Opponents of the measure argued that the burden would fall hardest on the farmers and the truck drivers who use the roads most, and they promised to carry the fight to the state legislature.';
const P3 =
  'Whatever the outcome, the debate has shown how much the county depends on a highway system that was built for a smaller population and slower cars.';

/** Paragraphs separated by blank lines, as the corpus writes them. */
const article = (...blocks: string[]) => blocks.join('\n\n') + '\n';
const CLEAN = article(TITLE, P1, P2, P3);

/** Furniture at the end of the article: flagged as one finding, and --fix restores the clean text. */
function atEnd(name: string, furniture: string, message: RegExp): InvalidRuleCase {
  return { name, text: article(TITLE, P1, P2, P3, furniture), errors: [{ text: furniture, message, expected: [''] }], output: CLEAN };
}

/** Furniture between paragraphs. */
function between(name: string, furniture: string, message: RegExp): InvalidRuleCase {
  return { name, text: article(TITLE, P1, furniture, P2, P3), errors: [{ text: furniture, message }], output: CLEAN };
}

/** Furniture before the title. */
function atStart(name: string, furniture: string, message: RegExp): InvalidRuleCase {
  return { name, text: article(furniture, TITLE, P1, P2, P3), errors: [{ line: 1, column: 1, text: furniture, message }], output: CLEAN };
}


// Articles in other languages: furniture there is found by evidence in the article's own language.
const PT = [
  'Câmara aprova taxa para a ponte',
  'A câmara municipal aprovou na terça-feira um aumento de dois centavos no imposto sobre a gasolina, e o prefeito disse que o dinheiro vai pagar a nova ponte sobre o rio.',
  'Os opositores da medida afirmaram que o peso vai cair sobre os agricultores e os caminhoneiros, que mais usam as estradas, e prometeram levar a luta à assembleia estadual.',
];
const DE = [
  'Stadtrat beschließt Abgabe für die Brücke',
  'Der Stadtrat hat am Dienstag beschlossen, die Steuer auf Benzin um zwei Cent pro Liter zu erhöhen, und der Bürgermeister sagte, das Geld werde die neue Brücke über den Fluss bezahlen.',
  'Gegner der Maßnahme erklärten, die Last werde vor allem die Landwirte und die Lastwagenfahrer treffen, die die Straßen am meisten nutzen, und kündigten Widerstand im Landtag an.',
];
const KO = [
  '다리 건설을 위한 세금',
  '시의회는 화요일 휘발유 세금을 리터당 2센트 올리는 안을 통과시켰고, 시장은 이 돈으로 강을 건너는 새 다리를 짓겠다고 말했다.',
  '반대하는 사람들은 도로를 가장 많이 쓰는 농민과 화물차 운전자에게 부담이 돌아갈 것이라며 도의회에서 다투겠다고 밝혔다.',
];
const RU = [
  'Совет одобрил налог на мост',
  'Городской совет во вторник одобрил повышение налога на бензин на два цента за литр, и мэр заявил, что эти деньги пойдут на строительство нового моста через реку.',
  'Противники меры говорят, что бремя ляжет прежде всего на фермеров и водителей грузовиков, которые чаще всех пользуются дорогами, и обещают продолжить борьбу в областном собрании.',
];
const JA = [
  '橋のための税金',
  '市議会は火曜日、ガソリン税を一ガロンあたり二セント引き上げることを可決した。市長は、新しい橋の建設費に充てると述べた。',
  '反対派は、負担が農家やトラック運転手に最も重くかかると主張し、州議会で争う考えを示した。',
];

// A site's listing of its other posts: each excerpt cut at one length, in characters or in words, with an ellipsis.
/** `text` cut at the last word end before `characters`, with `...`, as a listing cuts its posts. */
const cutAtLength = (text: string, characters: number) => `${text.slice(0, text.lastIndexOf(' ', characters))}...`;
/** `text` cut after its first `words` words, with ` […]`, as a blog's excerpts are. */
const cutAtWords = (text: string, words: number) => `${text.split(' ').slice(0, words).join(' ')} […]`;
const POSTS = [
  ['Harbour ferry adds a late crossing for the summer', 'The harbour ferry will run an extra crossing at eleven at night from June to September, the operator said on Monday, after a season in which the last boat was full most evenings.'],
  ['Library opens its reading room on Sundays', 'Starting next month the central library will open its reading room on Sunday afternoons, a change that the trustees approved after a petition signed by more than two thousand residents.'],
  ['Old mill to become a craft market', 'The old cotton mill by the canal, empty for nearly twenty years, will be turned into a market for local makers under a plan the planning board backed unanimously at its meeting this week.'],
  ['School board weighs a later start', 'Parents and teachers packed the school board meeting on Thursday to speak about a proposal to start the high school day an hour later, which supporters say would help students sleep.'],
] as const;
const LISTING = POSTS.flatMap(([headline, summary]) => [headline, cutAtLength(summary, 150)]);
const PT_POSTS = [
  'A feira do livro volta à praça central no próximo mês com mais de cem expositores, oficinas para crianças e encontros com autores da região, segundo a organização, que espera receber o dobro de visitantes do ano passado e prepara um programa especial para as escolas.',
  'O mercado municipal vai passar por uma reforma completa a partir de janeiro, e os comerciantes serão levados para um pavilhão provisório ao lado do terminal de ônibus enquanto durarem as obras, que devem levar cerca de oito meses e custar quase dois milhões.',
  'A orquestra da cidade anunciou a sua temporada de concertos ao ar livre, com apresentações gratuitas aos domingos no parque do lago e um festival de música de câmara em setembro, que vai reunir músicos de várias cidades do estado e de fora do país.',
];

const valid: RuleCase[] = [
  { name: 'clean article', text: CLEAN },
  // Position: what sits after the body is judged by its shape and its neighbours, never for being there.
  { name: 'a short line between two body paragraphs', text: article(TITLE, P1, 'Clinching in November', P2, P3) },
  { name: 'a data list that ends the article (dates, places)', text: article(TITLE, P1, P2, 'Tour dates', 'June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre', 'June 10 – Tampa, FL @ Bay Arena', 'June 14 – Atlanta, GA @ Peach Pavilion') },
  { name: 'a list of labels and values that ends the article', text: article(TITLE, P1, P2, 'England (Group A): 10th appearance', 'Spain (Group F): 11th appearance', 'Wales (Group E): Second appearance') },
  { name: 'captions of works and their makers after the body', text: article(TITLE, P1, P2, 'Light Cloud by Anna Meyer', 'The Bridge Spider by Groupe Nord', 'A Wish of Light by Peter Snell') },
  { name: 'two headlines after the body are not yet a list', text: article(TITLE, P1, P2, 'Mayor opens the new library on Main Street', 'County fair returns with a rodeo and a parade') },
  { name: 'a name and a place under a letter', text: article('Letters', 'To the editor:', P1, 'Jane Doe, Springfield') },
  { name: "a picture's caption with its label and credit is the article's", text: article(TITLE, 'FILE PHOTO: Drivers wait in line at a gas station near the old bridge in Springfield, May 3, 2019. REUTERS/Jane Doe', P1, P2) },
  { name: 'a caption after an image label', text: article(TITLE, P1, 'Image: The mayor, left, walks across the old bridge with two members of the council', P2) },
  { name: 'a sentence that mentions a site', text: article(TITLE, P1, 'On example.com, readers voted for the new parking rules by a wide margin.', P2) },
  { name: 'an article that ends with its source\'s address', text: article(TITLE, P1, P2, 'http://example.com/2hWbQ1f') },
  { name: 'links of the article\'s own between its paragraphs', text: article(TITLE, P1, 'http://example.com/2iJFhRj', P2, 'http://example.com/2hZfWFJ', P3) },
  {
    name: 'labels that recur across a run of many sources: a salutation, a list marker, a one-word title',
    text: article('To the editor:', 'Introduction', P1, 'A.', P2),
    corpus: [
      { path: 'letter-1.txt', text: article('To the editor:', 'Introduction', P3, 'A.', P2.replace('farmers', 'fishermen')) },
      { path: 'letter-2.txt', text: article('To the editor:', 'Introduction', P2.replace('truck drivers', 'nurses'), 'A.', P3.replace('county', 'city')) },
    ],
  },
  {
    name: 'a salutation that every letter of a run opens with',
    text: article('To the Editor of the Herald.', P1, P2),
    corpus: [
      { path: 'letter-1.txt', text: article('To the Editor of the Herald.', P3, P2.replace('farmers', 'fishermen')) },
      { path: 'letter-2.txt', text: article('To the Editor of the Herald.', P2.replace('truck drivers', 'nurses'), P3.replace('county', 'city')) },
    ],
  },
  { name: 'a person described in the body, not at the end', text: article(TITLE, P1, 'Jane Doe is a reporter at the Valley Gazette who first broke the story of the bridge.', P2, P3) },
  { name: "the article ends on a description of someone without a writer's role", text: article(TITLE, P1, P2, 'Mary Jones is a teacher at Lincoln Elementary School.') },
  {
    name: "a line that three copies of one page share is not the site's",
    text: article(TITLE, P1, P2, 'Valley Gazette newsroom, Main Street'),
    corpus: [
      { path: 'copy-1.txt', text: article(TITLE, P1, P2, 'Valley Gazette newsroom, Main Street') },
      { path: 'copy-2.txt', text: article(TITLE, P1, P2, 'Valley Gazette newsroom, Main Street') },
    ],
  },
  {
    name: 'a section title that recurs inside the body of several articles',
    text: article(TITLE, P1, 'The bottom line', P2),
    corpus: [
      { path: 'other-1.txt', text: article('Another story', P3, 'The bottom line', P2.replace('farmers', 'fishermen')) },
      { path: 'other-2.txt', text: article('A third story', P2.replace('truck drivers', 'nurses'), 'The bottom line', P3.replace('county', 'city')) },
    ],
  },
  { name: 'prose that mentions replies', text: article(TITLE, P1, "Readers can leave a reply on the council's website.", P2) },
  { name: 'prose that mentions replies, last line', text: article(TITLE, P1, P2, "Readers can leave a reply on the council's website.") },
  {
    name: 'a quoted notice in a copyright story',
    text: article('Publisher sues over reprints', P1, '"All rights reserved," the notice on the first page said.', 'The judge noted that every copy carried the words "All rights reserved" below the title.', P2),
  },
  { name: 'headlines without a period that hold UI words', text: article('Next Post Office to open in May', P1, 'Share the wealth', P2, 'Reply to the critics', P3) },
  { name: 'a dateline', text: article(TITLE, 'WASHINGTON (AP) — The Senate voted today to extend the draft for another four years.', P2) },
  { name: 'a salutation and a signature on a letters page', text: article('Letters', 'To the editor:', P1, 'John Smith', 'Cranston') },
  { name: 'a byline inside the story', text: article(TITLE, 'By John Smith, Staff Writer', P1, P2) },
  { name: 'questions and replies of an advice column', text: article('Steam baths', 'writes: Do steam baths have any health value?', 'Reply:', P1, 'writes: Does a brace help?', 'Reply:', P2) },
  { name: 'a parenthetical note to readers', text: article(TITLE, P1, '(Editorial comment on this letter appears elsewhere on this page).', P2) },
  { name: 'advertising as a subject', text: article('The advertising business', 'Advertisers are changing their attitudes, both as to the significance of this market and the ways of speaking to it.', P2) },
  { name: 'a short closing line', text: article(TITLE, P1, P2, 'More to come.') },
  { name: 'an editorial that addresses the reader', text: article(TITLE, P1, 'If you share this view, write to your congressman and tell him so before the vote next week.', P2) },
  { name: 'a sentence about comments', text: article(TITLE, P1, 'No comments were made during the voting.', P2) },
  { name: 'quoted speech that holds UI words', text: article(TITLE, P1, '" We subscribe 500 shares of Morton Foods of Texas.', P2) },
  { name: 'a cross-reference', text: article(TITLE, P1, 'See also Interest On Unpaid Taxes, below.', P2) },
  { name: 'dialogue', text: article(TITLE, P1, 'Not like us fellas.', 'Print it in real big letters, an\' I can cipher it out later.', P2) },
  { name: 'a publisher named in a review', text: article('A register of society', 'Published annually by William Hord Richardson, the 1962 edition is subtitled Society Register of Southern California.', P2) },
  { name: 'a section title that opens with "Also on"', text: article(TITLE, P1, 'Also on the agenda', P2) },
  {
    name: 'a long first-person line that cites the writer\'s own newsletter, ending in a colon and an open quotation',
    text: article(
      TITLE,
      P1,
      'Under leave to extend my remarks, I include the relevant portion of my newsletter, together with the text of the article from the U.S. News & World Report: "your Congressman, Samuel S. Stratton, reports from Washington, May 1, 1961',
      P2,
    ),
  },
  {
    name: 'prose about membership, partnerships, letters and unavailable videos',
    text: article(
      TITLE,
      'She wanted to become a member of the club before the vote in May.',
      'The film was produced in partnership with the BBC and shown on Sunday.',
      'The governor said the video is no longer available on the state website.',
      P2,
    ),
  },
  { name: 'a review that says where a story first ran', text: article('New fiction', 'The story first appeared in The Saturday Evening Post, and it reads better in the longer version.', P2) },
  { name: 'prose about notifications and likes', text: article(TITLE, P1, 'The county will turn on its new warning sirens in May, and residents who like the plan may say so at the hearing.', P2) },
  {
    name: 'a how-to step that tells the reader to sign up',
    text: article(
      'How to watch the games without cable',
      'There are three ways to follow the season without a cable subscription, and the cheapest one takes five minutes to set up.',
      '1. Sign up for a streaming account with live channels for $12 a month.',
      '2. Install the app on your television and log in with the same account.',
      P2,
    ),
  },
  {
    name: 'an embedded post quoted in the story',
    text: article(
      TITLE,
      P1,
      'The bridge is finally funded, and the county will start work in the spring. Thank you to everyone who came to the hearing!',
      '— Jane Doe (@janedoe) March 3, 2019',
      P2,
    ),
  },
  {
    name: 'Japanese prose',
    text: article(
      '橋のための税金',
      '市議会は火曜日、ガソリン税を一ガロンあたり二セント引き上げることを可決した。市長は、新しい橋の建設費に充てると述べた。',
      '反対派は、負担が農家やトラック運転手に最も重くかかると主張し、州議会で争う考えを示した。',
      '結果がどうであれ、この議論は郡が古い道路網にどれほど依存しているかを示した。',
    ),
  },
  // Other languages: text is never furniture for being in another language, nor for mentioning UI words in a sentence.
  { name: 'a UI word inside a paragraph of Japanese prose at the end', text: article(...JA, '完成した橋の写真をシェアする市民が増えており、市は来月、写真展を開く予定だという。') },
  { name: 'Russian and Korean sentences about copyright', text: article(...RU, 'Перепечатка старых карт стала для музея главным источником дохода в этом году.', '저작권자 단체는 이번 판결에 대해 항소하겠다고 밝혔다.') },
  { name: 'Korean prose with short lines', text: article(...KO, '시민들의 반응', '찬성과 반대가 엇갈렸다') },
  { name: 'a Portuguese sentence about moderated comments', text: article(...PT, 'Os comentários do fórum da cidade foram moderados por voluntários durante a votação.') },
  { name: 'a German sentence with a police report (Anzeige)', text: article(...DE, 'Anzeige erstattet', 'Die Polizei hat gegen den Fahrer Anzeige erstattet und ermittelt weiter.') },
  { name: 'a French sentence that cites a rights notice', text: article(TITLE, P1, "Le livre, publié en 1961 avec la mention tous droits réservés, a été réédité cette année par une maison d'édition de la ville.", P2) },
  { name: 'Russian prose that mentions a personal archive', text: article(...RU, 'Письма, которые хранились в её личный архив, передали музею после её смерти в прошлом году.') },
  // Long lines that mention UI words are prose unless they open with an appeal.
  {
    name: 'a long sentence about subscriptions and commissions',
    text: article(
      TITLE,
      P1,
      "When you subscribe to a newspaper today, the publisher told the hearing, you pay for reporters, editors and printing presses rather than for paper, and a site that may earn a commission on what its readers buy is no longer unusual; the council heard that most of the county's weekly papers now depend on their readers for more than half of their income.",
      P2,
    ),
  },
  { name: 'a recipe quantity and a score are not counters', text: article(TITLE, P1, '1/2 cup of sugar', 'Final score 3-1', P2) },
  // The article's own lines that are no prose: its dateline, its writers' contacts, a captioned picture's credit, a table.
  { name: 'a dateline with a time under the title', text: article(TITLE, 'Updated at 4:05 p.m.', P1, P2, P3) },
  { name: "a publication stamp before the title is the article's dateline", text: article('Published: March 3, 1961 at 4:15 p.m.', TITLE, P1, P2, P3) },
  { name: 'a dateline with a weekday and a date', text: article(TITLE, 'UPDATED: Mon., Feb. 3, 2020', P1, P2, P3) },
  { name: "a posting stamp with a month in another language and the writer's name", text: article(TITLE, 'Posted on Januari 4, 2016 by Redaksi', P1, P2, P3) },
  { name: "the writers' contacts with two links at the end", text: article(TITLE, P1, P2, P3, 'Reach the writers on Twitter at http://twitter.com/janedoe and http://twitter.com/johnroe') },
  { name: 'a caption that credits its photos with the copyright sign ends the article', text: article(TITLE, P1, P2, P3, 'The new bridge seen from the east bank at dusk, photos © Jane Doe, 2019') },
  {
    name: "a caption with the copyright sign takes no event details after it",
    text: article(TITLE, P1, P2, P3, 'The pavilion seen from the garden at night, installation views, photos © Jane Doe, 2018', 'Main Street Gallery', '12 Market Square, Springfield'),
  },
  { name: "a one-word section heading that is a verb, between paragraphs", text: article(TITLE, P1, 'Contact', 'For further information write to the Office of the Clerk, City Hall, Springfield.', P2) },
  { name: 'a Korean list in the body, under no heading with evidence, stays', text: article(KO[0]!, KO[1]!, '- 시장, 새 도서관 문 열어', '- 해안 도로 이틀째 통제', KO[2]!) },
  {
    name: 'an HTML article that names tags in its headings',
    path: 'a.html',
    text: `<h1>${TITLE}</h1>\n<p>${P1}</p>\n<h2>A single &lt;img&gt;</h2>\n<p>${P2}</p>\n<h2>&lt;ul&gt; List of &lt;figure&gt;</h2>\n<p>${P3}</p>\n`,
  },
  {
    name: "an HTML table's cells: a score, a count, a column named Comment",
    path: 'a.html',
    text: `<h1>${TITLE}</h1>\n<p>${P1}</p>\n<table>\n<tr>\n<th>\nTown\n</th>\n<th>\nComment\n</th>\n<th>\nHigh/low\n</th>\n</tr>\n<tr>\n<td>\nSpringfield\n</td>\n<td>\nShare\n</td>\n<td>\n23/16\n</td>\n</tr>\n</table>\n<p>${P2}</p>\n`,
  },
  { name: 'an empty list item after a line that its language sets free is no finding alone', text: article(...DE, 'Die App kostet aktuell knapp 50 Euro im Mac App Store und setzt eine neue Version des Systems voraus', '-') },
  { name: 'a sentence about how a store sends the new version of an app', text: article(TITLE, P1, 'In order to get the new version of the app, Google Play sends your phone a patch that describes the differences', P2, P3) },
  // A listing's excerpts are cut at one length, and stand at the page's edge: an article's own items are whole, and its own ellipses vary.
  {
    name: "an article's own list of items with summaries between its paragraphs",
    text: article(TITLE, P1, ...POSTS.flatMap(([headline, summary]) => [headline, summary]), P2, P3),
  },
  {
    name: 'a question and answer interview',
    text: article(TITLE, P1, 'What made you take on the bridge?', 'I grew up on the east bank, and for thirty years I watched the traffic back up across the old span every morning while the council argued about who should pay for a new one.', 'Will the tax be enough?', 'Not on its own. We expect the state to cover about half of the cost, and the rest will come from the tax and from tolls on heavy trucks over the first ten years.', 'When will it open?', 'If the contracts are signed this winter, the first lanes could open to traffic in the spring of the year after next, with the footpath following a few months later.'),
  },
  {
    name: "a recipe's steps",
    text: article('Apple cake', 'This is the cake my grandmother made every autumn, when the trees in the orchard behind her house were so full that the branches touched the ground.', 'Step 1', 'Heat the oven to 180 degrees and butter a round tin, then line its base with a circle of baking paper so that the cake turns out cleanly.', 'Step 2', 'Beat the butter and the sugar together until pale, add the eggs one at a time, and fold in the flour with a pinch of salt and the grated peel of a lemon.', 'Step 3', 'Peel and slice the apples, lay them over the batter in overlapping rings, and bake for about fifty minutes, until a skewer pushed into the middle comes out clean.'),
  },
  {
    name: 'a listicle whose numbered sections are the article',
    text: article('Four walks along the river', ...POSTS.flatMap(([headline, summary], k) => [`${k + 1}. ${headline}`, summary])),
  },
  {
    name: 'a writer trailing off three times, at different lengths, at the end of the article',
    text: article(TITLE, P1, P2, 'We waited for the vote all afternoon, and then the clerk came out with the results...', 'The mayor read them twice before he said a word to anyone in the hall, and even then he only nodded...', 'And the bridge that his father had promised the town forty years ago, the one on every poster since, would have to wait...'),
  },
  {
    name: 'excerpts cut at one length between the body\'s paragraphs (quoted posts) stay',
    text: article(TITLE, P1, P2, ...LISTING, P3, P1.replace('Tuesday', 'Monday'), P2.replace('farmers', 'fishermen')),
  },
  {
    name: 'a long sentence that opens with related coverage and names papers with The',
    text: article(TITLE, P1, 'Related coverage of the vote appeared in The Herald and The Evening Post on Wednesday, and both papers said that the council had acted in haste, although neither of them offered another way to pay for the bridge before the old one has to close for repairs next year.', P2, P3),
  },
  {
    name: "a reference list's entries that end at the date they were retrieved are the article's sources",
    text: article(TITLE, P1, P2, '^ "Toll allocation formula". Bridge Commission. 4 February 2013. Retrieved 31 May 2014.', P3, '^ Doe, Jane (2009). A History of the River Crossing. Springfield Press. p. 12. Retrieved 2 March 2016.'),
  },
  {
    name: "a table's pairs of values (a high over a low) are no gallery's counters",
    text: article(TITLE, P1, 'Average high and low in the river town, °C', 'Springfield', '21/12', '24/14', '18/9', 'Riverside', '19/11', '23/13', '16/8', P2, P3),
  },
  {
    name: "a reference work's cross-references under its sections' headings, among the body's paragraphs",
    text: article(TITLE, P1, 'Financing', 'Main article: Fuel taxes in the county', P2, 'See also: History of the river crossing', P3),
  },
  { name: "the article's own numbers alone on their lines, not in a tick's order", text: article(TITLE, P1, 'The winning numbers', '12', '5', '33', '41', '7', '28', P2, P3) },
  { name: "a poem's lines in lower case among the body's paragraphs", text: article(TITLE, P1, 'the river', 'the old bridge', 'the long road home', 'and the rain', P2, P3) },
  { name: 'HTML article', path: 'a.html', text: `<h1>${TITLE}</h1>\n<p>${P1}</p>\n<p>${P2}</p>\n` },
  { name: 'Markdown article with a list of sources', path: 'a.md', text: '# A tax for the bridge\n\n' + P1 + '\n\n- The council minutes\n- The mayor\'s statement\n\n' + P2 + '\n' },
];

const invalid: InvalidRuleCase[] = [
  // Comment forms.
  atEnd('comment form heading', 'Leave a Reply', /comment form/),
  atEnd('comment form with fields', 'Join the discussion\nYour email will not be shared. Fields marked * are required.\nName *\nEmail *\nSubmit Comment', /comment form/),
  atEnd('closed comments', 'Comments are closed.', /comment form/),
  atEnd('comment count', '12 Comments', /comment form/),
  // Share and follow widgets.
  atEnd('share buttons', 'Share this story\nFacebook\nTwitter\nLinkedIn\nEmail', /share widget/),
  atEnd('share line with separators', 'Share on Facebook | Share on X | Copy link', /share widget/),
  atEnd('follow prompt', 'Follow us on X and Instagram for the latest updates', /follow/),
  // Newsletter, login and cookie prompts.
  between('newsletter prompt', 'Sign up for our daily newsletter\nGet the top stories of the day delivered to your inbox every morning.\nSubscribe', /newsletter/),
  atEnd('newsletter sentence', 'Subscribe to our newsletter to get the latest news straight to your inbox.', /newsletter/),
  atEnd('paywall', 'Already a subscriber? Log in\nCreate a free account to keep reading', /login/),
  atEnd(
    'cookie notice',
    'We use cookies to give you the best experience on our website. By continuing to browse this site, you agree to our use of cookies.\nAccept all cookies\nManage preferences',
    /cookie notice/,
  ),
  // Ads.
  between('ad marker', 'Advertisement', /ad marker/),
  between('ad marker with instructions', 'ADVERTISEMENT - SCROLL TO CONTINUE READING', /ad marker/),
  between('paid content label', 'Paid Content', /ad marker/),
  // Related links and read-more links.
  atEnd('related articles list', 'Related Articles\nSenate Approves Highway Bill\nMayor Opens New Library\nCouncil Delays Vote on Parks', /related links/),
  between('related list with bullets', 'You might also like:\n- Senate Approves Highway Bill\n- Mayor Opens New Library', /related links/),
  between('read-more link', 'READ MORE: Governor signs the school budget', /related links/),
  between('continue-reading link', 'Continue reading below', /related links/),
  atEnd('most read box', 'Most Popular\nSenate Approves Highway Bill\nMayor Opens New Library', /related links/),
  // Author boxes, post and site navigation.
  atEnd('author box', 'About the writer\n\nMore stories by Jane Doe', /author box/),
  atEnd('older and newer posts', '← Older posts\nNewer posts →', /post navigation/),
  atEnd('next story link', 'Next story »', /post navigation/),
  atStart('skip link', 'Skip to main content', /site navigation/),
  atStart('breadcrumbs', 'Home » News » Local', /site navigation/),
  atEnd('back to top', 'Back to top', /site navigation/),
  // Media captions and credits.
  between('photo credit', 'Photo: John Doe/Getty Images', /media caption/),
  between('caption toggles', 'Hide caption\nView gallery', /media caption/),
  atStart('video prompt', 'Watch the video', /media caption/),
  // Post metadata.
  atStart('reading time', '6 min read', /post metadata/),
  atEnd('categories and tags', 'Posted in Politics\nTags: budget, bridge, council', /post metadata/),
  atEnd('a single tag', 'Tag: example.com', /post metadata/),
  // Footers.
  {
    name: "a tag cloud in lower case after the body, above a post's navigation",
    text: article(TITLE, P1, P2, P3, 'bridges', 'gasoline tax', 'county council', 'roads', 'Next article'),
    errors: [{ text: 'bridges\n\ngasoline tax\n\ncounty council\n\nroads\n\nNext article', message: /post navigation/ }],
    output: null,
  },
  atEnd('a pointer to another story after the body', 'See also: Mayor opens the new library on Main Street', /related links/),
  atEnd('copyright footer', '© 1961 The Evening Herald. All rights reserved.', /footer/),
  atEnd('footer links', 'Terms of Use | Privacy Policy | Contact Us\nPowered by WordPress', /footer/),
  // Wordings and families beyond the common ones.
  atEnd('privacy banner', 'We value your privacy\nAccept all\nManage choices', /cookie notice/),
  between('promoted stories', 'Promoted Stories', /ad marker/),
  between('partner content', 'From our partners', /ad marker/),
  atEnd('comment count with a number', 'Comments (3)', /comment form/),
  atEnd('form confirmation', 'Your comment has been submitted.', /comment form/),
  between('buttons', 'Save article\nListen', /share widget|site navigation/),
  atEnd('return to top', 'Return to top', /site navigation/),
  between('caption label', 'Pictured: the mayor at the ribbon cutting', /media caption/),
  between('photo byline', 'Photograph by John Smith for The Herald', /media caption/),
  atEnd('next-story teaser', 'Next: Council debates parks plan', /post navigation/),
  atEnd('author box with a biography', 'About The Author\nJohn Smith has covered politics for the Herald since 1950.', /author box/),
  atEnd('paywall sentence', 'To continue reading, please log in or create an account.', /login/),
  atEnd('donation appeal', 'Support local journalism. Donate today.', /call to action/),
  between('notification prompt', 'Tap here to turn on desktop notifications to get the news sent straight to you.', /related links|call to action/),
  between('syndication note', 'This article was originally published on The Conversation.', /post metadata/),
  atEnd('like button and its placeholder', 'Like this:\nLike Loading...', /share widget/),
  between('a metered paywall\'s count', 'You have 3 free articles remaining this month.', /login or paywall prompt/),
  between('an embed blocked by consent settings', 'This content is not available due to your privacy preferences.', /media caption|cookie notice/),
  atStart('a news agency credit alone on its line', '(Reuters)', /post metadata/),
  atEnd('letters and feedback appeals', 'Send us your feedback\nLetters to the editor may be sent to letters@example.com', /call to action/),
  atStart('a membership appeal', 'Become a member', /call to action/),
  atStart('a partnership credit', 'Produced in partnership with the Pulitzer Center', /post metadata/),
  atStart('a link back to the front page', 'Back to homepage', /site navigation/),
  atEnd('syndication notice', 'This material may not be published, broadcast, rewritten or redistributed.', /footer/),
  atEnd('an imperative follow sentence', 'Follow the Evening Herald on Facebook, Instagram and X for more from the county.', /social follow prompt/),
  between(
    'a teaser list with long tagged headlines',
    "Don't miss\nCouncil members clash over the cost of the new bridge in a late-night session [VIDEO]\nFarmers say the new gasoline tax will hit harvest season hardest [ANALYSIS]",
    /related links/,
  ),
  // Rights notices and commerce widgets.
  atEnd('a rights notice', 'This copy is for your personal, non-commercial use only. To order copies for distribution, contact the reprints desk.', /rights or disclaimer/),
  atEnd('a disclaimer', 'Disclaimer: The opinions expressed above are the writer\'s own and do not reflect those of the site.', /rights or disclaimer/),
  atEnd('an affiliate note', 'We may earn a commission when you buy through the links on this page.', /affiliate/),
  between('an image counter', 'Image 3 of 12', /media caption/),
  // Long appeals and notices written as sentences to the reader.
  atEnd(
    'a long membership appeal',
    'If you enjoyed this story, we have a favour to ask: become a member. Members read every article without a paywall, get our weekly print edition and join calls with our reporters and editors, and their support keeps the Valley Gazette independent. Join today and help us report on the county for years to come.',
    /call to action/,
  ),
  atEnd(
    'a long deals notice that opens with a follow prompt',
    'Follow @GazetteDeals on X to keep up with the best bargains we find around the web every day of the week. Quantities may be limited and prices are subject to change without notice, and some offers may not be open to every reader. The Gazette may earn a commission on purchases made through this page.',
    /affiliate|social follow/,
  ),
  atEnd(
    'a long private-use notice',
    'This article is for your own private, non-commercial use only. Its distribution and any other use of this material are governed by our terms of subscription and by copyright law. For any other use, or to order several copies of this article for your office, write to the reprints desk of the Valley Gazette.',
    /rights or disclaimer/,
  ),
  atEnd('a citation box', 'Citation : Bridge tax passes in county vote (2019, March 5) retrieved 7 March 2019 from https://example.com/news/2019-03-bridge-tax.html', /post metadata/),
  atEnd('a copyright notice of the document', 'This page is subject to copyright. Except for fair use for the purposes of private study or research, no part of it may be reproduced without written permission.', /rights or disclaimer/),
  atEnd('a letters page appeal', 'The Gazette welcomes letters to the editor. We would like to hear what you think about this or any of our articles; write to letters@example.com.', /call to action/),
  // Leftover page markup and UI lines, in no language.
  between('an escaped tag left by an editor', '&lt;span data-mce-type="bookmark" style="display: inline-block;" class="mce_SELRES_start"&gt;&lt;/span&gt;', /leftover page markup/),
  between('a shortcode button', '[button link="https://example.com/kit" type="big"] Our kit list[/button]', /leftover page markup/),
  between('a gallery counter alone on its line', '3/12', /media caption/),
  between("a page's id alone on its line", '190305114210887', /post metadata/),
  atEnd('a line of two links', 'More county news: https://example.com/county and https://x.com/ExampleNews', /related links/),
  between("a broadcaster's caption label", 'Media caption The mayor explains the new tax', /media caption/),
  atEnd("a sign-up form's error and thanks", 'An error has occurred, please try again later.\nThank you', /newsletter/),
  atEnd('share buttons in a row', 'Share Tweet Submit', /share widget|site navigation/),
  // Other languages, each on evidence in its own language.
  {
    name: 'Portuguese: reading time, a related link, a comment policy and a rights line',
    text: article('Tempo de leitura: 2 minutos', ...PT, 'Leia também: Prefeitura anuncia obras na ponte velha', 'ATENÇÃO: Comentários ofensivos ou fora do tema serão removidos pela moderação.', 'Todos os direitos reservados.'),
    errors: [
      { line: 1, text: 'Tempo de leitura: 2 minutos', message: /post metadata.*cue "Tempo de leitura"/ },
      { text: 'Leia também: Prefeitura anuncia obras na ponte velha\n\nATENÇÃO: Comentários ofensivos ou fora do tema serão removidos pela moderação.\n\nTodos os direitos reservados.', message: /related links|comment form|rights/ },
    ],
    output: article(...PT),
  },
  {
    name: "a footer's row of links in another language, cut by separators, beside the site's rights line",
    text: article(...PT, 'Todos os direitos reservados.', 'Expediente | Fale conosco | Anuncie | Termos de uso | Política de privacidade'),
    errors: [{ text: 'Todos os direitos reservados.\n\nExpediente | Fale conosco | Anuncie | Termos de uso | Política de privacidade', message: /rights/ }],
    output: article(...PT),
  },
  {
    name: 'German: an ad label and a read-also link between paragraphs',
    text: article(DE[0]!, DE[1]!, 'Anzeige', DE[2]!, 'Lesen Sie auch: Neue Radwege für die Innenstadt', 'Alle Rechte vorbehalten'),
    errors: [
      { text: 'Anzeige', message: /ad marker.*cue "Anzeige"/ },
      { text: 'Lesen Sie auch: Neue Radwege für die Innenstadt\n\nAlle Rechte vorbehalten', message: /related links|rights/ },
    ],
    output: article(...DE),
  },
  {
    name: 'Korean: a rights notice',
    text: article(...KO, '저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지'),
    errors: [{ text: '저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지', message: /rights or disclaimer notice/ }],
    output: article(...KO),
  },
  {
    name: 'Japanese: a related-articles heading and a rights line',
    text: article(...JA, '関連記事', '無断転載を禁じます。'),
    errors: [{ text: '関連記事\n\n無断転載を禁じます。', message: /related links|rights/ }],
    output: article(...JA),
  },
  {
    name: "Russian: a picture's credit from a personal archive",
    text: article(RU[0]!, RU[1]!, 'Фото: личный архив Ивана Петрова', RU[2]!),
    errors: [{ text: 'Фото: личный архив Ивана Петрова', message: /media caption/ }],
    output: article(...RU),
  },
  {
    name: 'French and Indonesian: share, follow and read-also lines',
    text: article(TITLE, P1, 'Partager sur Facebook', 'Suivez-nous sur Instagram', P2, 'Baca juga: Pemerintah kota umumkan jembatan baru', P3),
    errors: [
      { text: 'Partager sur Facebook\n\nSuivez-nous sur Instagram', message: /share widget|social follow/ },
      { text: 'Baca juga: Pemerintah kota umumkan jembatan baru', message: /related links/ },
    ],
    output: CLEAN,
  },
  // Position: after the body's last paragraph.
  {
    name: 'headlines of other stories after the body, with no heading',
    text: article(TITLE, P1, P2, P3, 'Mayor opens the new library on Main Street', 'County fair returns with a rodeo and a parade', 'Who will coach the high school team next fall?'),
    errors: [
      {
        text: 'Mayor opens the new library on Main Street\n\nCounty fair returns with a rodeo and a parade\n\nWho will coach the high school team next fall?',
        message: /related links.*headlines after the article's last paragraph/,
        expected: [''],
      },
    ],
    // Headlines with no cue of their own: a suggestion, not a fix.
    output: null,
  },
  {
    name: 'teasers with summaries, parted by empty list items, after a list of the article\'s own',
    text: article(TITLE, P1, P2, 'England (Group A): 10th appearance', 'Wales (Group E): Second appearance', '-', 'Coach fired after a winless season', 'The club had lost nine games in a row', '-', 'Results from the expansion draft', "Here's what you need to know about the draft", '-', 'Star striker accepts a challenge', 'He seems to be getting better with age'),
    errors: [
      {
        text: "-\n\nCoach fired after a winless season\n\nThe club had lost nine games in a row\n\n-\n\nResults from the expansion draft\n\nHere's what you need to know about the draft\n\n-\n\nStar striker accepts a challenge\n\nHe seems to be getting better with age",
        message: /headlines after the article's last paragraph/,
      },
    ],
    output: null,
  },
  {
    name: 'after the body, furniture takes the lines below it',
    text: article(TITLE, P1, P2, 'Sports Newsletter', 'Get the big stories of the day in your inbox every morning.', 'Sorry!', 'There was an error processing your request.'),
    errors: [
      {
        text: 'Sports Newsletter\n\nGet the big stories of the day in your inbox every morning.\n\nSorry!\n\nThere was an error processing your request.',
        message: /newsletter prompt/,
      },
    ],
    output: null,
  },
  {
    name: 'the article resumes after a read-more link: its sentences stay',
    text: article(TITLE, P1, P2, 'Most Popular', 'The mayor said the vote would be held in the spring.', 'The council has not yet set a date for the hearing.'),
    errors: [{ text: 'Most Popular', message: /related links/ }],
    output: article(TITLE, P1, P2, 'The mayor said the vote would be held in the spring.', 'The council has not yet set a date for the hearing.'),
  },
  {
    name: 'a foreign line after furniture at the end stays',
    text: article(TITLE, P1, P2, 'Share this:', 'Городской совет проголосовал за новый налог во вторник'),
    errors: [{ text: 'Share this:', message: /share widget/ }],
    output: article(TITLE, P1, P2, 'Городской совет проголосовал за новый налог во вторник'),
  },
  {
    name: "a writer's biography at the end",
    text: article(TITLE, P1, P2, 'Jane Doe (jdoe@example.com) is a senior reporter at the Valley Gazette, where she has covered county politics since 2010.'),
    errors: [{ text: 'Jane Doe (jdoe@example.com) is a senior reporter at the Valley Gazette, where she has covered county politics since 2010.', message: /author box.*biography/ }],
    output: null,
  },
  atEnd('a machine timestamp alone on its line', '2019-11-19T08:57:40+01:00', /post metadata/),
  {
    name: 'a sentence made mostly of UI words',
    text: article(TITLE, P1, P2, 'Have a tip? Jane Doe may be reached at jdoe@example.com. Follow her on Twitter @janedoe or on Facebook.'),
    errors: [{ message: /call to action|author box|social follow/ }],
    output: CLEAN.replace(P3 + '\n', '').replace(/\n\n$/, '\n'),
  },
  {
    name: 'reader comments under a comment heading after the article',
    text: article(TITLE, P1, P2, P3, 'Top Rated Comments', 'I think the council got this one right, and I say that as a driver.', 'My town tried the same tax and it paid for two bridges.', 'Just my opinion, but I would rather pay at the pump than in tolls.'),
    errors: [
      {
        text: 'Top Rated Comments\n\nI think the council got this one right, and I say that as a driver.\n\nMy town tried the same tax and it paid for two bridges.\n\nJust my opinion, but I would rather pay at the pump than in tolls.',
        message: /comment form/,
      },
    ],
    output: null,
  },
  {
    name: 'a comment count under the title of a first-person post opens no thread',
    text: article('My week on the new bridge', '3 Comments', 'I drove across the new bridge every morning this week, and I have to say that my commute has never been shorter or calmer than it is now.', 'My neighbours tell me they feel the same, and I believe the council will hear a lot of praise at its next meeting on Tuesday night.', 'I will keep writing about the bridge, and my next post will look at what the tax has paid for so far and what it has not.'),
    errors: [{ text: '3 Comments', message: /comment form/ }],
    output: article('My week on the new bridge', 'I drove across the new bridge every morning this week, and I have to say that my commute has never been shorter or calmer than it is now.', 'My neighbours tell me they feel the same, and I believe the council will hear a lot of praise at its next meeting on Tuesday night.', 'I will keep writing about the bridge, and my next post will look at what the tax has paid for so far and what it has not.'),
  },
  between('a link labelled with its site', 'On example.com: Council approves the new parking rules', /related links/),
  between("a picture's credit: a name and a wire agency", 'Jane Doe, Associated Press', /media caption/),
  between("a picture's credit: a name and its outlet", 'Jane Doe/Example News', /media caption/),
  {
    name: 'addresses and labels between lines of metadata',
    text: article(TITLE, P1, '2019-11-19T08:57:40+01:00', 'https://static.example.com/image/5dd3a081-500-250/bridge.jpg', 'ExampleNews', 'https://www.example.com/assets/logo.png', P2, P3),
    errors: [
      {
        text: '2019-11-19T08:57:40+01:00\n\nhttps://static.example.com/image/5dd3a081-500-250/bridge.jpg\n\nExampleNews\n\nhttps://www.example.com/assets/logo.png',
        message: /post metadata/,
      },
    ],
    output: CLEAN,
  },
  // Repetition across the run.
  {
    name: 'a line that three different articles of the run end with',
    text: article(TITLE, P1, P2, 'Valley Gazette newsroom, Main Street'),
    corpus: [
      { path: 'other-1.txt', text: article('Another story', P3, 'Valley Gazette newsroom, Main Street') },
      { path: 'other-2.txt', text: article('A third story', P2.replace('truck drivers', 'nurses'), 'Valley Gazette newsroom, Main Street') },
    ],
    errors: [{ text: 'Valley Gazette newsroom, Main Street', message: /a line the site repeats on its articles.*recurs on 3 or more different articles of the run/ }],
    output: null,
  },
  {
    name: 'a section title next to furniture is kept',
    text: article(TITLE, P1, 'Advertisement', 'Reply to the critics', P2),
    errors: [{ line: 5, text: 'Advertisement', message: /ad marker/ }],
    output: article(TITLE, P1, 'Reply to the critics', P2),
  },
  {
    name: 'HTML: a share widget paragraph',
    path: 'a.html',
    text: `<h1>${TITLE}</h1>\n<p>${P1}</p>\n<p>${P2}</p>\n<p>Share this:</p>\n`,
    errors: [{ line: 4, column: 4, text: 'Share this:', message: /share widget/ }],
    // The paragraph's text goes; its (empty) element stays.
    output: `<h1>${TITLE}</h1>\n<p>${P1}</p>\n<p>${P2}</p>\n`,
  },
  {
    name: 'two pieces of furniture in one article',
    text: article(TITLE, P1, 'Sponsored', P2, P3, 'Share this:\nClick to email a friend (Opens in new window)'),
    errors: [
      { line: 5, text: 'Sponsored', message: /ad marker/ },
      { line: 11, text: 'Share this:\nClick to email a friend (Opens in new window)', message: /share widget/ },
    ],
    output: CLEAN,
  },
  {
    name: 'Markdown: related links as a heading and a list',
    path: 'a.md',
    text: '# A tax for the bridge\n\n' + P1 + '\n\n' + P2 + '\n\n## Related Articles\n\n- [Senate Approves Highway Bill](https://example.com/a)\n- [Mayor Opens New Library](https://example.com/b)\n',
    errors: [{ line: 7, column: 1, message: /related links/ }],
    output: '# A tax for the bridge\n\n' + P1 + '\n\n' + P2 + '\n',
  },
  {
    name: 'Markdown with lone carriage returns for line breaks: the finding and its fix keep to their own line, not the rule after it',
    path: 'a.md',
    text: '# A tax for the bridge\r\r' + P1 + '\r\r' + P2 + '\r\rAdvertisement\r\r* * *\r',
    errors: [{ line: 7, column: 1, text: 'Advertisement', message: /ad marker/ }],
    output: '# A tax for the bridge\r\r' + P1 + '\r\r' + P2 + '\r\r* * *\r',
  },
];

// Position and context (issue 16, second pass): lists of other stories before the body and inside it, listings and
// comment threads after it, and what keeps the article's own titles, subheadings, lists and captions.
const LONG_COMMENT =
  'I have driven across the old bridge every day for twenty years and I can tell you that my car and my nerves will both be glad of the new one, whatever the tax costs me at the pump.';
const CHART = ['100', '%', '80', '60', '40', '20', '0', 'RECESSIONS', '’80', '’90', '’00', '’10', '’20', 'Source: County Budget Office'];
const HEAD_PROMOTIONS = ['Skip to main content', 'Garden club', 'Plan the spring beds with our planting calendar.', 'Recipes', 'Find a supper for every night of the week.', 'Events', 'Concerts and fairs near you this weekend.', 'Share this page'];
const HEADLINES = ['Storm closes the coast road for a second day', 'School board names a new superintendent', 'Farmers market moves to the old rail depot'];
valid.push(
  { name: "a title, a dek and a caption before the body: the title is about the article", text: article('Council votes a new bridge tax', 'The span across the river took six years to plan', 'Workers finish the last stretch of road on Tuesday', P1, P2) },
  { name: 'short subheadings in capitals between paragraphs', text: article(TITLE, P1, 'WHAT THE TAX WILL PAY FOR', P2, 'WHO WILL PAY IT', P3) },
  {
    name: 'a long line in capitals in a text written in capitals',
    text: article(TITLE, P1.toUpperCase(), 'NOTICE TO ALL MEMBERS OF THE COUNTY FARM BUREAU AND THEIR FAMILIES', P2.toUpperCase(), P3),
  },
  { name: 'a list the article introduces with a colon after its last paragraph', text: article(TITLE, P1, P2, P3, 'The candidates on the ballot:', 'Jane Doe of the Farmers Party', 'John Roe of the Valley League', 'Mary Major of the Citizens Party') },
  { name: "an event's details after the body (a schedule, a place)", text: article(TITLE, P1, P2, 'The Valley Players Summer Series', 'Tue – Sat at 8 p.m., closed on Sundays', 'Main Street Theater, Springfield', 'Tickets from the box office') },
  { name: 'short exclamations that end a chatty post', text: article(TITLE, P1, P2, 'Thank you all for the kind words!', 'See you at the theater next week!', 'We hope you enjoy the show!') },
  { name: "a picture's caption repeated after the body is no list of stories", text: article(TITLE, P1, P2, 'The Valley Players on stage in Springfield', 'The Valley Players on stage in Springfield', 'The Valley Players on stage in Springfield') },
  {
    name: "an article's own list after the body: labels above instructions",
    text: article(TITLE, P1, P2, 'Morning Meal', 'Eat within an hour of waking up', 'Midday Meal', 'Eat between noon and two in the afternoon', 'Evening Meal', 'Eat at least three hours before going to bed'),
  },
  { name: 'one posting time at the end is no comment thread', text: article(TITLE, P1, P2, 'Jane Doe, 2 hours ago') },
  { name: 'a title in lower case is no section label when the page holds only it and its body', text: article('bridge tax', P1) },
  {
    name: "a live blog's entries stamped with posting times, reported in the third person",
    text: article(TITLE, P1, '2 hours ago', P2, '3 hours ago', P3),
  },
);
invalid.push(
  {
    name: 'headlines of other stories before the title and the body',
    text: article(...HEADLINES, TITLE, P1, P2, P3),
    errors: [{ line: 1, column: 1, text: HEADLINES.join('\n\n'), message: /related links.*a run of headlines before the article's first paragraph/, expected: [''] }],
    output: null,
  },
  {
    name: "headlines of other stories before the body, each under its section's label",
    text: article('Weather', HEADLINES[0], 'Schools', HEADLINES[1], 'Business Day', HEADLINES[2], TITLE, P1, P2, P3),
    errors: [{ line: 1, column: 1, text: ['Weather', HEADLINES[0], 'Schools', HEADLINES[1], 'Business Day', HEADLINES[2]].join('\n\n'), message: /a run of headlines before the article's first paragraph/ }],
    output: null,
  },
  {
    name: "a site's promotions between its menu's buttons above the article, none of them about it",
    text: article(...HEAD_PROMOTIONS, TITLE, P1, P2, P3),
    errors: [{ line: 1, column: 1, text: HEAD_PROMOTIONS.join('\n\n'), message: /Page furniture .* and 7 more lines/ }],
    output: null,
  },
  {
    name: 'the title, dek, byline and date between buttons above the body stay: the title is about the article',
    text: article('Skip to main content', 'Council votes a new bridge tax for the river crossing', 'The gasoline tax rises by two cents a gallon', 'By Jane Doe', 'March 5, 2019', 'Share this page', P1, P2, P3),
    errors: [{ text: 'Skip to main content' }, { text: 'Share this page' }],
    output: article('Council votes a new bridge tax for the river crossing', 'The gasoline tax rises by two cents a gallon', 'By Jane Doe', 'March 5, 2019', P1, P2, P3),
  },
  {
    name: "short lines of the page between two widgets among the body's paragraphs, none of them about the article",
    text: article(TITLE, P1, 'Share this story', 'Loved it? There is plenty more to read.', 'Heartbroken? Try something else instead.', 'Well, will your friends agree?', 'Share on Facebook', P2, P3),
    errors: [{ text: 'Share this story\n\nLoved it? There is plenty more to read.\n\nHeartbroken? Try something else instead.\n\nWell, will your friends agree?\n\nShare on Facebook', message: /share widget/ }],
    output: null,
  },
  {
    name: "the article's short lines between two widgets among its paragraphs stay: they are about the article",
    text: article(TITLE, P1, 'Share this story', 'What the gasoline tax will cost the farmers', 'The council and the new bridge', 'Share on Facebook', P2, P3),
    errors: [{ text: 'Share this story' }, { text: 'Share on Facebook' }],
    output: article(TITLE, P1, 'What the gasoline tax will cost the farmers', 'The council and the new bridge', P2, P3),
  },
  {
    name: "a chart's axis, legend and title left as lines among the body's paragraphs",
    text: article(TITLE, P1, 'Public debt as a share of the economy', ...CHART, P2, P3),
    errors: [{ text: CHART.join('\n\n'), message: /a chart's axis/ }],
    output: null,
  },
  {
    name: "another story's headline in capitals between the paragraphs",
    text: article(TITLE, P1, 'COUNTY FAIR RETURNS WITH A RODEO AND A PARADE THIS SUMMER', P2, P3),
    errors: [{ text: 'COUNTY FAIR RETURNS WITH A RODEO AND A PARADE THIS SUMMER', message: /related links.*a headline in capitals between the article's paragraphs/ }],
    output: null,
  },
  {
    name: "a list of headlines after the body, followed by an editor's note",
    text: article(TITLE, P1, P2, P3, ...HEADLINES.map((h) => `- ${h}`), "Editor's note: This story was updated on Tuesday to add the mayor's comments."),
    errors: [{ text: HEADLINES.map((h) => `- ${h}`).join('\n\n'), message: /headlines after the article's last paragraph/ }],
    output: null,
  },
  {
    name: 'a long headline between two lines of a share widget',
    text: article(TITLE, P1, P2, 'Share this:', 'Council members clash over the cost of the new bridge in a long late-night session', 'Click to email a friend (Opens in new window)', P3),
    errors: [{ text: 'Share this:\n\nCouncil members clash over the cost of the new bridge in a long late-night session\n\nClick to email a friend (Opens in new window)', message: /share widget/ }],
    output: null,
  },
  {
    name: 'listed posts with their machine date stamps after the body',
    text: article(TITLE, P1, P2, P3, 'Storm closes the coast road for a second day Jane Doe 2019-11-20 14:35:08', 'School board names a new superintendent 2019-11-20 12:57:32 John Roe'),
    errors: [{ text: 'Storm closes the coast road for a second day Jane Doe 2019-11-20 14:35:08\n\nSchool board names a new superintendent 2019-11-20 12:57:32 John Roe', message: /related links.*headlines after the article's last paragraph/ }],
    output: null,
  },
  {
    name: 'a comment thread with no heading: reader names and posting times after the body',
    text: article(TITLE, P1, P2, P3, 'bridgefan42', '3 hours ago', 'Finally. I have waited ten years for this bridge and I will happily pay the tax.', 'Jo Smith', '5 hours ago', 'The tax will hurt the farmers more than anyone else in the county.'),
    errors: [
      {
        text: 'bridgefan42\n\n3 hours ago\n\nFinally. I have waited ten years for this bridge and I will happily pay the tax.\n\nJo Smith\n\n5 hours ago\n\nThe tax will hurt the farmers more than anyone else in the county.',
        message: /comment form/,
      },
    ],
    output: null,
  },
  {
    name: 'a comment thread with long comments and posting times after the body',
    text: article(TITLE, P1, P2, 'bridgefan42', '3 hours ago', LONG_COMMENT, 'Jo Smith', '5 hours ago', 'I think the farmers will pay for this bridge twice, once at the pump and once at the market, and my neighbours agree with me.'),
    errors: [
      {
        text: `bridgefan42\n\n3 hours ago\n\n${LONG_COMMENT}\n\nJo Smith\n\n5 hours ago\n\nI think the farmers will pay for this bridge twice, once at the pump and once at the market, and my neighbours agree with me.`,
        message: /comment form.*readers' names and posting times/,
      },
    ],
    output: null,
  },
  {
    name: "a writer's biography with the role before the name",
    text: article(TITLE, P1, P2, 'Gazette contributor Jane Doe is the author of three books on the history of the county.'),
    errors: [{ text: 'Gazette contributor Jane Doe is the author of three books on the history of the county.', message: /author box.*biography/ }],
    output: null,
  },
  {
    name: 'the last headline of a related list before the article resumes',
    text: article(TITLE, P1, 'More:', 'Mayor opens the new library', 'Storm closes the coast road for a second day and a third', P2, P3),
    errors: [{ text: 'More:\n\nMayor opens the new library\n\nStorm closes the coast road for a second day and a third', message: /related links/ }],
    output: null,
  },
  {
    name: 'a subheading about the article after a related list stays',
    text: article(TITLE, P1, 'More:', 'Mayor opens the new library', 'The council and the gasoline tax that would pay for the bridge', P2, P3),
    errors: [{ text: 'More:\n\nMayor opens the new library', message: /related links/ }],
    output: article(TITLE, P1, 'The council and the gasoline tax that would pay for the bridge', P2, P3),
  },
  {
    name: 'a headline above a read-more link',
    text: article(TITLE, P1, 'Storm closes the coast road for a second day in a row', 'Read more', P2, P3),
    errors: [{ text: 'Storm closes the coast road for a second day in a row\n\nRead more', message: /related links/ }],
    output: null,
  },
  {
    name: "a section label in lower case as the page's first line",
    text: article('immunology', TITLE, P1, P2),
    errors: [{ line: 1, column: 1, text: 'immunology', message: /site navigation.*a section label or the page's address before the title/ }],
    output: null,
  },
  {
    name: "the page's address as its first line",
    text: article('https://www.example.com/news/article/bridge-tax-vote-1234.php', TITLE, P1, P2),
    errors: [{ line: 1, column: 1, text: 'https://www.example.com/news/article/bridge-tax-vote-1234.php', message: /post metadata|site navigation/ }],
    output: null,
  },
);

// A finding covers the furniture only: the article's own lines around it stay.
invalid.push(
  {
    name: 'a stamp that lists the category and the comments is metadata, not a dateline',
    text: article(TITLE, P1, P2, P3, 'Posted in Local News | Permalink | 4 Comments'),
    errors: [{ text: 'Posted in Local News | Permalink | 4 Comments', message: /post metadata/ }],
    output: article(TITLE, P1, P2, P3),
  },
  {
    name: "a writer's contact joined by the site's follow prompt is furniture",
    text: article(TITLE, P1, P2, P3, 'Contact the writer at jdoe@example.com and follow us on Twitter @ExampleNews.'),
    errors: [{ text: 'Contact the writer at jdoe@example.com and follow us on Twitter @ExampleNews.', message: /cue/ }],
    output: article(TITLE, P1, P2, P3),
  },
  {
    name: "a share button glued to the article's sentence: the finding and the fix take the button only",
    text: article(TITLE, P1, P2, P3, 'Small steps let a new writer find an audience with much less worry. Click To Tweet'),
    errors: [{ text: ' Click To Tweet', message: /share widget.*cue "Click To Tweet"/ }],
    output: article(TITLE, P1, P2, P3, 'Small steps let a new writer find an audience with much less worry.'),
  },
  {
    name: "a bracketed image credit glued to the article's words: the finding takes the credit only",
    text: article(TITLE, P1, '(Image credit: Example Space Systems, Inc.) Boston, Massachusetts; Austin, Texas; Denver, Colorado and Tampa, Florida', P2, P3),
    errors: [{ text: '(Image credit: Example Space Systems, Inc.) ', message: /media caption/ }],
    output: article(TITLE, P1, 'Boston, Massachusetts; Austin, Texas; Denver, Colorado and Tampa, Florida', P2, P3),
  },
  {
    name: "a post's date, writer and comment prompt on one line",
    text: article("May 2, 2019 Posted by Jane Doe Leave a comment", TITLE, P1, P2, P3),
    errors: [{ line: 1, column: 1, text: 'May 2, 2019 Posted by Jane Doe Leave a comment', message: /comment form.*cue "Leave a comment"/ }],
    output: article(TITLE, P1, P2, P3),
  },
  {
    name: "a post's category, permalink and comment count glued to the article's last sentence",
    text: article(TITLE, P1, P2, 'We will report on the results of the vote next month. Posted in Local Politics | Permalink | 3 Comments'),
    errors: [{ text: ' Posted in Local Politics | Permalink | 3 Comments', message: /cue "(?:Permalink|\| 3 Comments)"/ }],
    output: article(TITLE, P1, P2, 'We will report on the results of the vote next month.'),
  },
  between('an instant download offered in capitals', 'GET THE CHECKLIST: INSTANT DOWNLOAD!', /call to action.*cue "INSTANT DOWNLOAD"/),
  {
    name: "a widget's heading after its site's name, and its list item, before the title",
    text: article('Springfield Herald Top Stories', '- Storm closes the coast road for a second day', TITLE, P1, P2, P3),
    errors: [{ line: 1, column: 1, text: 'Springfield Herald Top Stories\n\n- Storm closes the coast road for a second day', message: /related links.*cue "Top Stories"/ }],
    output: article(TITLE, P1, P2, P3),
  },
  {
    name: "another story's teaser between two pieces of furniture before the body",
    text: article('Filed under:', 'Counting the Snaps', "The county's defensive numbers, stats and notes: Week 9", 'The defense is dealing with a run of injuries right now.', 'Share this story', TITLE, P1, P2, P3),
    errors: [
      {
        line: 1,
        column: 1,
        text: "Filed under:\n\nCounting the Snaps\n\nThe county's defensive numbers, stats and notes: Week 9\n\nThe defense is dealing with a run of injuries right now.\n\nShare this story",
        message: /\((?:share widget|post metadata)\).*cue "Filed under"/,
      },
    ],
    output: null,
  },
  {
    name: "a Korean widget's heading after its site's name takes the list items under it",
    text: article('한빛일보 주요뉴스', '- 시장, 새 도서관 문 열어', '- 해안 도로 이틀째 통제', ...KO),
    errors: [{ line: 1, column: 1, text: '한빛일보 주요뉴스\n\n- 시장, 새 도서관 문 열어\n\n- 해안 도로 이틀째 통제', message: /related links.*cue "주요뉴스"/ }],
    output: article(...KO),
  },
  {
    name: "a short article's sentence between a related list and a share line stays: with no body paragraph, nothing is outside the body",
    text: article('Flood waters recede in river towns', 'Residents of three towns began returning home on Sunday as the water receded.', 'Related stories', 'Storm season starts early', 'How to prepare for a flood', 'The state has asked for federal aid. The governor will visit on Monday.', 'Share this article on Facebook. Share on Twitter. Share by email.'),
    errors: [
      { text: 'Related stories\n\nStorm season starts early', message: /related links/ },
      { text: 'Share this article on Facebook. Share on Twitter. Share by email.', message: /share widget/ },
    ],
    output: article('Flood waters recede in river towns', 'Residents of three towns began returning home on Sunday as the water receded.', 'How to prepare for a flood', 'The state has asked for federal aid. The governor will visit on Monday.'),
  },
  {
    name: 'a table after a continue-reading label stays',
    text: article(TITLE, P1, 'Continue Reading Below', '| Ticker | Company | Last |', '|---|---|---|', '| ABC | Example Corp. | 12.50 |', P2, P3),
    errors: [{ text: 'Continue Reading Below', message: /cue "Continue Reading"/ }],
    output: article(TITLE, P1, '| Ticker | Company | Last |', '|---|---|---|', '| ABC | Example Corp. | 12.50 |', P2, P3),
  },
  {
    name: 'a sentence that ends the page after furniture is the article\'s last line',
    text: article(TITLE, P1, P2, 'GET THE APP BY CLICKING HERE', 'Shares of the company rose 4 percent in early trading on Friday.'),
    errors: [{ text: 'GET THE APP BY CLICKING HERE', message: /related links/ }],
    output: article(TITLE, P1, P2, 'Shares of the company rose 4 percent in early trading on Friday.'),
  },
  {
    name: 'two sentences after furniture resume the article though one holds a weak UI word',
    text: article(TITLE, P1, P2, 'Read more: Storm closes the coast road', 'The exchange shares its listing rules with small investors who apply early.', 'The ceremony is due to be held at the exchange next Tuesday.'),
    errors: [{ text: 'Read more: Storm closes the coast road', message: /related links/ }],
    output: article(TITLE, P1, P2, 'The exchange shares its listing rules with small investors who apply early.', 'The ceremony is due to be held at the exchange next Tuesday.'),
  },
  {
    name: 'a call to action that ends the page after furniture is furniture',
    text: article(TITLE, P1, P2, P3, 'Follow the Morning Show on Instagram, Facebook and Twitter', 'Listen to the show live at 9 on weekdays, or listen again later here.'),
    errors: [{ text: 'Follow the Morning Show on Instagram, Facebook and Twitter\n\nListen to the show live at 9 on weekdays, or listen again later here.', message: /social follow prompt/ }],
    output: null,
  },
);

// A site's listing of other posts, cut at one length, at the page's edge: a shape of the site's, in any language.
invalid.push(
  {
    name: "a listing of other posts after the article: headlines and excerpts cut at one length",
    text: article(TITLE, P1, P2, P3, ...LISTING),
    errors: [{ text: LISTING.join('\n\n'), message: /related links.*excerpts of other posts cut off at one length/, expected: [''] }],
    output: null,
  },
  {
    name: 'a listing of excerpts cut after one number of words, in Portuguese, after the article',
    text: article(...PT, ...PT_POSTS.map((post) => cutAtWords(post, 30))),
    errors: [{ text: PT_POSTS.map((post) => cutAtWords(post, 30)).join('\n\n'), message: /excerpts of other posts/ }],
    output: null,
  },
  {
    name: "a related list's heading glued to its headlines in one long line",
    text: article(TITLE, P1, P2, P3, 'More Herald Stories Mayor opens the new library on Main Street with a reading room for children How the county fair got its rodeo back after ten years The plan to save the old mill with a market for local makers What the new school hours mean for parents who work early shifts in town'),
    errors: [{ text: 'More Herald Stories Mayor opens the new library on Main Street with a reading room for children How the county fair got its rodeo back after ten years The plan to save the old mill with a market for local makers What the new school hours mean for parents who work early shifts in town', message: /related links.*cue "More Herald Stories"/ }],
    output: CLEAN,
  },
  {
    name: "a blog's listing after the article: headline, date, excerpt cut after one number of words, read-more link",
    text: article(TITLE, P1, P2, P3, ...POSTS.slice(0, 3).flatMap(([headline, summary], k) => [headline, `June ${k + 3}, 2019`, cutAtWords(summary, 24), 'Read more'])),
    errors: [{ text: POSTS.slice(0, 3).flatMap(([headline, summary], k) => [headline, `June ${k + 3}, 2019`, cutAtWords(summary, 24), 'Read more']).join('\n\n'), message: /related links/ }],
    output: null,
  },
  {
    name: 'a listing that fills the page takes its one-word heading',
    text: article('Offers', ...LISTING),
    errors: [{ line: 1, column: 1, text: ['Offers', ...LISTING].join('\n\n'), message: /excerpts of other posts/ }],
    output: null,
  },
);

// Before the body, a run of other stories shares their topic: its last line is one of them when the body lacks that topic.
const FERRY_HEADLINES = ['Harbour Ferry Adds a Late Crossing for the Summer', 'Harbour Ferry Fares to Rise in the Spring: See Full List', 'New Captain Named for the Harbour Ferry Fleet'];
const FERRY_PARAGRAPH = 'The new bridge would replace the harbour ferry, which has carried cars across the river since 1961 and which the council says it can no longer afford to run.';
invalid.push(
  {
    name: "the last of a run of other stories before the body shares their topic, which the body lacks: not the title",
    text: article(...FERRY_HEADLINES, 'Ten Things to Know About the Harbour Ferry Timetable', P1, P2, P3),
    errors: [{ line: 1, column: 1, text: [...FERRY_HEADLINES, 'Ten Things to Know About the Harbour Ferry Timetable'].join('\n\n'), message: /a run of headlines before the article's first paragraph/ }],
    output: null,
  },
  {
    name: "a title that shares the run's topic, which its body uses, stays",
    text: article(...FERRY_HEADLINES, 'A bridge to replace the harbour ferry', P1, FERRY_PARAGRAPH, P2),
    errors: [{ line: 1, column: 1, text: FERRY_HEADLINES.join('\n\n'), message: /a run of headlines before the article's first paragraph/ }],
    output: null,
  },
);

// A site's menu outside the body (issue 16, held-out pages): a run of short names in title case, before or after the body.
const MENU = ['Local News', 'Weather', 'Sports', 'High School Sports', 'Opinion', 'Letters to the Editor', 'Obituaries', 'Classifieds'];
invalid.push(
  {
    name: "a site's menu before the title",
    text: article(...MENU, TITLE, P1, P2, P3),
    errors: [{ line: 1, column: 1, text: MENU.join('\n\n'), message: /a run of short names, a site's menu/, expected: [''] }],
    output: null,
  },
  {
    name: "a site's footer links after the body, in list items",
    text: article(TITLE, P1, P2, P3, ...MENU.map((item) => `- ${item}`)),
    errors: [{ text: MENU.map((item) => `- ${item}`).join('\n\n'), message: /a run of short names, a site's menu/ }],
    output: null,
  },
);
const SECTIONS = ['Why a bridge', 'What it costs', 'Who pays', 'When it opens', 'What comes next', 'The vote'];
invalid.push({
  name: "a menu in sentence case before the body, as other languages write menus",
  text: article('Accueil', 'Annonces emploi', 'Annonces immo', 'Cours d’anglais', 'Comparateur de banques', 'Modèles de lettres', TITLE, P1, P2, P3),
  errors: [{ line: 1, column: 1, message: /a run of short names, a site's menu/ }],
  output: null,
});
valid.push(
  {
    name: "the article's table of contents before its body: its items are the headings of the body's sections",
    text: article(TITLE, ...SECTIONS, ...SECTIONS.flatMap((heading, k) => [heading, [P1, P2, P3][k % 3]!])),
  },
  { name: 'short lines in sentence case after the body (a poem\'s) are no menu', text: article(TITLE, P1, P2, P3, 'The river runs', 'Under the bridge', 'Cars go over', 'Boats go under', 'Nobody waits', 'Everyone pays') },
  { name: "the article's own short lines above its body: title, byline, date, section", text: article('Business', TITLE, 'By Jane Doe', 'Staff Writer', 'Valley Gazette', P1, P2, P3) },
  { name: 'a short list between the paragraphs is the article\'s', text: article(TITLE, P1, ...MENU, P2, P3) },
  { name: 'a list of names in lower case after the body (ingredients) is no menu', text: article(TITLE, P1, P2, P3, 'Ingredients', 'flour', 'sugar', 'two eggs', 'butter', 'a pinch of salt', 'milk') },
  { name: 'five short names after the body are too few for a menu', text: article(TITLE, P1, P2, P3, ...MENU.slice(0, 5)) },
);

// jusText's context, however long the run: short labels between two pieces of furniture are furniture, in the body too.
const PLAYER = ['Advertisement', 'Play', 'Fullscreen', 'Current Time 0:00', 'Previous', 'Next', 'Share on Facebook'];
invalid.push({
  name: "a video player's controls between an ad marker and a share button, between the paragraphs",
  text: article(TITLE, P1, ...PLAYER, P2, P3),
  errors: [{ text: PLAYER.join('\n\n'), message: /share widget|ad marker/ }],
  output: null,
});
invalid.push({
  name: "a sentence among short lines between two ad markers keeps them the article's",
  text: article(TITLE, P1, 'Advertisement', 'What to bring', 'Two eggs and a cup of flour.', 'Butter', 'Advertisement', P2, P3),
  errors: [
    { text: 'Advertisement', line: 5, message: /ad marker/ },
    { text: 'Advertisement', line: 13, message: /ad marker/ },
  ],
  output: article(TITLE, P1, 'What to bring', 'Two eggs and a cup of flour.', 'Butter', P2, P3),
});

// A long menu among the paragraphs: a page whose promotion above the menu is long enough for a paragraph.
const PROMO = 'Protect yourself and your family this winter by learning the signs of the flu, how it spreads, when to see a doctor and how to keep your home free of germs.';
const LONG_MENU = [...MENU, 'Business', 'Real Estate', 'Travel', 'Food and Drink', 'Arts and Culture'];
invalid.push({
  name: "a long menu between a promotion's paragraph and the article",
  text: article(PROMO, ...LONG_MENU, TITLE, P1, P2, P3),
  errors: [{ text: LONG_MENU.join('\n\n'), message: /a run of short names, a site's menu/ }],
  output: null,
});
valid.push({
  name: "the article's table of contents after its first paragraph: its items head the sections further on",
  text: article(TITLE, P1, ...LONG_MENU, ...LONG_MENU.flatMap((heading, k) => [heading, [P1, P2, P3][k % 3]!])),
});

// Menus and short labels in any script (issue 16, held-out pages): in writing without capitals a name's length is its letters.
/** A paragraph of Japanese long enough for the body's (sixty characters or more). */
const JA_PARAGRAPH = JA[1]! + JA[2]!;
const CJK_MENU = ['时政', '国际', '时评', '理论', '文化', '科技', '教育'];
invalid.push(
  {
    name: "a site's menu in Chinese before the title: names of a few letters, no sentence",
    text: article(...CJK_MENU, TITLE, P1, P2, P3),
    errors: [{ line: 1, column: 1, text: CJK_MENU.join('\n\n'), message: /a run of short names, a site's menu/ }],
    output: null,
  },
  {
    name: "a site's menu in Japanese after a Japanese article",
    text: article(JA[0]!, JA_PARAGRAPH, JA_PARAGRAPH, 'トップ', '速報', '写真', '映像', '雑誌', 'ビジネス', 'ランキング'),
    errors: [{ text: ['トップ', '速報', '写真', '映像', '雑誌', 'ビジネス', 'ランキング'].join('\n\n'), message: /a run of short names, a site's menu/ }],
    output: null,
  },
  {
    name: 'short labels in Japanese between an ad marker and a share button',
    text: article(TITLE, P1, 'Advertisement', 'トップ', '速報', '写真', 'Share on Facebook', P2, P3),
    errors: [{ text: ['Advertisement', 'トップ', '速報', '写真', 'Share on Facebook'].join('\n\n'), message: /ad marker|share widget/ }],
    output: null,
  },
  {
    name: "a menu's names in sentence case go with its names in title case after the body",
    text: article(TITLE, P1, P2, P3, 'Local News', 'Weather', 'Sports', 'Letters to the editor', 'Opinion', 'Obituaries', 'Classifieds', 'Puzzles and games'),
    errors: [{ text: ['Local News', 'Weather', 'Sports', 'Letters to the editor', 'Opinion', 'Obituaries', 'Classifieds', 'Puzzles and games'].join('\n\n'), message: /a run of short names, a site's menu/ }],
    output: null,
  },
);
valid.push(
  { name: 'short Japanese sentences after a Japanese article are no menu', text: article(JA[0]!, JA_PARAGRAPH, JA_PARAGRAPH, '橋は来年完成する。', '費用は市が払う。', '反対も多い。', '工事は春に始まる。', '道は一時閉じる。', '市長は満足だ。') },
  { name: 'Japanese lines of more than eight letters after a Japanese article are no menu', text: article(JA[0]!, JA_PARAGRAPH, JA_PARAGRAPH, '新しい橋の建設について', '市議会の議論の経緯と今後', '農家とトラック運転手の声', '州議会での争いの見通し', '工事期間中の交通規制', '完成後の通行料金の案') },
  { name: 'a list in sentence case after the body with fewer than six names in title case is no menu', text: article(TITLE, P1, P2, P3, 'Local News', 'Weather', 'Letters to the editor', 'Sports', 'Puzzles and games', 'Opinion', 'Obituaries') },
);

// Comment threads: the comments between their reply buttons, and a thread below the comment form that stands under its heading.
// Comments long enough for body paragraphs, written in the third person: only their reply buttons tell them.
const THREAD = [
  'Leave a Reply',
  'Jane Doe',
  'The council has raised this tax three times in ten years, and nobody at the town hall has ever shown where the money from the last increase actually went.',
  'Reply',
  'Tom Smith',
  'Bridges in this county always cost twice what the plans say, and the last one took six years to finish while the ferry sat idle at the landing.',
  'Reply',
];
invalid.push({
  name: 'reader comments between their reply buttons after the body',
  text: article(TITLE, P1, P2, P3, ...THREAD),
  errors: [{ text: THREAD.join('\n\n'), message: /comment form/ }],
  output: null,
});
invalid.push({
  name: 'one reply button is no thread: the paragraphs between it and the furniture above stay',
  text: article(TITLE, P1, 'Advertisement', THREAD[2]!, P2, 'Reply', P3),
  errors: [
    { text: 'Advertisement', message: /ad marker/ },
    { text: 'Reply', message: /comment form/ },
  ],
  output: article(TITLE, P1, THREAD[2]!, P2, P3),
});
const FORM_THREAD = ['12 Comments', 'Leave a Reply', 'Name *', 'Email *', 'Website'];
const FIRST_PERSON_COMMENTS = ['I drive that road every day and I think the tax is fair.', 'My family pays enough already, and I will vote against the mayor next year.'];
invalid.push({
  name: 'a comment thread under its heading, with the comment form between them',
  text: article(TITLE, P1, P2, P3, ...FORM_THREAD, ...FIRST_PERSON_COMMENTS),
  errors: [{ text: [...FORM_THREAD, ...FIRST_PERSON_COMMENTS].join('\n\n'), message: /comment form/ }],
  output: null,
});

// Single lines a real extractor leaves between or after the body, in German, Spanish, French, Italian, Portuguese, Dutch
// and Polish; the same words inside a sentence of the article stay. A read-also cue is a prefix with a colon, or a heading
// alone on its line.
const BODIES = {
  de: DE,
  es: [
    'El concejo aprueba un impuesto para el puente',
    'El concejo municipal aprobó el martes subir dos centavos el impuesto a la gasolina, y el alcalde dijo que el dinero pagará el nuevo puente sobre el río.',
    'Los opositores de la medida dijeron que la carga caerá sobre los agricultores y los camioneros que más usan las carreteras, y prometieron llevar la pelea a la asamblea.',
  ],
  fr: [
    'Le conseil vote une taxe pour le pont',
    'Le conseil municipal a voté mardi une hausse de deux centimes de la taxe sur l’essence, et le maire a dit que cet argent paiera le nouveau pont sur la rivière.',
    'Les opposants à la mesure estiment que la charge pèsera surtout sur les agriculteurs et les routiers qui utilisent le plus les routes, et ils promettent de porter le combat devant l’assemblée.',
  ],
  it: [
    'Il consiglio approva una tassa per il ponte',
    'Il consiglio comunale ha approvato martedì un aumento di due centesimi della tassa sulla benzina, e il sindaco ha detto che i soldi pagheranno il nuovo ponte sul fiume.',
    'Gli oppositori della misura sostengono che il peso cadrà soprattutto sugli agricoltori e sui camionisti che usano di più le strade, e promettono battaglia in consiglio regionale.',
  ],
  pt: PT,
  nl: [
    'Gemeenteraad keurt belasting voor de brug goed',
    'De gemeenteraad heeft dinsdag besloten de belasting op benzine met twee cent per liter te verhogen, en de burgemeester zei dat het geld de nieuwe brug over de rivier zal betalen.',
    'Tegenstanders van de maatregel zeggen dat de last vooral bij de boeren en de vrachtwagenchauffeurs komt te liggen, die de wegen het meest gebruiken, en beloven verzet in de provincie.',
  ],
  pl: [
    'Rada uchwala podatek na most',
    'Rada miasta we wtorek podniosła podatek od benzyny o dwa grosze na litrze, a burmistrz powiedział, że pieniądze pójdą na budowę nowego mostu na rzece.',
    'Przeciwnicy tej decyzji twierdzą, że ciężar spadnie przede wszystkim na rolników i kierowców ciężarówek, którzy najczęściej korzystają z dróg, i zapowiadają walkę w sejmiku.',
  ],
} as const;
type BodyLanguage = keyof typeof BODIES;

/** One line of furniture between the paragraphs of an article in another language. */
function foreignBetween(language: BodyLanguage, furniture: string, message: RegExp): InvalidRuleCase {
  const [title, first, second] = BODIES[language];
  return { name: `${language}: ${furniture}`, text: article(title!, first!, furniture, second!), errors: [{ text: furniture, message }], output: article(title!, first!, second!) };
}

/** A sentence of the article between its paragraphs, using a cue's words. */
function foreignSentence(language: BodyLanguage, sentence: string): RuleCase {
  const [title, first, second] = BODIES[language];
  return { name: `${language}, the article's own sentence: ${sentence}`, text: article(title!, first!, sentence, second!) };
}

invalid.push(
  // Read-also prefixes and related headings.
  foreignBetween('de', 'Lesen Sie hier: Neue Radwege für die Innenstadt', /related links/),
  foreignBetween('de', 'Siehe auch', /related links/),
  foreignBetween('es', 'Lea más: El alcalde inaugura la nueva biblioteca', /related links/),
  foreignBetween('es', 'PUEDES VER: ¿Quién pagará el nuevo puente del río?', /related links/),
  foreignBetween('fr', 'À lire aussi : Le maire inaugure la nouvelle bibliothèque', /related links/),
  foreignBetween('it', 'Leggi anche: Il sindaco inaugura la nuova biblioteca', /related links/),
  foreignBetween('pt', 'Saiba mais: Prefeito inaugura nova biblioteca', /related links/),
  foreignBetween('nl', 'Lees ook: Burgemeester opent nieuwe bibliotheek', /related links/),
  foreignBetween('pl', 'Czytaj też: Burmistrz otwiera nową bibliotekę', /related links/),
  // Appeals.
  foreignBetween('de', 'Abonniere unseren Newsletter und verpasse keine Nachrichten aus der Stadt.', /newsletter/),
  foreignBetween('es', 'Síguenos en Facebook y Twitter', /follow/),
  foreignBetween('fr', 'Abonnez-vous à notre newsletter', /newsletter/),
  // Rights, source and disclaimer lines.
  foreignBetween('de', 'Dieser Beitrag gibt die Meinung des Autors wieder.', /rights/),
  foreignBetween('de', 'Quelle: Stadtverwaltung', /rights/),
  foreignBetween('es', 'Fuente: Ayuntamiento', /rights/),
  foreignBetween('it', 'Fonte: Comune', /rights/),
  foreignBetween('nl', 'Bron: gemeente', /rights/),
  foreignBetween('pl', 'Źródło: PAP', /rights/),
  // Post metadata.
  foreignBetween('de', 'Letzte Aktualisierung am 2.02.2022', /post metadata/),
  foreignBetween('fr', 'Publié le 3 mars 2021', /post metadata/),
  foreignBetween('pl', 'Opublikowano: 2021-04-29 17:13', /post metadata/),
  // Author boxes.
  foreignBetween('de', 'Über die Autorin', /author box/),
  foreignBetween('es', 'Sobre la autora', /author box/),
  // An author box's heading before a biography (a biography in another language is not told from the article's prose: it stays).
  {
    name: 'pl: an author box heading before a biography',
    text: article(...BODIES.pl, 'O autorze', 'Jan Kowalski jest reporterem gazety od 2010 roku.'),
    errors: [{ text: 'O autorze', message: /author box/ }],
    output: article(...BODIES.pl, 'Jan Kowalski jest reporterem gazety od 2010 roku.'),
  },
  // A placeholder of an embed that waits for consent.
  foreignBetween('de', 'Wir respektieren deine Privatsphäre und laden das Video erst mit deinem Einverständnis', /cookie notice/),
  foreignBetween('de', 'Klicken Sie auf den Button, um den Inhalt von YouTube zu laden.', /call to action|cookie notice/),
  foreignBetween('de', 'Noch mehr Infos für dich', /related links/),
  foreignBetween('pl', 'aja/PAP', /media caption/),
  // English appeals and notices.
  between('an appeal for letters', 'We want to hear what you think about this article. Submit a letter to the editor or write to letters@example.com.', /call to action/),
  between('an advertising disclosure', 'Advertising disclosure: We may receive compensation for some of the links in our stories. Thank you for supporting our advertisers.', /affiliate/),
  atEnd('a rights notice that calls the article copyrighted property', '© 2019 The Valley Gazette. This article is the copyrighted property of the Valley Gazette. Written permission must be obtained before reprint in online or print media.', /rights|footer/),
  between('an appeal for help', 'Help us continue to bring the news of the county to readers everywhere', /call to action/),
);
valid.push(
  foreignSentence('de', 'Lesen Sie hier, was der Minister zu den neuen Radwegen in der Innenstadt sagte.'),
  foreignSentence('de', 'Die Bauern folgen uns auf dem Weg zum Landtag nicht, sagte der Bürgermeister am Abend.'),
  foreignSentence('de', 'Die Quelle des Flusses liegt im Gebirge, weit oberhalb der neuen Brücke.'),
  foreignSentence('de', 'Aktualisiert wurde der Plan zuletzt im Jahr 1990, sagte der Stadtrat am Dienstag.'),
  foreignSentence('de', 'Zur Autorin des Gutachtens wollte sich der Stadtrat am Dienstag nicht äußern.'),
  foreignSentence('de', 'Ohne ihr Einverständnis darf die Stadt das Grundstück am Fluss nicht kaufen, sagte die Besitzerin.'),
  foreignSentence('de', 'Werbung nervt die Anwohner schon lange, sagte der Bürgermeister am Dienstag.'),
  foreignSentence('de', 'Klicken Sie auf Speichern, damit die Änderungen am Antrag für die Brücke erhalten bleiben.'),
  foreignSentence('de', 'Mehr Informationen über die Kosten der Brücke will der Stadtrat im Frühjahr vorlegen.'),
  foreignSentence('pl', 'Agencja PAP/AFP podała we wtorek nowe dane o ruchu na moście.'),
  foreignSentence('es', 'Puede ver el nuevo puente desde la plaza mayor, dijo el alcalde a los vecinos.'),
  foreignSentence('fr', 'Les opposants veulent lire aussi le rapport du préfet avant le vote de mardi.'),
  foreignSentence('pl', 'Czytaj też uważnie umowę, radzi burmistrz mieszkańcom przed głosowaniem.'),
  { name: 'an English sentence about written permission', text: article(TITLE, P1, 'The museum received written permission from the family to show the letters, the curator said on Tuesday.', P2) },
  { name: 'a quoted appeal in an English sentence', text: article(TITLE, P1, 'The mayor told the farmers that the council would like to hear from you before the vote, and promised a meeting in every town.', P2) },
);

// The article's own lists and tables read as menus or credits (issue 16, held-out pages): a numbered table of contents whose
// entries are the article's headings further down, a list that repeats a name at a row's period, a table's label over its values.
const CONTENTS = ['1 Why a bridge', '2 What it costs', '3 See also', '4 Further reading'];
const WINES = ['Valley Reserve Red', 'Hillside Winery, Springfield', 'Valley Reserve Red', 'Old Mill Cellars, Springfield', 'Valley Reserve Red', 'River Bend Estate, Springfield'];
valid.push(
  { name: "a list after the body that repeats a wine's name above each producer: a table's rows, no menu", text: article(TITLE, P1, P2, P3, ...WINES) },
  { name: "a table's label whose units a slash parts, above its values, is no picture credit", text: article(TITLE, P1, P2, P3, 'Engine power hp/kW', '180/132') },
);
invalid.push(
  {
    // The headings themselves are cued as ever; the entries that name them are the article's.
    name: "a numbered table of contents whose entries are the article's headings further down",
    text: article(TITLE, P1, ...CONTENTS, 'Why a bridge', P2, 'What it costs', P3, 'See also', P1, 'Further reading', P2),
    errors: [
      { text: 'See also', line: 21, message: /related links/ },
      { text: 'Further reading', line: 25, message: /related links/ },
    ],
    // Once the headings are gone, their entries head nothing further down and go on the next pass.
    output: article(TITLE, P1, ...CONTENTS.slice(0, 2), 'Why a bridge', P2, 'What it costs', P3, P1, P2),
  },
  {
    name: 'numbered related headings after the body that head nothing further down',
    text: article(TITLE, P1, P2, P3, '1 See also', '2 Further reading'),
    errors: [{ text: '1 See also\n\n2 Further reading', message: /related links/ }],
    output: CLEAN,
  },
  {
    name: "a menu after the body whose sections repeat a name at uneven distances",
    text: article(TITLE, P1, P2, P3, 'Local News', 'Weather', 'Photos', 'Sports', 'High School Sports', 'Photos', 'Opinion', 'Photos', 'Obituaries'),
    errors: [{ text: ['Local News', 'Weather', 'Photos', 'Sports', 'High School Sports', 'Photos', 'Opinion', 'Photos', 'Obituaries'].join('\n\n'), message: /a run of short names, a site's menu/ }],
    output: null,
  },
  atEnd("a picture's credit with its outlet after a slash", 'Jane Doe/Example News', /media caption/),
);

// The site speaking to its readers in their language (issue 16, held-out pages): `du`, `Sie`, `wir`, and the formal imperative
// (`Verraten Sie …`) count as the English `you`, `we` and a call to action do, beside a cue of the line's language.
const DE_CONSENT = 'Wir respektieren deine Privatsphäre: Ohne dein Einverständnis zeigen wir hier keine Karte eines externen Anbieters. In den Einstellungen kannst du das jederzeit ändern.';
const DE_APPEAL = 'Verraten Sie uns in den Kommentaren Ihre Meinung!';
valid.push({
  name: 'a German sentence of the article that mentions the comments and says "wir"',
  text: article(DE[0]!, DE[1]!, 'Wir haben in den Kommentaren viele Fragen gelesen, und der Bürgermeister hat versprochen, sie alle zu beantworten.', DE[2]!),
});
invalid.push(
  { name: 'a German consent notice written to the reader in sentences', text: article(...DE, DE_CONSENT), errors: [{ text: DE_CONSENT, message: /cookie notice/ }], output: article(...DE) },
  { name: 'a German appeal in the formal imperative with a comment cue', text: article(...DE, DE_APPEAL), errors: [{ text: DE_APPEAL, message: /comment form/ }], output: article(...DE) },
);

const cases: RuleCases = { valid, invalid };
export default cases;
