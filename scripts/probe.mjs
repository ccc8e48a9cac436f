// `npm run probe`: how the detectors hold up on corruptions the dev corpus
// does not contain. Each probe takes the clean originals of the labelled dev
// corpus (../shared/bench/dev), injects one corruption of its kind at a
// random place (seeded: --seed N), lints that copy alone with its glossary,
// and counts whether the rule flags the corrupted span. It reports recall
// per variant and, with --verbose, every miss. The score (npm run score)
// measures the dev corpus itself; this measures what is around it.
//
//   node scripts/probe.mjs [--set DIR] [--seed N] [--only KIND] [--verbose]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { builtinRules, lintArticles } from '../dist/src/index.js';
import { seededRandom } from './check-tokenizer.mjs';

const { values: flags } = parseArgs({
  options: { set: { type: 'string', default: '../shared/bench/dev' }, seed: { type: 'string', default: '7' }, only: { type: 'string' }, verbose: { type: 'boolean', default: false } },
});

const random = seededRandom(Number(flags.seed));
const pick = (list) => list[Math.floor(random() * list.length)];
const splice = (text, at, length, insert) => text.slice(0, at) + insert + text.slice(at + length);

const set = resolve(flags.set);
const articles = readdirSync(join(set, 'originals'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const glossaryPath = join(set, 'glossaries', name.replace(/\.txt$/, '.yml'));
    return { name, text: readFileSync(join(set, 'originals', name), 'utf8'), glossaryPath, glossary: parseYaml(readFileSync(glossaryPath, 'utf8')) };
  });

/** Findings of one rule, run alone, on one text linted alone, as the CLI would with the article's glossary. */
async function findings(article, text, ruleId) {
  const rules = builtinRules.filter((rule) => rule.meta.id === ruleId);
  const [result] = await lintArticles([{ path: article.name, text }], { cwd: set, rules, glossaries: [article.glossaryPath], date: '1961-06-01' });
  return result.messages.filter((message) => message.ruleId === ruleId);
}

// Each probe yields cases { variant, text, start, end, expected? } for one article.

const VOWELS = 'aeiou';
const NAME_CORRUPTIONS = {
  'dropped letter': (w) => { const i = 1 + Math.floor(random() * (w.length - 1)); return w.slice(0, i) + w.slice(i + 1); },
  'swapped letters': (w) => { const i = 1 + Math.floor(random() * (w.length - 2)); return w[i] === w[i + 1] ? undefined : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2); },
  'reduplicated syllable': (w) => { const i = 1 + Math.floor(random() * (w.length - 3)); return w.slice(0, i + 2) + w.slice(i, i + 2) + w.slice(i + 2); },
  'vowel changed': (w) => { const at = [...w].flatMap((c, i) => (i > 0 && VOWELS.includes(c) ? [i] : [])); if (!at.length) return undefined; const i = pick(at); return w.slice(0, i) + pick([...VOWELS].filter((v) => v !== w[i])) + w.slice(i + 1); },
  'double letter lost': (w) => { const m = /(\w)\1/.exec(w.slice(1)); return m ? w.slice(0, m.index + 1) + w.slice(m.index + 2) : undefined; },
};

function* nameCases(article) {
  const words = article.glossary.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]).flatMap((n) => n.split(/\s+/));
  const present = [...new Set(words)].filter((w) => /^[A-Z][a-z]{3,}$/.test(w) && new RegExp(`\\b${w}\\b`).test(article.text));
  for (let k = 0; k < Math.min(3, present.length); k++) {
    const name = pick(present);
    const variant = pick(Object.keys(NAME_CORRUPTIONS));
    const written = NAME_CORRUPTIONS[variant](name);
    if (!written || written === name) continue;
    const at = pick([...article.text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))]).index;
    yield { variant, text: splice(article.text, at, name.length, written), start: at, end: at + written.length, expected: name, note: `${written} for ${name}` };
  }
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const TENS = { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const numberWord = (n) => (n <= 20 ? NUMBER_WORDS[n] : Object.keys(TENS).find((word) => TENS[word] === n));

function* numberCases(article) {
  for (const fact of article.glossary.facts ?? []) {
    const value = Number(fact.value);
    const sentence = article.text.split(/(?<=[.!?])\s+|\n+/).find((s) => fact.about.every((w) => s.toLowerCase().includes(String(w).toLowerCase())));
    if (!sentence) continue;
    const offset = article.text.indexOf(sentence);
    const digits = [...sentence.matchAll(/\d[\d,]*(?:\.\d+)?/g)].find((m) => Number(m[0].replace(/,/g, '')) === value);
    const word = numberWord(value) && [...sentence.matchAll(new RegExp(`\\b${numberWord(value)}\\b`, 'gi'))][0];
    const found = digits ?? word;
    if (!found) continue;
    const at = offset + found.index;
    const format = (n) => (digits ? (found[0].includes(',') ? n.toLocaleString('en-US') : String(n)) : numberWord(n) && (/^[A-Z]/.test(found[0]) ? numberWord(n)[0].toUpperCase() + numberWord(n).slice(1) : numberWord(n)));
    const swapped = String(value).length >= 2 && Number(String(value).slice(0, -2) + String(value).slice(-1) + String(value).slice(-2, -1));
    const variants = [['plus one', value + 1], ['times ten', value * 10], ['divided by ten', value % 10 === 0 && value >= 20 ? value / 10 : undefined], ['digits swapped', digits && swapped !== value ? swapped : undefined]];
    for (const [variant, changed] of variants) {
      const written = changed === undefined || changed === false ? undefined : format(changed);
      if (written) yield { variant, text: splice(article.text, at, found[0].length, written), start: at, end: at + written.length, note: `${found[0]} -> ${written}` };
    }
  }
}

const OTHER_TITLES = ['Sen.', 'Rep.', 'Gov.', 'Judge', 'Ambassador', 'Mayor', 'Secretary', 'Gen.', 'President', 'Chancellor', 'Premier', 'Bishop'];

function* roleCases(article) {
  for (const entity of article.glossary.entities) {
    const held = new Set((entity.roles ?? []).flatMap((r) => [r.title, ...(r.titleAliases ?? [])]));
    for (const role of entity.roles ?? []) {
      const current = (!role.from || role.from <= 1961) && (!role.to || String(role.to) >= '1961-06-01');
      const last = entity.name.split(/\s+/).pop();
      for (const title of [role.title, ...(role.titleAliases ?? [])]) {
        const match = new RegExp(`(?<![Ff]ormer |late )\\b${title.replace(/\./g, '\\.')} (?:[A-Z][a-z.]+ )?${last}\\b`).exec(article.text);
        if (!match) continue;
        if (current) yield { variant: 'former added', text: splice(article.text, match.index, 0, 'former '), start: match.index, end: match.index + 7 + match[0].length, note: `former ${match[0]}` };
        const other = pick(OTHER_TITLES.filter((t) => !held.has(t)));
        yield { variant: 'title swapped', text: splice(article.text, match.index, title.length, other), start: match.index, end: match.index + other.length, note: `${other} for ${title}` };
      }
    }
  }
}

const MARKUP = [
  ['**', 'end'], ['__', 'end'], ['**', 'start'], ['**', 'word'], ['__', 'word'],
  ['<br>', 'end'], ['</p>', 'end'], ['<p>', 'start'], ['<div class="story-body">', 'start'], ['<li>', 'start'], ['<h2>', 'start'], ['<img src="photo.jpg" alt="">', 'start'],
  ['<strong>', 'word'], ['<em>', 'word'], ['<a href="https://example.com/story">', 'word'], ['</span>', 'space'], ['</a>', 'space'], ['<br />', 'space'], ['<!-- ad slot -->', 'end'],
  ['&nbsp;', 'space'], ['&lt;', 'space'], ['&amp;', 'and'], ['&#8217;', 'apostrophe'], ['&rsquo;', 'apostrophe'], ['&#39;', 'apostrophe'], ['&quot;', 'quote'], ['&ldquo;', 'quote'], ['&hellip;', 'end'],
  ['â€™', 'apostrophe'], ['â€œ', 'quote'], ['â€˜', 'quote'], ['â€\u009d', 'quote'], ['â€¦', 'end'], ['â„¢', 'end'], ['Ã©', 'e'], ['Ã¨', 'e'], ['Ã¶', 'e'], ['Â ', 'space'],
];

function* markupCases(article) {
  const lines = [...article.text.matchAll(/[^\n]{80,}/g)];
  for (let k = 0; k < 8; k++) {
    const [mark, where] = pick(MARKUP);
    const line = pick(lines);
    if (where === 'end' || where === 'start') {
      const at = where === 'end' ? line.index + line[0].length : line.index;
      yield { variant: `${mark} at a line ${where}`, text: splice(article.text, at, 0, mark), start: at, end: at + mark.length };
      continue;
    }
    const target = { space: / /g, word: / (?=[a-z])/g, apostrophe: /'/g, quote: /"/g, and: / and /g, e: /e/g }[where];
    const places = [...line[0].matchAll(target)];
    if (!places.length) continue;
    const place = pick(places);
    const at = line.index + place.index;
    const insert = where === 'word' ? ` ${mark}` : where === 'and' ? ` ${mark} ` : mark;
    const start = where === 'word' || where === 'and' ? at + 1 : at;
    const replaced = { space: 'a space', word: 'a space before a word', apostrophe: 'an apostrophe', quote: 'a quote', and: '"and"', e: '"e"' }[where];
    yield { variant: `${mark} for ${replaced}`, text: splice(article.text, at, place[0].length, insert), start, end: start + mark.length };
  }
}

function* wordCases(article) {
  const places = [...article.text.matchAll(/\b(the|of|a|to|and|in|is|that|for|on|with|was|it|by|at|an|be|as|he|his|can|has|have)\b(?= )/gi)];
  for (let k = 0; k < 6; k++) {
    const place = pick(places);
    const at = place.index + place[0].length + 1;
    const word = place[0].toLowerCase();
    yield { variant: `"${word}" doubled`, group: 'doubled', text: splice(article.text, at, 0, `${word} `), start: at, end: at + word.length };
  }
}

function* blockCases(article) {
  const paragraphs = article.text.split('\n\n');
  const long = paragraphs.slice(1).filter((p) => p.split(' ').length >= 25);
  const changeWords = (p, n) => { const words = p.split(' '); for (let i = 0; i < n; i++) words[1 + Math.floor(random() * (words.length - 2))] = pick(['new', 'old', 'major', 'small', 'several', 'local']); return words.join(' '); };
  const copies = {
    'paragraph repeated': (p) => p,
    'in lower case': (p) => p.toLowerCase(),
    'in capitals': (p) => p.toUpperCase(),
    'with doubled spaces': (p) => p.replace(/ /g, () => (random() < 0.2 ? '  ' : ' ')),
    'wrapped': (p) => p.replace(/(.{60,75}?) /g, '$1\n'),
    'without commas': (p) => p.replace(/,/g, ''),
    'with a word changed': (p) => changeWords(p, 1),
    'with two words changed': (p) => changeWords(p, 2),
  };
  if (long.length) {
    for (const [variant, copy] of Object.entries(copies)) {
      const written = copy(pick(long));
      const start = article.text.trimEnd().length + 2;
      yield { variant, text: `${article.text.trimEnd()}\n\n${written}\n`, start, end: start + written.length };
    }
  }
  const middle = Math.floor(paragraphs.length / 2);
  for (const [variant, title] of [['title repeated', paragraphs[0]], ['title repeated in bold', `**${paragraphs[0]}**`]]) {
    const start = paragraphs.slice(0, middle).join('\n\n').length + 2;
    yield { variant, text: [...paragraphs.slice(0, middle), title, ...paragraphs.slice(middle)].join('\n\n'), start, end: start + title.length };
  }
}

const FURNITURE = [
  'Subscribe to our newsletter', 'Get the latest headlines delivered to your inbox every morning.', 'Follow us on Facebook', 'Related Stories', 'You might also like',
  'Recommended for you', 'Comments', 'Be the first to comment', 'Join the conversation', 'Read Next', 'Click here to read more',
  'Tap here to turn on desktop notifications to get the news sent straight to you.', 'We use cookies to personalise content and ads.',
  'This article was originally published on The Conversation.', 'Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
  'Trending Now', 'Loading comments...', 'Show comments', 'Print this page', 'Image credit: Getty Images', 'Updated: 3:45 PM EST, Tue March 5, 2024',
  'Advertisement - scroll to continue', 'Want more stories like this? Sign up for our free daily briefing.', 'Have a news tip? Email us at tips@example.com',
  'Listen to this article', '5 min read', 'Filed under: Politics, Economy', 'Posted by admin on March 3, 2024', 'Related: Senate passes budget bill',
  'Continue Reading Below', 'Like this: Like Loading...', 'Share on Facebook Share on Twitter Share via Email', 'Sign in to comment',
  'Already have an account? Log in', 'Subscribers only', 'Skip to content', 'Back to Top', 'Most Read', 'More from this author', 'Report an error',
  'Sign up for Breaking News alerts', "Don't miss a story. Sign up now.", 'Continue to article', 'Story continues', 'More on this story', 'Read the full story',
  'See more photos', 'View gallery', 'Photo by Jane Doe / Staff Photographer', 'AP Photo/Mark Lennihan', '(Reuters)', 'Follow @nytimes on Twitter',
  'Like us on Facebook to see similar stories', 'Send us your feedback', 'Write to the editor', 'Letters to the editor may be sent to letters@example.com',
  'This content is not available due to your privacy preferences.', 'Update your settings here to see it.', 'Please enable JavaScript to view the comments',
  'Comments are moderated and may take a while to appear.', 'Add your comment', '12 Comments', 'Reply \u2193', 'Posted in News | Leave a comment',
  'Tags: economy, jobs, inflation', 'Previous: City council approves budget', 'Next story: Storm hits coast', 'Back to homepage', 'Home / News / World',
  'Jump to comments', 'Print Friendly, PDF & Email', 'Copy link', 'Share via WhatsApp', 'Advertisement', 'Sponsored by Acme Corp', 'Paid Post',
  'Our journalism needs your support. Please subscribe today.', 'You have 3 free articles remaining this month.', 'Create a free account to continue reading',
  'Become a member', 'Download the app', 'Get our morning newsletter', 'Produced in partnership with the Pulitzer Center',
  'Terms of Service | Privacy Policy | Contact Us', '\u00a9 2023 Example Media Group, LLC',
];

function* furnitureCases(article) {
  const paragraphs = article.text.trimEnd().split('\n\n');
  for (let k = 0; k < 3; k++) {
    const line = pick(FURNITURE);
    const where = pick(['start', 'middle', 'end']);
    const index = where === 'start' ? 0 : where === 'end' ? paragraphs.length : 1 + Math.floor(random() * (paragraphs.length - 1));
    const start = index === 0 ? 0 : paragraphs.slice(0, index).join('\n\n').length + 2;
    yield { variant: `at the ${where}`, text: [...paragraphs.slice(0, index), line, ...paragraphs.slice(index)].join('\n\n') + '\n', start, end: start + line.length, note: line };
  }
}

const PROBES = [
  ['name-spelling', 'glossary names corrupted', nameCases],
  ['fact-number', 'glossary facts\u2019 numbers changed', numberCases],
  ['fact-role', 'titles made former or swapped', roleCases],
  ['stray-markup', 'markup and mojibake inserted', markupCases],
  ['repeated-word', 'short words doubled', wordCases],
  ['repeated-block', 'paragraphs and titles repeated', blockCases],
  ['boilerplate', 'furniture wordings absent from the dev corpus', furnitureCases],
];

for (const [ruleId, what, cases] of PROBES) {
  if (flags.only && flags.only !== ruleId) continue;
  const tally = new Map();
  const misses = [];
  let onOriginals = 0;
  for (const article of articles) {
    onOriginals += (await findings(article, article.text, ruleId)).length;
    for (const probe of cases(article)) {
      const found = await findings(article, probe.text, ruleId);
      const hit = found.find((m) => m.place.start.offset < Math.max(probe.end, probe.start + 1) && m.place.end.offset > probe.start);
      const right = hit && (probe.expected === undefined || hit.expected?.[0] === probe.expected);
      const key = probe.group ?? probe.variant;
      const counts = tally.get(key) ?? { cases: 0, found: 0 };
      counts.cases++;
      if (right) counts.found++;
      else misses.push(`  ${article.name} ${probe.variant}: ${probe.note ?? JSON.stringify(probe.text.slice(Math.max(0, probe.start - 30), probe.end + 30))}${hit ? ` (suggested ${hit.expected})` : ''}`);
      tally.set(key, counts);
    }
  }
  const total = [...tally.values()].reduce((sum, c) => ({ cases: sum.cases + c.cases, found: sum.found + c.found }), { cases: 0, found: 0 });
  console.log(`${ruleId}: ${what}: ${total.found}/${total.cases} found (${((100 * total.found) / total.cases).toFixed(0)}%); ${onOriginals} finding${onOriginals === 1 ? '' : 's'} on the originals`);
  for (const [variant, c] of [...tally].sort()) console.log(`  ${variant.padEnd(34)} ${String(c.found).padStart(4)}/${c.cases}`);
  if (flags.verbose && misses.length) console.log(' missed:\n' + misses.join('\n'));
}
