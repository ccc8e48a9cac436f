// Repeats that are the article's structure, not a scraping defect. A page
// that was scraped twice repeats its prose; an article repeats on purpose
// the parts of its own form: the question an interview series asks every
// guest, the fields of a plan or a spec sheet (`Portion: 1 cup`), a formula
// with a name in it (`Vote for Anna on the last page!`), the signature line
// of each embedded post (`— The Council (@council) May 2, 2019`), and the
// entries of a list that recur under the same label (a menu that serves the
// same dish on several days), whether the label is short or is the heading of
// a slot that every section of the article fills (`Drink within 30 minutes
// after your workout` over each day's supplement). Each is told by its shape,
// not its words.
import type { ArticleDocument } from '../../src/types.js';
import { mix32 } from '../../src/analysis/text.js';
import { FNV_PRIME } from '../../src/util/fnv.js';
import { sortByKey } from './postings.js';

/** What the structure test reads of a block-sized unit. */
export interface StructureUnit {
  start: number;
  end: number;
  tokens: Uint32Array;
  sequence: number;
}

/** Blocks a label, field or slot formula must recur in to be the article's form. */
const RECURRENCE = 3;
/** Words of a field's label (`Portion Fix Containers:`). */
const MAX_LABEL_WORDS = 4;

const text = (doc: ArticleDocument, u: StructureUnit) => doc.text.slice(u.start, u.end);

/** Markup and quote marks around a block's words, which say nothing of its shape. */
const LEADING_MARKS = /^[\s*_>#"'\u2018\u201C\u00AB(\[]+/u;
const CLOSING_MARK = /[\s*_"'\u2019\u201D\u00BB>]/u;

/** The unit's last character before closing marks (and closing brackets too when `brackets`), scanned from the end (a trailing regex would be quadratic on a run of marks). */
function lastCharacter(doc: ArticleDocument, u: StructureUnit, brackets: boolean): string {
  let i = u.end - 1;
  while (i >= u.start && (CLOSING_MARK.test(doc.text[i]!) || (brackets && (doc.text[i] === ')' || doc.text[i] === ']')))) i--;
  return i >= u.start ? doc.text[i]! : '';
}

/** A question (`...the dish you like least?`): an interview asks every guest the same one. */
export function isQuestion(doc: ArticleDocument, u: StructureUnit): boolean {
  return /[?\uFF1F]/u.test(lastCharacter(doc, u, true));
}

/** A line that opens with a dash: an attribution or an embedded post's signature (`— Ann Lee (@annlee) May 2, 2019`). */
export function isAttribution(doc: ArticleDocument, u: StructureUnit): boolean {
  return /^[\u2014\u2013\u2015-]\s/u.test(text(doc, u).replace(LEADING_MARKS, ''));
}

/** Whether the unit reads as a sentence (ends as one does) rather than a list entry (`Beef chili, 1 tbsp. cilantro (optional)`). */
export function endsAsSentence(doc: ArticleDocument, u: StructureUnit): boolean {
  return /[.!?\u2026\u3002\uFF01\uFF1F]/u.test(lastCharacter(doc, u, false));
}

/** The label of a field line (`Portion Fix Containers: 1 Green, 1 Red`), lower-cased, or undefined. */
function fieldLabel(doc: ArticleDocument, u: StructureUnit): string | undefined {
  const match = /^([^:\n]{1,60}):\s*\S/u.exec(text(doc, u).replace(LEADING_MARKS, ''));
  if (!match) return undefined;
  const words = match[1]!.trim().split(/\s+/);
  return words.length <= MAX_LABEL_WORDS ? words.join(' ').toLowerCase() : undefined;
}

/**
 * The units that are the article's form (see the file's comment), among
 * blocks (one unit each): fields whose label starts RECURRENCE blocks or more,
 * and formulas (fewer than `formulaWords` words) that RECURRENCE blocks or
 * more share but for one word.
 */
export function formUnits<Unit extends StructureUnit>(doc: ArticleDocument, units: readonly Unit[], formulaWords: number): Set<Unit> {
  const form = new Set<Unit>();
  const labels = new Map<string, Unit[]>();
  for (const u of units) {
    const label = fieldLabel(doc, u);
    if (label !== undefined) labels.set(label, [...(labels.get(label) ?? []), u]);
  }
  // Fields take other values too: the same line thrice is no field.
  for (const members of labels.values()) {
    if (members.length >= RECURRENCE && new Set(members.map((u) => u.sequence)).size >= 2) for (const u of members) form.add(u);
  }
  // A formula with a slot: the same words but one (`Vote for Anna ...`, `Vote for Olga ...`), in distinct blocks.
  // Each short unit's hash without each of its words, grouped by sorting: a map of sets took hundreds of bytes a hash.
  const short = units.filter((u) => u.tokens.length >= 3 && u.tokens.length < formulaWords);
  const count = short.reduce((sum, u) => sum + u.tokens.length, 0);
  const keys = new Uint32Array(count);
  const owners = new Int32Array(count);
  let item = 0;
  short.forEach((u, index) => {
    const { tokens } = u;
    for (let gap = 0; gap < tokens.length; gap++) {
      let hash = tokens.length * 31 + gap;
      for (let i = 0; i < tokens.length; i++) if (i !== gap) hash = Math.imul(hash ^ tokens[i]!, FNV_PRIME);
      keys[item] = mix32(hash);
      owners[item++] = index;
    }
  });
  const sorted = sortByKey(keys, count, () => true, new Int32Array(count), new Int32Array(count));
  const ownerOf = (k: number) => short[owners[sorted[k]!]!]!;
  for (let k = 0; k < sorted.length; ) {
    const key = keys[sorted[k]!];
    let end = k + 1;
    while (end < sorted.length && keys[sorted[end]!] === key) end++;
    if (end - k >= RECURRENCE) {
      let otherSequence = false;
      for (let m = k + 1; m < end && !otherSequence; m++) otherSequence = ownerOf(m).sequence !== ownerOf(k).sequence;
      if (otherSequence) for (let m = k; m < end; m++) form.add(ownerOf(m));
    }
    k = end;
  }
  return form;
}

/**
 * The sequences of slot labels among blocks (one unit each): a short line
 * (fewer than `shortWords` words) that heads RECURRENCE blocks or more and is
 * followed by at least two different blocks. Every section of a plan or a
 * spec sheet repeats the label and fills the slot, mostly with another
 * entry, sometimes with the same one; a copied run repeats the label and its
 * entry alike.
 */
export function slotLabels<Unit extends StructureUnit>(units: readonly Unit[], shortWords: number): Set<number> {
  const followers = new Map<number, { count: number; next: Set<number> }>();
  for (let i = 0; i + 1 < units.length; i++) {
    const label = units[i]!;
    if (label.tokens.length === 0 || label.tokens.length >= shortWords) continue;
    let seen = followers.get(label.sequence);
    if (!seen) followers.set(label.sequence, (seen = { count: 0, next: new Set() }));
    seen.count++;
    seen.next.add(units[i + 1]!.sequence);
  }
  const labels = new Set<number>();
  for (const [sequence, { count, next }] of followers) if (count >= RECURRENCE && next.size >= 2) labels.add(sequence);
  return labels;
}

/** A unit that is one block, with the block's kind and place. */
interface BlockUnit extends StructureUnit {
  block?: { index: number; kind: string };
}

/**
 * Headings that a table of contents lists before them (`Setting up`,
 * `Example 2: Amend again, locally` in a list at the top, then as the
 * sections' headings): a run of entries, RECURRENCE or more, that each recur
 * later as a heading, in the order of the headings, with nothing between the
 * entries but other short lines that are no sentence (entries whose heading
 * is worded otherwise). An article printed twice repeats its headings too,
 * but with its paragraphs between them.
 */
export function contentsHeadings<Unit extends BlockUnit>(doc: ArticleDocument, blockUnits: readonly Unit[], shortWords: number): Set<Unit> {
  const firstOf = new Map<number, Unit>();
  /** Each entry's heading, by the entry's block index: the heading's place in blockUnits. */
  const headingAt = new Map<number, number>();
  blockUnits.forEach((u, at) => {
    const first = firstOf.get(u.sequence);
    if (!first) firstOf.set(u.sequence, u);
    else if (u.block?.kind === 'heading' && first.block && !headingAt.has(first.block.index)) headingAt.set(first.block.index, at);
  });
  const headings = new Set<Unit>();
  const isListLine = (u: Unit) => u.tokens.length > 0 && u.tokens.length < shortWords && !endsAsSentence(doc, u);
  /** A section's text between two headings: some block that is no list line (a copied list repeats its lines one after another). */
  const heads = (a: number, b: number) => blockUnits.slice(a + 1, b).some((u) => !isListLine(u));
  /** The places of the headings that a run of entries lists, in order. */
  let run: number[] = [];
  const close = () => {
    if (run.length >= RECURRENCE && run.every((at, i) => i === 0 || heads(run[i - 1]!, at))) for (const at of run) headings.add(blockUnits[at]!);
    run = [];
  };
  for (const u of blockUnits) {
    const heading = u.block ? headingAt.get(u.block.index) : undefined;
    if (heading !== undefined && (run.length === 0 || run[run.length - 1]! < heading)) run.push(heading);
    else {
      if (heading !== undefined || !isListLine(u)) close();
      if (heading !== undefined) run.push(heading);
    }
  }
  close();
  return headings;
}
