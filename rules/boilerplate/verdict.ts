// The cue verdict: lines whose UI vocabulary, form and neighbours mark them
// as furniture, judged as jusText re-judges blocks by their neighbours. A
// run of non-prose lines that holds clear furniture takes along the weak
// cues and the bare labels around it, and the end of the document counts as
// furniture territory. A line that is not in English keeps its verdict only
// with evidence in its own terms (see isForeign).
import { lineKey, type PageLayout } from '../../src/analysis/page-layout.js';
import { BIO_WORDS, isForeign, isHeadline, isShort, type Line } from './lines.js';
import { BARE_ADDRESS } from './cues.js';
import { positionFurniture, type PositionEvidence } from './position.js';

const hasStrongCue = (line: Line) => line.cues.some((cue) => cue.weight === 2);

/**
 * Evidence in the terms of a line that is not in English: a strong cue of
 * another language or of none (`무단전재`, `Leia também`, `©`, an escaped
 * tag) on a short line that is no sentence, or covering a good part of it, or with a cue that is
 * not English opening it (`ATENÇÃO: Comentários ...`). A UI word inside a
 * paragraph of prose (`シェアする` in a Japanese paragraph) is not.
 */
function hasNonEnglishEvidence(line: Line): boolean {
  if (!line.cues.some((cue) => cue.weight === 2 && cue.language !== 'en' && cue.end > cue.start)) return false;
  const opening = line.cues.find((cue) => cue.end > cue.start);
  const opens = opening !== undefined && opening.language !== 'en' && line.plain.slice(0, opening.start).replace(/[\p{P}\s]/gu, '') === '';
  // A short label, not a sentence: a line of Japanese or Chinese prose is short by its length.
  const label = isShort(line) && !/[.!?。！？]["'”’)\]」』]*$/.test(line.plain);
  return label || line.coverage >= FOREIGN_COVERAGE || opens;
}

/** Share of a long line that is not in English that its cues must cover, when none opens it. */
const FOREIGN_COVERAGE = 0.3;

/**
 * A line whose own evidence suffices: a line that is not prose, whose UI
 * words make most of it or whose evidence adds up. A headline that merely
 * holds one UI phrase does not qualify, nor an instruction made of weak UI
 * words (`Sign up for the bundle with the same email as your account`).
 */
export const isClear = (line: Line) => !line.prose && ((line.points >= 2 && line.coverage >= 0.5) || (line.score >= 3 && hasStrongCue(line)) || isWidgetHeading(line));

/** Words of a widget's heading that names its site before its strong cue (`Example News Top Stories`, `Entermedia 주요뉴스`). */
const HEADING_WORDS = 4;

/** A short heading that a strong cue of a related list closes, with no sentence mark: a list's title after its site's name. */
function isWidgetHeading(line: Line): boolean {
  const last = line.cues[line.cues.length - 1];
  return line.words <= HEADING_WORDS && last !== undefined && last.kind === 'related' && last.weight === 2 && last.end > last.start && line.plain.slice(last.end).trim() === '' && !/[.!?]$/.test(line.plain);
}

/**
 * The furniture lines of one run of non-prose lines (`run` holds indices
 * into `lines`; `atEnd` when nothing but the run follows).
 */
function furnitureOf(lines: readonly Line[], run: readonly number[], atEnd: boolean): Set<number> {
  // The end of the page is where furniture gathers: there strong UI phrasing alone suffices (a weak cue and a call to action
  // are also how a how-to step reads: `Sign up for an account for $12 a month`).
  const furniture = new Set(run.filter((i) => isClear(lines[i]!) || (atEnd && lines[i]!.score >= 2 && hasStrongCue(lines[i]!))));
  if (furniture.size === 0) {
    // At the end of the page, a bare UI word on its own line ("Comments", "Share") is enough.
    const last = run[run.length - 1]!;
    const line = lines[last]!;
    // Not a bare address: an article may end with its source's.
    if (atEnd && line.points >= 1 && line.coverage >= 0.5 && isShort(line) && !BARE_ADDRESS.test(line.plain)) furniture.add(last);
    if (furniture.size === 0) return furniture;
  }
  // Neighbours re-judge: weak cues and bare labels next to furniture are furniture.
  for (let changed = true; changed; ) {
    changed = false;
    // Whether the furniture just before run[k] is a related-links heading or the list it opened.
    let inRelatedList = false;
    let seenFurniture = false;
    for (let k = 0; k < run.length; k++) {
      const index = run[k]!;
      const line = lines[index]!;
      const before = k > 0 && furniture.has(run[k - 1]!);
      if (!furniture.has(index)) {
        const next = k < run.length - 1 ? run[k + 1]! : -1;
        const after = next >= 0 && furniture.has(next);
        // A short label between furniture and a line of UI words is furniture too (`Website` between two fields of a comment form).
        const afterUi = after || (next >= 0 && lines[next]!.points >= 1 && lines[next]!.coverage >= 0.5);
        // A weak cue joins only when UI words make most of its line: "Facebook", not the title "Reply to critics".
        const weakCue = line.points >= 1 && line.coverage >= 0.5 && (before || after);
        // The last short line before the article resumes is more likely the next section's title than a related headline.
        // A related list's headlines may be long; its last one joins when it carries a teaser tag or other cue of its own.
        const listItem = before && (line.bullet || (inRelatedList && (k < run.length - 1 || line.points >= 1)));
        const label = (isShort(line) && ((before && afterUi) || (atEnd && seenFurniture))) || (listItem && (isShort(line) || isHeadline(line)));
        if (weakCue || label) {
          furniture.add(index);
          changed = true;
        }
      }
      inRelatedList = furniture.has(index) && (line.kind === 'related' || (before && inRelatedList));
      seenFurniture ||= furniture.has(index);
    }
  }
  return furniture;
}

/** Sentences of an author's biography: at most this many, each at most BIO_WORDS words. */
const BIO_LINES = 2;

/**
 * An author box at the very end ("About the author" and a line or two of
 * biography, perhaps more links) takes the biography with it: prose there
 * describes the writer, not the story.
 */
function takeAuthorBio(lines: readonly Line[], furniture: Set<number>): void {
  const heading = lines.findIndex((line, i) => furniture.has(i) && line.kind === 'author-box' && isShort(line));
  if (heading < 0) return;
  const rest = lines.slice(heading + 1).map((line, k) => ({ line, index: heading + 1 + k }));
  const bio = rest.filter(({ index }) => !furniture.has(index));
  if (bio.length === 0 || bio.length > BIO_LINES || bio.some(({ line }) => line.words > BIO_WORDS)) return;
  for (const { index } of bio) furniture.add(index);
}

/** Split `indices` into groups of consecutive numbers. */
export function consecutive(indices: readonly number[]): number[][] {
  const groups: number[][] = [];
  for (const index of indices) {
    const group = groups[groups.length - 1];
    if (group && group[group.length - 1] === index - 1) group.push(index);
    else groups.push([index]);
  }
  return groups;
}

/**
 * The lines the cues, the lines' form, their neighbours and (given the
 * page's layout) their position and repetition across the run mark as
 * furniture, with the evidence of the lines that position or repetition added.
 */
export function furnitureLines(lines: readonly Line[], layout?: PageLayout, recurring?: ReadonlySet<number>): { furniture: Set<number>; evidence: Map<number, PositionEvidence> } {
  // The article's own lines that are not prose (a table, a caption, a dateline, the writers' contacts) part runs and open none.
  const contents = contentsEntries(lines);
  const own = lines.map((line, i) => isArticleOwn(line) || contents.has(i) || isTableLabel(lines, i) || (layout !== undefined && isCrossReference(line, layout)));
  const runs = consecutive(lines.map((line, i) => (line.prose || own[i] ? -1 : i)).filter((i) => i >= 0));
  const furniture = new Set<number>();
  for (const run of runs) {
    for (const index of furnitureOf(lines, run, run[run.length - 1] === lines.length - 1)) furniture.add(index);
  }
  // A sentence between two pieces of furniture that uses UI words itself ("Get our top stories in your inbox.") belongs to them.
  lines.forEach((line, i) => {
    if (line.prose && line.points >= 1 && line.words <= 40 && furniture.has(i - 1) && furniture.has(i + 1)) furniture.add(i);
  });
  takeAuthorBio(lines, furniture);
  const { added: evidence, shaped } = layout ? positionFurniture(lines, layout, furniture, recurring) : { added: new Map<number, PositionEvidence>(), shaped: new Set<number>() };
  // A line in another language is furniture only on evidence in its terms: a strong cue of its language or of none
  // (`©`, `무단전재`, `Leia também`, an escaped tag), cues that make most of it, a shape that no language owns (its recurrence in the run, a listing, a menu), or
  // a list item under a heading that has such evidence (`주요뉴스` over `- 다리 건설 …`), read in order.
  /** The kept headings with evidence that is not English, and the list items under them. */
  const headed = new Set<number>();
  for (const index of [...furniture].sort((a, b) => a - b)) {
    const line = lines[index]!;
    const underHeading = line.bullet && headed.has(index - 1);
    if (isForeign(line) && !(line.coverage >= 0.5 || hasNonEnglishEvidence(line) || shaped.has(index) || underHeading)) furniture.delete(index);
    else if (underHeading || (!line.bullet && hasNonEnglishEvidence(line))) headed.add(index);
  }
  for (const index of furniture) {
    if (own[index]) furniture.delete(index);
  }
  // A line of no words (`-`, a `<br />`) is furniture only beside furniture: the lines that took it may have been set free above.
  for (const index of furniture) {
    if (lines[index]!.words === 0 && !furniture.has(index - 1) && !furniture.has(index + 1)) furniture.delete(index);
  }
  return { furniture, evidence };
}

/**
 * Lines that are the article's own though they are not prose, whatever
 * their UI words or their neighbours: a table's rows; a picture's caption
 * (beside its label or credit it describes the picture in words of its own:
 * `FILE PHOTO: Traders work on the floor …`; a label or credit alone is
 * furniture); the story's dateline (`Updated at 1:23 p.m.`, `Posted on
 * March 30, 2015 by Admin`); and the writers' contacts (`Reach the
 * reporters at …`).
 */
export function isArticleOwn(line: Line): boolean {
  return line.table || describesPicture(line) || isDateline(line) || isWritersContact(line);
}

/** `8 See also`, `7.3 Media and entertainment`: a numbered entry of a table of contents. */
const NUMBERED_ENTRY = /^\d{1,2}(?:\.\d{1,2})*\.?\s+(\S.*)$/u;

/**
 * The entries of the article's numbered table of contents (`8 See also`,
 * `9 Footnotes`): each names a heading that stands further down on a line
 * of its own, as a site's numbered list of other stories does not.
 */
function contentsEntries(lines: readonly Line[]): Set<number> {
  const entries = new Set<number>();
  const headings = new Map<number, string>();
  lines.forEach((line, i) => {
    const heading = NUMBERED_ENTRY.exec(line.plain)?.[1];
    if (heading !== undefined && isShort(line)) headings.set(i, heading);
  });
  // Most pages have no numbered line: the lines' keys are read only for those that do.
  if (headings.size === 0) return entries;
  const lastIndex = new Map<number, number>();
  lines.forEach((line, i) => lastIndex.set(lineKey(line.plain), i));
  for (const [i, heading] of headings) if ((lastIndex.get(lineKey(heading)) ?? -1) > i) entries.add(i);
  return entries;
}

/** Numbers parted by slashes (`180/132`, `350/1.500 – 4.500`): a table's values under a label with as many parts. */
const SLASHED_VALUES = /^[\d.,]+(?:\s*[–-]\s*[\d.,]+)?(?:\s*\/\s*[\d.,]+(?:\s*[–-]\s*[\d.,]+)?)+$/u;

/**
 * A table's label whose units a slash parts (`Leistung PS/KW`) above the
 * line of its values (`180/132`): the article's cells, though the label
 * has a picture credit's shape (`Jane Doe/Example News`).
 */
function isTableLabel(lines: readonly Line[], i: number): boolean {
  const line = lines[i]!;
  if (!line.plain.includes('/') || !isShort(line)) return false;
  const values = lines[i + 1]?.plain.trim();
  return values !== undefined && SLASHED_VALUES.test(values) && values.split('/').length === line.plain.split('/').length;
}

/** `See also: Economy of New Zealand`, `Main article: …`: a reference work's pointer to its own entries. */
const CROSS_REFERENCE = /^(?:see also|main articles?|further information)\s*:\s*\S/i;
/** Words of a cross-reference: a title or two. */
const CROSS_REFERENCE_WORDS = 20;

/**
 * A cross-reference among the body's paragraphs (`See also: List of
 * companies of New Zealand` under a section's heading), as a reference work
 * points to its other entries: the article's own, like `See also ...,
 * below.`. At the article's edges the same words open a list of other
 * stories.
 */
function isCrossReference(line: Line, layout: PageLayout): boolean {
  return line.start > layout.bodyStart && line.end < layout.bodyEnd && line.words <= CROSS_REFERENCE_WORDS && CROSS_REFERENCE.test(line.plain) && !/https?:\/\/|www\./.test(line.plain);
}

/** Eight words or more outside a media line's cues, three of them in lower case: a caption's description. */
const CAPTION_WORDS = 8;
function describesPicture(line: Line): boolean {
  if (line.kind !== 'media' || line.cues.some((cue) => cue.kind !== 'media')) return false;
  let rest = line.plain;
  for (const cue of line.cues) rest = rest.slice(0, cue.start) + ' '.repeat(cue.end - cue.start) + rest.slice(cue.end);
  const words = rest.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return words.length >= CAPTION_WORDS && words.filter((word) => /^\p{Ll}/u.test(word)).length >= 3;
}

/** A date's words: a month or a weekday (English, or a capitalised word beside a number), a number, a time, a zone, `ago`. */
const DATE_WORD =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|\d{1,4}(?:[:./-]\d{1,4})*(?:st|nd|rd|th|h)?|[ap]\.?m|at|on|the|of|an?|one|\d+|hours?|minutes?|days?|ago|[|–—-])$/i;
/** A time zone (`EST`, `GMT`, `UTC`). */
const TIME_ZONE = /^(?:[A-Z]{1,3}T|UTC)$/;
/** The cue of a date stamp: its first words. */
const STAMP_CUE = /^(?:first |last )?(?:posted|published|updated|modified)\b/i;
/** `by Jane Doe`, `by Admin`: the writer's name after a stamp, one to four capitalised words. */
const STAMP_BYLINE = /\s+by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/**
 * The story's dateline: a stamp's word (`Posted`, `Updated`) and nothing
 * but a date or a time, perhaps with the writer's name (`Posted on Maret 30,
 * 2015 by Admin`, `UPDATED: Tue., Nov. 19, 2019`). A stamp with anything
 * else (`Posted in Politics | 3 Comments`) is the page's metadata.
 */
function isDateline(line: Line): boolean {
  if (line.kind !== 'metadata' || line.cues.some((cue) => cue.kind !== 'metadata') || line.words > 14) return false;
  const stamp = STAMP_CUE.exec(line.plain);
  if (!stamp) return false;
  const words = line.plain.slice(stamp[0].length).replace(STAMP_BYLINE, '').replace(/^\s*(?:by\s+\S+\s*)?/i, '').match(/[^\s,.:]+(?:\.[^\s,.:]+)*/g) ?? [];
  if (!words.some((word) => /\d/.test(word) || /^ago$/i.test(word))) return false;
  // A month in another language (`Maret`, `März`): one capitalised word beside a number.
  let unknown = 0;
  for (const [k, word] of words.entries()) {
    if (DATE_WORD.test(word) || TIME_ZONE.test(word)) continue;
    const besideNumber = /\d/.test(words[k - 1] ?? '') || /\d/.test(words[k + 1] ?? '');
    if (!(/^\p{Lu}\p{Ll}+$/u.test(word) && besideNumber) || ++unknown > 1) return false;
  }
  return true;
}

/** `Reach the reporters at …`, `Contact the writer: …`: how to reach the article's writers, before their addresses. */
const WRITERS_CONTACT = /^(?:reach|contact|e-?mail|write to|message|follow)\s+(?:the\s+)?(?:reporters?|writers?|authors?|correspondents?|columnists?)\b/i;
/** What a writers' contact line may hold besides: their addresses, their networks, a contact's words. */
const CONTACT_KINDS: ReadonlySet<string> = new Set(['related', 'share', 'author-box', 'footer', 'call-to-action']);

/**
 * The writers' contacts, part of the article's credits (`Reach the reporters
 * on Twitter at … and …`): no appeal of the site's joins them (`Follow us`,
 * a newsletter).
 */
function isWritersContact(line: Line): boolean {
  return WRITERS_CONTACT.test(line.plain) && line.words <= 40 && line.cues.every((cue) => CONTACT_KINDS.has(cue.kind) && (cue.kind !== 'call-to-action' || cue.weight === 1));
}
