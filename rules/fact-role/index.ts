// fact-role: a person given a title they do not hold on the article's date.
// `<title> <name>` claims the person holds the office on that date;
// `former <title> <name>` (or `ex-`) that they held it and no longer do;
// `then-`, `late`, quoted speech and a sentence set in the past (`in 2019`,
// `during his first term`) claim nothing checkable. A title the glossary
// never gives the person is wrong on any date (before a name; an appositive
// may describe an office the glossary does not record). Suggestions only:
// the editor decides.
import { docsUrl } from '../../src/engine/docs.js';
import { memoizeByObject } from '../../src/util/memo.js';
import type { GlossaryRole } from '../../src/config/glossary.js';
import type { Rule, RuleContext } from '../../src/types.js';
import { mentionFinder, type RoleMention } from './mentions.js';
import { isTitleToCome, titleCore } from './titles.js';

const finderOf = memoizeByObject(mentionFinder);

const rule: Rule = {
  meta: {
    id: 'fact-role',
    description: 'A person given a title they did not hold on the article’s date',
    severity: 'warn',
    url: docsUrl('fact-role'),
    fixable: false,
    options: {},
  },
  create(context) {
    const { glossary } = context;
    if (!glossary.entities.some((e) => e.roles.length > 0)) return;
    for (const mention of finderOf(glossary).find(context.doc)) check(context, mention);
  },
};

export default rule;

function check(context: RuleContext, mention: RoleMention): void {
  if (mention.marker === 'past' || mention.marker === 'future' || mention.quoted || isTitleToCome(mention.title)) return;
  const { date } = context;
  const { entity } = mention;
  const core = titleCore(mention.title);
  const sameOffice = entity.roles.filter((role) => [role.title, ...role.titleAliases].some((t) => titleCore(t) === core));
  const rewrite = rewriter(context.doc.text, mention);
  const flagged = context.doc.text.slice(mention.start, mention.end);
  const report = (message: string, expected: string[], kind: string) =>
    context.report({
      message,
      start: mention.start,
      end: mention.end,
      // A suggestion equal to the text (the same title, still not held) is no suggestion.
      expected: [...new Set(expected)].filter((e) => e !== flagged),
      data: { kind, entity: entity.name, title: mention.title, date },
    });

  if (sameOffice.length === 0) {
    // An appositive describes more freely (`Slim, former Governor General of Australia,`): only a titled name claims the title.
    if (mention.appositive) return;
    const known = entity.roles.map((r) => `"${r.title}"`).join(', ');
    report(`The glossary never gives ${entity.name} the title "${mention.title}" (known: ${known})`, rightTitles(mention, date, rewrite), 'never-given');
    return;
  }
  const holding = sameOffice.some((role) => holds(role, date));
  const former = mention.marker === 'former';
  const started = sameOffice.some((role) => role.from === undefined || role.from <= date);
  const rightOnTheDate = former ? !holding && started : holding;
  if (rightOnTheDate || trueAtTheTime(mention.sentence.text, date, sameOffice, former)) return;
  if (former && holding) {
    // Quoted as written (`former`, `ex-`, `onetime`), wherever the mention puts it (an appositive starts at the name).
    const marker = context.doc.text.slice(mention.markerStart!, mention.markerEnd!).trimEnd();
    report(`${entity.name} holds "${mention.title}" on ${date}: "${marker}" is wrong`, [rewrite({ former: false })], 'former-but-holds');
  } else if (former) {
    report(`${entity.name} had not yet held "${mention.title}" on ${date} (from ${earliest(sameOffice)})`, rightTitles(mention, date, rewrite, true), 'former-before-start');
  } else if (sameOffice.some((role) => role.to !== undefined && role.to < date)) {
    report(`${entity.name} no longer held "${mention.title}" on ${date} (until ${latestEnd(sameOffice)})`, [rewrite({ former: true }), ...rightTitles(mention, date, rewrite, true)], 'no-longer-holds');
  } else {
    report(`${entity.name} did not yet hold "${mention.title}" on ${date} (from ${earliest(sameOffice)})`, rightTitles(mention, date, rewrite, true), 'not-yet');
  }
}

type Rewrite = (change: { title?: string; former: boolean }) => string;

/**
 * The flagged text with another title and with or without `former`, in the
 * mention's own form: `former President Donald Trump` -> `President Donald
 * Trump`; `Shinzo Abe, the prime minister` -> `Shinzo Abe, the former prime minister`.
 */
function rewriter(text: string, mention: RoleMention): Rewrite {
  return ({ title, former }) => {
    const written = text.slice(mention.titleStart, mention.titleEnd);
    const newTitle = title === undefined ? written : /^\p{Ll}/u.test(written) ? title.toLowerCase() : title;
    const hasMarker = mention.marker === 'former' && mention.markerStart !== undefined && mention.markerEnd !== undefined;
    const lead = hasMarker && !former ? text.slice(mention.start, mention.markerStart) + text.slice(mention.markerEnd, mention.titleStart) : text.slice(mention.start, mention.titleStart);
    const marker = !former || hasMarker ? '' : mention.titleStart === mention.sentence.start ? 'Former ' : 'former ';
    return lead + marker + newTitle + text.slice(mention.titleEnd, mention.end);
  };
}

/** A term ending on the article's date still holds that day. */
export function holds(role: GlossaryRole, date: string): boolean {
  return (role.from === undefined || role.from <= date) && (role.to === undefined || date <= role.to);
}

/**
 * The person's titles to suggest: those held on the date first, then (unless
 * `heldOnly`) the latest others, as `former` when the text says so.
 */
function rightTitles(mention: RoleMention, date: string, rewrite: Rewrite, heldOnly = false): string[] {
  const roles = mention.entity.roles.filter((role) => !heldOnly || holds(role, date)).sort((a, b) => Number(holds(b, date)) - Number(holds(a, date)) || (b.to ?? '9999').localeCompare(a.to ?? '9999'));
  return roles.map((role) => rewrite({ title: role.title, former: !holds(role, date) && mention.marker === 'former' }));
}

function earliest(roles: GlossaryRole[]): string {
  return roles.map((r) => r.from ?? '').sort()[0] ?? '';
}

function latestEnd(roles: GlossaryRole[]): string {
  return roles.map((r) => r.to ?? '').sort().at(-1) ?? '';
}

/**
 * Whether the sentence sets the mention at a time when it was right. A
 * phrase that dates the office (`during his first term`, `when he was`, `at
 * the time`) may refer to any time: the mention is given the benefit of the
 * doubt. A year before the article's (`in 2019`) is checked: `President
 * Trump` in 2019 and `former President Trump` in 2022 were right then;
 * `former Chancellor Adenauer` in a sentence about 1957, when he held the
 * office, was not. Vaguer time (`years ago`) may belong to another clause
 * and excuses nothing.
 */
export function trueAtTheTime(sentence: string, date: string, roles: readonly GlossaryRole[], former: boolean): boolean {
  if (PAST_TIME.test(sentence)) return true;
  const articleYear = Number(date.slice(0, 4));
  for (const match of sentence.matchAll(/(?<![\d,.$-])(1\d{3}|2[01]\d{2})(?!\d|,\d)/g)) {
    const year = Number(match[1]);
    if (year >= articleYear) continue;
    const [start, end] = [`${year}-01-01`, `${year}-12-31`];
    const held = (role: GlossaryRole) => (role.from === undefined || role.from <= end) && (role.to === undefined || role.to >= start);
    const heldAllYear = (role: GlossaryRole) => (role.from === undefined || role.from <= start) && (role.to === undefined || role.to >= end);
    const right = former ? roles.some((role) => role.to !== undefined && role.to < end) && !roles.some(heldAllYear) : roles.some(held);
    if (right) return true;
  }
  return false;
}

const PAST_TIME =
  /\b(?:during (?:his|her|their|the) (?:first|second|third|previous|earlier|last|former|prior) (?:term|tenure|administration|presidency|government|stint)|(?:when|while|before|after) (?:he|she) (?:was|served|became|took office)|at (?:that|the) time|back then|in those days|in the (?:1[5-9]|20)\d0s)\b/i;
