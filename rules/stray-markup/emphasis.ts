// Emphasis delimiters (`**`, `__`, `*`) in one block of text, paired the way
// Markdown pairs them: a delimiter can open when the next character is not
// whitespace, and close when the previous one is not. What is left unpaired
// is shown literally by every renderer: a stray marker. Stars that stand for
// something are no markers: stars after a short stem or a code in capitals
// mask letters or grade (`Ni** My**`, `CCI**`), and a star before a number
// marks a note or multiplies (`*10 minutes`, `*x100`).

import { pushAll } from '../../src/util/arrays.js';

export interface Delimiter {
  start: number;
  end: number;
  marker: '**' | '__' | '*';
}

export interface EmphasisPair {
  open: Delimiter;
  close: Delimiter;
}

export interface EmphasisScan {
  pairs: EmphasisPair[];
  /**
   * Delimiters with no partner. A single `*` counts only when it opens inside
   * a line: `word*` and a `*` opening a line read as footnote marks.
   */
  unpaired: Delimiter[];
}

const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);
const isPunctuation = (char: string | undefined) => char !== undefined && /[\p{P}\p{S}]/u.test(char);

/**
 * Runs of `*` or `_`: a run of two is a bold delimiter, a lone `*` an italic
 * one; longer runs (`***`, `____` blanks to fill in) are left alone.
 */
function delimitersIn(text: string, offset: number): (Delimiter & { canOpen: boolean; canClose: boolean; standsFor: boolean })[] {
  const found: (Delimiter & { canOpen: boolean; canClose: boolean; standsFor: boolean })[] = [];
  for (const match of text.matchAll(/\*+|_+/g)) {
    const run = match[0];
    const marker = run === '**' ? '**' : run === '__' ? '__' : run === '*' ? '*' : undefined;
    if (!marker) continue;
    const before = text[match.index - 1];
    const after = text[match.index + run.length];
    // Inside a word, `_` joins identifiers (snake__case); only `*` may emphasise there.
    if (marker === '__' && /[\p{L}\p{N}]/u.test(before ?? '') && /[\p{L}\p{N}]/u.test(after ?? '')) continue;
    const leftFlanking = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
    const rightFlanking = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
    if (!leftFlanking && !rightFlanking) continue; // `2 * 3`, `marked *`: not emphasis
    const standsFor = marker !== '__' && (rightFlanking && !leftFlanking ? masksOrGrades(text.slice(Math.max(0, match.index - STEM_WINDOW), match.index)) : leftFlanking && !rightFlanking && marker === '*' && NOTE_MARK_BEFORE.test(text.slice(match.index + 1)));
    found.push({ start: offset + match.index, end: offset + match.index + run.length, marker, canOpen: leftFlanking, canClose: rightFlanking, standsFor });
  }
  return found;
}

/** Letters a masked word keeps at most before its stars (`Ni**`, `Tur**`); `Washington**` is a whole word. */
const MASK_STEM_LETTERS = 3;
/** Characters before a marker that decide masksOrGrades: a longer stem is neither (an end-anchored pattern over the whole text before would be quadratic). */
const STEM_WINDOW = 7;

/** Whether stars right after `before` mask the rest of a word or grade a code: a short stem (`Ni**`) or capitals (`CCI**`, `A*`). */
function masksOrGrades(before: string): boolean {
  const stem = /[\p{L}\p{N}]+$/u.exec(before)?.[0];
  if (stem === undefined) return false;
  return stem.length <= MASK_STEM_LETTERS || (stem.length <= 6 && stem === stem.toUpperCase() && /\p{L}/u.test(stem));
}

/** What follows a note mark or a multiplication star: a token holding a digit (`*10`, `*x100`). */
const NOTE_MARK_BEFORE = /^[\p{L}]{0,2}\p{N}/u;

/** A `*` opening a line marks a footnote or a bullet, not emphasis: only white space before it on its line (scanned back over that space alone, so that a long line costs no more). */
function atLineStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && text[i] !== '\n' && /\s/.test(text[i]!)) i--;
  return i < 0 || text[i] === '\n';
}

/** Pair the emphasis delimiters of `text` (which starts at `offset` in the document). */
export function scanEmphasis(text: string, offset = 0): EmphasisScan {
  const pairs: EmphasisPair[] = [];
  const unpaired: Delimiter[] = [];
  const open = new Map<Delimiter['marker'], Delimiter[]>();
  const standing = new Set<number>();
  for (const delimiter of delimitersIn(text, offset)) {
    const stack = open.get(delimiter.marker) ?? [];
    open.set(delimiter.marker, stack);
    const { canOpen, canClose, standsFor, ...plain } = delimiter;
    if (standsFor) standing.add(plain.start);
    if (canClose && stack.length > 0) pairs.push({ open: stack.pop()!, close: plain });
    else if (canOpen) stack.push(plain);
    else if (plain.marker !== '*' && !standsFor) unpaired.push(plain);
  }
  for (const stack of open.values()) pushAll(unpaired, stack.filter((d) => !standing.has(d.start) && (d.marker !== '*' || !atLineStart(text, d.start - offset))));
  pairs.sort((a, b) => a.open.start - b.open.start);
  unpaired.sort((a, b) => a.start - b.start);
  return { pairs, unpaired };
}
