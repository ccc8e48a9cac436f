import type { GlossaryData } from '../../src/config/glossary.js';
import type { RuleCases } from '../../src/engine/rule-tester.js';

/** People of February 2025, with terms that end and start on known days. */
export const glossary2025: GlossaryData = {
  asOf: '2025-02-07',
  entities: [
    { name: 'Shigeru Ishiba', aliases: ['Ishiba'], type: 'person', roles: [{ title: 'Prime Minister', titleAliases: ['PM', 'Premier'], of: 'Japan', from: '2024-10-01' }] },
    { name: 'Fumio Kishida', aliases: ['Kishida'], type: 'person', roles: [{ title: 'Prime Minister', titleAliases: ['PM'], of: 'Japan', from: '2021-10-04', to: '2024-10-01' }] },
    { name: 'Shinzo Abe', aliases: ['Abe', 'Abe Shinzo'], type: 'person', roles: [{ title: 'Prime Minister', titleAliases: ['PM'], of: 'Japan', from: '2012-12-26', to: '2020-09-16' }] },
    {
      name: 'Donald Trump',
      aliases: ['Trump'],
      type: 'person',
      roles: [
        { title: 'President', titleAliases: [], of: 'United States', from: '2017-01-20', to: '2021-01-20' },
        { title: 'President', titleAliases: [], of: 'United States', from: '2025-01-20' },
      ],
    },
    {
      name: 'Joe Biden',
      aliases: ['Biden'],
      type: 'person',
      roles: [
        { title: 'President', titleAliases: [], from: '2021-01-20', to: '2025-01-20' },
        { title: 'Vice President', titleAliases: [], from: '2009-01-20', to: '2017-01-20' },
      ],
    },
    { name: 'Benjamin Netanyahu', aliases: ['Netanyahu'], type: 'person', roles: [{ title: 'Prime Minister', titleAliases: [], of: 'Israel', from: '2022-12-29' }] },
    { name: 'Akie Abe', type: 'person' },
  ],
};

/** People of 1961 as the dev glossaries write them: surnames, abbreviated titles, `from: 1950`. */
export const glossary1961: GlossaryData = {
  entities: [
    { name: 'Kennedy', type: 'person', roles: [{ title: 'President', titleAliases: [], from: '1950-01-01' }] },
    { name: 'Rusk', type: 'person', roles: [{ title: 'Secretary of State', titleAliases: [], from: '1950-01-01' }] },
    { name: 'Willy Brandt', aliases: ['Brandt'], type: 'person', roles: [{ title: 'Mayor', titleAliases: [], from: '1950-01-01' }] },
    { name: 'Eisenhower', type: 'person', roles: [{ title: 'President', titleAliases: [], to: '1961-01-01' }] },
    { name: 'Jackson', type: 'person', roles: [{ title: 'Sen.', titleAliases: ['Senator'], from: '1950-01-01' }] },
    { name: 'Goldberg', type: 'person', roles: [{ title: 'Secretary', titleAliases: ['Labor Secretary'], from: '1950-01-01' }] },
    { name: 'Johnson', type: 'person', roles: [{ title: 'Vice President', titleAliases: ['Vice-President'], from: '1950-01-01' }] },
    { name: 'Nelson Rockefeller', aliases: ['Rockefeller'], type: 'person', roles: [{ title: 'Governor', titleAliases: ['Gov.'], from: '1950-01-01' }] },
    { name: 'Robert Kennedy', aliases: ['Bobby'], type: 'person' },
  ],
};

const in2025 = { glossary: glossary2025, date: '2025-02-07' };
const in1961 = { glossary: glossary1961, date: '1961-06-01' };

const cases: RuleCases = {
  valid: [
    { name: 'current titles', text: 'President Donald Trump met Japanese Prime Minister Shigeru Ishiba on Friday.', ...in2025 },
    { name: 'possessive and nationality before the title', text: "Japan's Prime Minister Shigeru Ishiba followed Israeli Prime Minister Benjamin Netanyahu.", ...in2025 },
    { name: 'title alias', text: 'PM Ishiba flew to Washington.', ...in2025 },
    { name: 'a year at the end of a term excuses the current title', text: 'In 2021, President Trump left Washington.', ...in2025 },
    { name: 'a year between terms excuses former', text: 'Former President Trump, in 2023, spoke in Iowa.', ...in2025 },
    { name: 'former, held before', text: 'Trump enjoyed a rapport with former Prime Minister Shinzo Abe.', ...in2025 },
    { name: 'ex-, held before', text: 'Trump was close to ex-Prime Minister Shinzo Abe.', ...in2025 },
    { name: 'then-', text: 'He grew close to then-Japanese Prime Minister Abe Shinzo and formed a bond.', ...in2025 },
    { name: 'then- with a title held on no date', text: 'He grew close to then-President Abe.', ...in2025 },
    { name: 'late', text: 'The widow of the late Prime Minister Shinzo Abe attended.', ...in2025 },
    { name: 'quoted speech', text: 'He said: "Prime Minister Kishida will come."', ...in2025 },
    { name: 'a time frame: during his first term', text: 'During his first term, President Trump golfed with Prime Minister Abe.', ...in2025 },
    { name: 'a time frame: a year', text: 'In 2019, President Trump hosted Prime Minister Abe.', date: '2023-06-01', glossary: glossary2025 },
    { name: 'a time frame puts former in the past too', text: 'In 2022, former President Donald Trump announced his campaign.', ...in2025 },
    { name: 'appositive, former', text: 'Shinzo Abe, the former prime minister, was assassinated in Nara.', ...in2025 },
    { name: 'appositive, current', text: 'Donald Trump, the president, spoke first.', ...in2025 },
    { name: 'appositive without an article', text: 'Dean Rusk, Secretary of State, said so.', ...in1961, glossary: { entities: [{ name: 'Dean Rusk', aliases: ['Rusk'], type: 'person', roles: [{ title: 'Secretary of State', titleAliases: [], from: '1950-01-01' }] }] } },
    { name: 'an appositive office the glossary does not record', text: 'William Slim, First Viscount Slim, former Governor General of Australia, was the commander.', ...in1961, glossary: { entities: [{ name: 'Viscount Slim', type: 'person', roles: [{ title: 'Field Marshal', titleAliases: [], from: '1950-01-01' }] }] } },
    { name: 'a list of titled names is no appositive', text: 'Rusk, President Kennedy and Sen. Jackson met.', ...in1961 },
    { name: 'appositive with a possessive', text: "Ishiba, Japan's prime minister, arrived.", ...in2025 },
    { name: 'a term ending on the article date still holds', text: 'Prime Minister Fumio Kishida resigned today.', glossary: glossary2025, date: '2024-10-01' },
    { name: 'a term starting on the article date holds', text: 'Prime Minister Shigeru Ishiba took office today.', glossary: glossary2025, date: '2024-10-01' },
    { name: 'former on the day after a term', text: 'Former Prime Minister Fumio Kishida spoke.', glossary: glossary2025, date: '2024-10-02' },
    { name: 'a person without roles asserts nothing', text: 'President Akie Abe is no title of hers.', ...in2025 },
    { name: 'honorifics are not titles', text: 'Mr. Ishiba and Mrs. Abe met Ms. Kishida.', ...in2025 },
    { name: 'a lower-case title word used as a verb', text: 'It is too early to judge Trump on trade.', ...in2025 },
    { name: 'an office to come', text: 'President-elect Donald Trump named his cabinet.', glossary: glossary2025, date: '2024-12-01' },
    { name: 'no glossary', text: 'former President Donald Trump spoke.', date: '2025-02-07' },
    { name: 'abbreviated titles and aliases', text: 'Sen. Jackson and Senator Jackson met Labor Secretary Goldberg and Gov. Rockefeller.', ...in1961 },
    { name: 'Secretary of State for a Secretary', text: 'Secretary of State Rusk flew to Geneva.', ...in1961 },
    { name: 'hyphenated title alias', text: 'Vice-President Johnson landed.', ...in1961 },
    { name: 'given names the glossary leaves out', text: 'President John F. Kennedy spoke.', ...in1961 },
    { name: 'former of a past office', text: 'former President Eisenhower golfed.', ...in1961 },
    {
      name: 'an ambiguous alias asserts nothing',
      text: 'Ambassador Kennedy arrived.',
      glossary: {
        entities: [
          { name: 'John Kennedy', aliases: ['Kennedy'], type: 'person', roles: [{ title: 'President', titleAliases: [] }] },
          { name: 'Joseph Kennedy', aliases: ['Kennedy'], type: 'person', roles: [{ title: 'Banker', titleAliases: [] }] },
        ],
      },
      date: '1961-06-01',
    },
  ],
  invalid: [
    {
      name: 'former, but holds it on the date',
      text: 'Ishiba will meet former President Donald Trump at the White House.',
      ...in2025,
      errors: [{ line: 1, column: 18, text: 'former President Donald Trump', expected: ['President Donald Trump'], message: /holds "President" on 2025-02-07/ }],
      output: 'Ishiba will meet former President Donald Trump at the White House.',
    },
    {
      name: 'former with a place before it',
      text: "West Berlin's former Mayor Brandt demanded a firmer stand.",
      ...in1961,
      errors: [{ text: 'former Mayor Brandt', expected: ['Mayor Brandt'] }],
    },
    {
      name: 'ex-, but holds it',
      text: 'He met ex-President Kennedy.',
      ...in1961,
      errors: [{ text: 'ex-President Kennedy', expected: ['President Kennedy'], message: /: "ex-" is wrong$/ }],
    },
    {
      name: 'former vice president, who holds it',
      text: 'Thanks to former Vice President Johnson for the visit.',
      ...in1961,
      errors: [{ text: 'former Vice President Johnson', expected: ['Vice President Johnson'] }],
    },
    {
      name: 'current title after the term ended',
      text: 'Prime Minister Fumio Kishida gave advice.',
      ...in2025,
      errors: [{ text: 'Prime Minister Fumio Kishida', expected: ['Former Prime Minister Fumio Kishida'], message: /no longer held "Prime Minister" on 2025-02-07 \(until 2024-10-01\)/ }],
    },
    {
      name: 'the day after a term ends',
      text: 'He met PM Kishida.',
      glossary: glossary2025,
      date: '2024-10-02',
      errors: [{ text: 'PM Kishida', expected: ['former PM Kishida'] }],
    },
    {
      name: 'the day before a term starts',
      text: "Japan's Prime Minister Shigeru Ishiba spoke.",
      glossary: glossary2025,
      date: '2024-09-30',
      errors: [{ text: 'Prime Minister Shigeru Ishiba', message: /did not yet hold "Prime Minister" on 2024-09-30 \(from 2024-10-01\)/ }],
    },
    {
      name: 'between two terms',
      text: 'President Trump golfed.',
      glossary: glossary2025,
      date: '2023-06-01',
      errors: [{ text: 'President Trump', expected: ['Former President Trump'] }],
    },
    {
      name: 'an office left for another one: both suggested',
      text: 'The bill was signed by Vice President Biden.',
      glossary: glossary2025,
      date: '2022-06-01',
      errors: [{ text: 'Vice President Biden', expected: ['former Vice President Biden', 'President Biden'] }],
    },
    {
      name: 'a title the glossary never gives',
      text: 'President Ishiba arrived in Washington.',
      ...in2025,
      errors: [{ line: 1, column: 1, endColumn: 17, text: 'President Ishiba', expected: ['Prime Minister Ishiba'], message: /never gives Shigeru Ishiba the title "President"/ }],
    },
    {
      name: 'a title never given, whatever the time frame',
      text: 'In 2019, President Ishiba met Trump.',
      ...in2025,
      errors: [{ text: 'President Ishiba' }],
    },
    {
      name: 'a standard title that no glossary entity holds',
      text: 'Chancellor Kennedy refused to deliver an ultimatum.',
      ...in1961,
      errors: [{ text: 'Chancellor Kennedy', expected: ['President Kennedy'] }],
    },
    {
      name: 'an abbreviated title never given',
      text: 'By maintaining the deterrent, Gov. Rusk junks bluff.',
      ...in1961,
      errors: [{ text: 'Gov. Rusk', expected: ['Secretary of State Rusk'] }],
    },
    {
      name: 'a two-word abbreviated title is not its last word',
      text: "Senator Mundt distorted Lt. Gov. Eisenhower's conversation.",
      ...in1961,
      errors: [{ text: 'Lt. Gov. Eisenhower', expected: ['President Eisenhower'] }],
    },
    {
      name: 'the other house of Congress',
      text: 'Rep. Jackson lists the primary need.',
      ...in1961,
      errors: [{ text: 'Rep. Jackson', expected: ['Sen. Jackson'] }],
    },
    {
      name: 'a title never given, with the full name',
      text: 'In particular, President Nelson Rockefeller has argued for tests.',
      ...in1961,
      errors: [{ text: 'President Nelson Rockefeller', expected: ['Governor Nelson Rockefeller'] }],
    },
    {
      name: 'former with a title never given',
      text: 'He quoted former Chancellor Kennedy.',
      ...in1961,
      errors: [{ text: 'former Chancellor Kennedy', expected: ['President Kennedy'] }],
    },
    {
      name: 'appositive: current title after the term',
      text: 'Shinzo Abe, the prime minister, spoke.',
      ...in2025,
      errors: [{ text: 'Shinzo Abe, the prime minister', expected: ['Shinzo Abe, the former prime minister'] }],
    },
    {
      name: 'appositive: former, but holds it',
      text: 'Donald Trump, the former president, spoke.',
      ...in2025,
      errors: [{ text: 'Donald Trump, the former president', expected: ['Donald Trump, the president'], message: /: "former" is wrong$/ }],
    },
    {
      name: 'an abbreviation without its dot',
      text: 'By maintaining the deterrent, Gov Rusk junks bluff.',
      ...in1961,
      errors: [{ text: 'Gov Rusk', expected: ['Secretary of State Rusk'] }],
    },
    {
      name: 'appositive without an article: former, but holds it',
      text: 'Rusk, former Secretary of State, said so.',
      ...in1961,
      errors: [{ text: 'Rusk, former Secretary of State', expected: ['Rusk, Secretary of State'] }],
    },
    {
      name: 'a vague time elsewhere in the sentence does not excuse former',
      text: 'I was surprised at former Mayor Brandt, who should have acted years ago.',
      ...in1961,
      errors: [{ text: 'former Mayor Brandt' }],
    },
  ],
};

export default cases;
