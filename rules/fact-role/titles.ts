// Titles as written before names (`Gov.`, `Lt. Gov.`, `Secretary of State`,
// `PM`) and how to tell whether two spellings name the same office: both
// are reduced to a canonical core (`Labor Secretary`, `Secretary of State`
// -> `secretary`; `Lt. Gov.` -> `lieutenant governor`, which is not
// `governor`).

/** Offices recognisable as titles even when no glossary entity holds them. */
const STANDARD_TITLES = [
  'President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'Premier', 'Chancellor',
  'Governor', 'Lieutenant Governor', 'Governor General', 'Senator', 'Representative', 'Congressman', 'Congresswoman',
  'Mayor', 'Judge', 'Justice', 'Chief Justice', 'Ambassador', 'Secretary', 'Secretary of State', 'Secretary General',
  'Attorney General', 'General', 'Admiral', 'Colonel', 'Dictator', 'Chairman', 'Chairwoman', 'King', 'Queen',
  'Prince', 'Princess', 'Crown Prince', 'Emperor', 'Empress', 'Pope', 'Cardinal', 'Archbishop', 'Bishop', 'Speaker',
  'Minister', 'Foreign Minister', 'Defense Minister', 'Finance Minister', 'Marshal', 'Field Marshal', 'Commissioner',
  'Councilman', 'Councilwoman', 'Treasurer', 'Sheriff', 'Sultan', 'Shah', 'Emir', 'Captain', 'Major', 'Lieutenant',
  'Sergeant', 'Commander', 'Director', 'Superintendent',
  // Abbreviations, as newspapers write them before a name.
  'Gov.', 'Lt. Gov.', 'Sen.', 'Rep.', 'Gen.', 'Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.', 'Atty. Gen.', 'Adm.', 'Col.', 'Capt.', 'Maj.', 'Lt.', 'Sgt.', 'Cmdr.', 'Supt.', 'Pres.', 'Amb.', 'PM',
];

/** Forms of address, not offices: never a claim about a role. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'messrs', 'mme', 'mlle', 'sir', 'dame', 'madam', 'herr']);

const ABBREVIATIONS: Record<string, string> = {
  gov: 'governor',
  lt: 'lieutenant',
  sen: 'senator',
  rep: 'representative',
  gen: 'general',
  atty: 'attorney',
  adm: 'admiral',
  col: 'colonel',
  capt: 'captain',
  maj: 'major',
  brig: 'brigadier',
  cmdr: 'commander',
  comdr: 'commander',
  pres: 'president',
  sec: 'secretary',
  secy: 'secretary',
  amb: 'ambassador',
  supt: 'superintendent',
  prof: 'professor',
  dr: 'doctor',
  rev: 'reverend',
  msgr: 'monsignor',
  pm: 'prime minister',
  vp: 'vice president',
};

/** Different names of one office. */
const SYNONYMS: [RegExp, string][] = [
  [/\bpremier\b/g, 'prime minister'],
  [/\bcongress(?:man|woman)\b/g, 'representative'],
  [/\bchairwoman\b/g, 'chairman'],
  [/\bcouncilwoman\b/g, 'councilman'],
];

/**
 * The offices a title reduces to, longest first: a title is its longest
 * core (`Defense Secretary` -> `secretary`), and one core never stands for
 * another (`vice president` is not `president`).
 */
const CORES = [
  'deputy prime minister', 'vice president', 'prime minister', 'lieutenant governor', 'governor general', 'attorney general',
  'secretary general', 'chief justice', 'assistant secretary', 'under secretary', 'undersecretary', 'deputy secretary',
  'crown prince', 'president', 'chancellor', 'governor', 'senator', 'representative', 'mayor', 'judge', 'justice',
  'ambassador', 'secretary', 'general', 'admiral', 'colonel', 'dictator', 'chairman', 'king', 'queen', 'prince',
  'princess', 'emperor', 'empress', 'pope', 'cardinal', 'archbishop', 'bishop', 'speaker', 'minister', 'marshal',
  'commissioner', 'councilman', 'treasurer', 'sheriff', 'sultan', 'shah', 'doctor', 'professor', 'reverend', 'emir',
  // Ranks that also qualify other titles (`Lt. Gen.`, `Maj. Gen.` are generals) come last among single words.
  'captain', 'major', 'lieutenant', 'sergeant', 'commander', 'director', 'superintendent',
].sort((a, b) => b.split(' ').length - a.split(' ').length);

/** `Lt. Gov.` -> `lieutenant governor`, `Vice-President` -> `vice president`. */
export function canonicalTitle(title: string): string {
  let words = title
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[\s\u00a0-]+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w && w !== 'the')
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(' ');
  for (const [re, replacement] of SYNONYMS) words = words.replace(re, replacement);
  return words;
}

/** The office a title names (see CORES); the whole canonical title when it holds no known office. */
export function titleCore(title: string): string {
  const canonical = canonicalTitle(title);
  const padded = ` ${canonical} `;
  return CORES.find((core) => padded.includes(` ${core} `)) ?? canonical;
}

export function isHonorific(title: string): boolean {
  return HONORIFICS.has(canonicalTitle(title));
}

/** A title that announces an office not yet taken (`Mayor-elect`, `Secretary-designate`). */
export function isTitleToCome(title: string): boolean {
  return /\b(?:elect|designate)\b/.test(canonicalTitle(title));
}

/** Words a capitalised title keeps in lower case (`Secretary of Labor`). */
const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'to', 'at', 'in']);

/**
 * Every spelling to look for before a name: the standard titles and every
 * title and title alias of the glossary, honorifics left out, each as
 * written, lower-cased and capitalised.
 */
export function titleSpellings(glossaryTitles: Iterable<string>): string[] {
  const spellings = new Set<string>();
  for (const title of [...STANDARD_TITLES, ...glossaryTitles]) {
    const trimmed = title.trim();
    if (!trimmed || isHonorific(trimmed)) continue;
    spellings.add(trimmed);
    spellings.add(trimmed.toLowerCase());
    spellings.add(trimmed.replace(/(^|[\s-])(\p{Ll}[\p{L}.]*)/gu, (_, sep: string, word: string) => sep + (sep && MINOR_WORDS.has(word) ? word : word[0]!.toUpperCase() + word.slice(1))));
  }
  return [...spellings].sort((a, b) => b.length - a.length);
}

/** A regular-expression source matching any of the spellings, spaces and hyphens interchangeable, an abbreviation's dot optional (`Gov Rusk`). */
export function titleAlternation(spellings: readonly string[]): string {
  return spellings
    .map((s) =>
      s
        .split(/[\s\u00a0-]+/)
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\.$/, '\\.?'))
        .join('[\\s\\u00a0-]+'),
    )
    .join('|');
}
