// The noisy channel between a name and what was printed or typed: a
// weighted edit distance whose edits cost what their frequency says. OCR
// reads `n` as `u`, `m` as `rn`, `h` as `li`, and a name's capital `J` as
// `T`: those edits are cheap (channel-table.ts, learned from aligned OCR
// pairs and smoothed towards OCR's known confusions and letter shapes by
// scripts/train-name-channel.mjs); a typist hits a neighbouring key or swaps
// two letters; anything else costs 1. Two cheap edits can so cost less than
// one unlikely one.
import { CHANNEL_EDITS } from './channel-table.js';

/** An edit nobody has measured. */
const UNKNOWN_EDIT = 1;
/** A neighbouring key on a QWERTY keyboard, or two letters swapped: the typist's slips. */
const KEYBOARD_SLIP = 0.7;
const SWAP = 0.6;
/** A letter doubled or a double letter lost (`Misouri`). */
const DOUBLING = 0.5;
/** One vowel for another (`Checago`): spelling by ear. */
const VOWEL_FOR_VOWEL = 0.75;
/** What an edit learned one way costs the other way (OCR confuses `u` and `n` both ways, not equally often). */
const REVERSED = 0.2;

const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const VOWELS = new Set('aeiouy');

function keyNeighbours(): Map<string, Set<string>> {
  const near = new Map<string, Set<string>>();
  const position = new Map<string, [number, number]>();
  KEY_ROWS.forEach((row, r) => [...row].forEach((key, c) => position.set(key, [r, c])));
  for (const [a, [ra, ca]] of position) {
    const set = new Set<string>();
    for (const [b, [rb, cb]] of position) {
      // Same row, one apart; or the row above or below, under the key (rows are offset by half a key).
      if (a !== b && ((ra === rb && Math.abs(ca - cb) === 1) || (Math.abs(ra - rb) === 1 && (cb - ca === 0 || cb - ca === (rb > ra ? -1 : 1))))) set.add(b);
    }
    near.set(a, set);
  }
  return near;
}

const NEIGHBOURS = keyNeighbours();

/** `right>read` -> cost; one or two letters each side. */
const EDITS: ReadonlyMap<string, number> = (() => {
  const learned = new Map(Object.entries(CHANNEL_EDITS));
  const edits = new Map(learned);
  for (const [key, cost] of learned) {
    const [right, read] = key.split('>') as [string, string];
    const reverse = `${read}>${right}`;
    edits.set(reverse, Math.min(edits.get(reverse) ?? UNKNOWN_EDIT, cost + REVERSED));
  }
  return edits;
})();

/** The longest edit (in letters, each side) the table holds. */
const MAX_SPAN = 2;

/**
 * What reading `right` (letters of the name, maybe '') as `read` (maybe '')
 * costs: one edit. `first`: one letter for another at the name's start,
 * where both are capitals and confused as capitals are (`J` read as `T`).
 */
function editCost(right: string, read: string, first = false): number {
  const learned = first ? EDITS.get(`${right.toUpperCase()}>${read.toUpperCase()}`) : EDITS.get(`${right}>${read}`);
  let cost = learned ?? UNKNOWN_EDIT;
  if (right.length === 1 && read.length === 1) {
    if (NEIGHBOURS.get(right)?.has(read)) cost = Math.min(cost, KEYBOARD_SLIP);
    if (VOWELS.has(right) && VOWELS.has(read)) cost = Math.min(cost, VOWEL_FOR_VOWEL);
  } else if (learned === undefined && (right.length > 1 || read.length > 1)) {
    // A span not in the table is no single edit: its letters are edited one by one.
    return Infinity;
  }
  return cost;
}

/**
 * The cheapest way the channel turns `name` into `written` (both
 * lower-case), or more than `max` (Infinity) when it costs more: a
 * weighted Damerau-Levenshtein distance whose steps may span two letters.
 */
export function channelCost(written: string, name: string, max = Infinity): number {
  const rows = written.length + 1;
  const cols = name.length + 1;
  const d = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      const w = written[i - 1];
      const n = name[j - 1];
      if (i > 0 && j > 0 && w === n) best = d[(i - 1) * cols + j - 1]!;
      if (i > 0) {
        // An extra letter; the same letter again is a doubling.
        best = Math.min(best, d[(i - 1) * cols + j]! + (i > 1 && written[i - 2] === w ? Math.min(DOUBLING, editCost('', w!)) : editCost('', w!)));
      }
      if (j > 0) best = Math.min(best, d[i * cols + j - 1]! + (j > 1 && name[j - 2] === n ? Math.min(DOUBLING, editCost(n!, '')) : editCost(n!, '')));
      if (i > 0 && j > 0 && w !== n) best = Math.min(best, d[(i - 1) * cols + j - 1]! + editCost(n!, w!, i === 1 && j === 1));
      if (i > 1 && j > 1 && w === name[j - 2] && written[i - 2] === n && w !== n) best = Math.min(best, d[(i - 2) * cols + j - 2]! + SWAP);
      for (let a = 0; a <= MAX_SPAN && a <= j; a++) {
        for (let b = 0; b <= MAX_SPAN && b <= i; b++) {
          if (a + b < 3) continue;
          const cost = EDITS.get(`${name.slice(j - a, j)}>${written.slice(i - b, i)}`);
          if (cost !== undefined) best = Math.min(best, d[(i - b) * cols + j - a]! + cost);
        }
      }
      d[i * cols + j] = best;
    }
    if (max !== Infinity && i > 0) {
      let rowMin = Infinity;
      for (let j = 0; j < cols; j++) rowMin = Math.min(rowMin, d[i * cols + j]!);
      // Two-letter steps reach back a row: stop only when two rows are past the bound.
      if (rowMin > max && i > 1) {
        let previousMin = Infinity;
        for (let j = 0; j < cols; j++) previousMin = Math.min(previousMin, d[(i - 1) * cols + j]!);
        if (previousMin > max) return Infinity;
      }
    }
  }
  const cost = d[rows * cols - 1]!;
  return cost > max ? Infinity : cost;
}

/** The learned edits by what is read (`rn` -> [[`m`, cost]]): what a read text may have been. */
const BY_READ: ReadonlyMap<string, readonly [right: string, cost: number][]> = (() => {
  const byRead = new Map<string, [string, number][]>();
  for (const [key, cost] of EDITS) {
    const [right, read] = key.split('>') as [string, string];
    const list = byRead.get(read) ?? byRead.set(read, []).get(read)!;
    list.push([right, cost]);
  }
  return byRead;
})();

/**
 * The same at a name's start, for one letter read: a letter read for
 * another is a capital's confusion there (`T` read for `J`), not the
 * lower-case letters'; the others (a letter gained, `m` read as `n` of `rn`) stay.
 */
const BY_READ_AT_START: ReadonlyMap<string, readonly [right: string, cost: number][]> = (() => {
  const atStart = new Map<string, [string, number][]>();
  for (const [read, edits] of BY_READ) {
    if (read.length !== 1 || read !== read.toLowerCase()) continue;
    const capitals = (BY_READ.get(read.toUpperCase()) ?? []).map(([right, cost]): [string, number] => [right.toLowerCase(), cost]);
    atStart.set(read, [...edits.filter(([right]) => right.length !== 1), ...capitals]);
  }
  for (const [read, edits] of BY_READ) {
    if (read.length === 1 && read !== read.toLowerCase() && !atStart.has(read.toLowerCase())) atStart.set(read.toLowerCase(), edits.map(([right, cost]) => [right.toLowerCase(), cost]));
  }
  return atStart;
})();

/** Edits a variant may stack, and the dearest it may use: more would make tens of thousands of forms per word. */
const MAX_VARIANT_EDITS = 2;
const MAX_VARIANT_EDIT_COST = 1;

/**
 * The forms `written` (lower-case) may have been before the channel's
 * learned edits damaged it, cheapest first, each at most `budget` and for
 * which `accept` holds (`tho` -> `the`; `geoige` -> `george`). The
 * reverse of `channelCost`, for finding right forms no index holds: the
 * dictionary's words. `mayStart`, when given, must hold for every prefix of
 * every form `accept` takes: the search stops growing a form it rejects
 * (the whole walk is tens of thousands of forms per word at a budget of 2).
 * Edits that cost `freeEdit` or less are not counted towards the variant's
 * edits, only towards its budget: OCR misreads several letters of a badly
 * printed word each its cheap way (`hnllldav`, halliday: `n` for `a`, `l`
 * for `i` twice, `v` for `y`), and few edits are that cheap.
 */
export function channelVariants(
  written: string,
  budget: number,
  accept: (form: string) => boolean,
  mayStart?: (prefix: string) => boolean,
  freeEdit = 0,
): { form: string; cost: number }[] {
  const best = new Map<string, number>();
  const walk = (at: number, built: string, cost: number, edited: boolean, edits: number, lastEdit: number) => {
    // No accepted form starts so: nothing grown from here can be one.
    if (mayStart && !mayStart(built)) return;
    if (at === written.length) {
      if (edited && built.length >= 2 && cost < (best.get(built) ?? Infinity) && accept(built)) best.set(built, cost);
    } else walk(at + 1, built + written[at], cost, edited, edits, lastEdit);
    const onlyFree = edits === MAX_VARIANT_EDITS;
    if (onlyFree && freeEdit === 0) return;
    // An edit reading a letter or two here; a letter the channel lost (read as nothing) once per position.
    for (let span = 0; span <= MAX_SPAN && at + span <= written.length; span++) {
      if (span === 0 && lastEdit === at) continue;
      const read = written.slice(at, at + span);
      for (const [right, edit] of (at === 0 && span === 1 ? BY_READ_AT_START : BY_READ).get(read) ?? []) {
        const free = edit <= freeEdit;
        if ((free || !onlyFree) && edit <= MAX_VARIANT_EDIT_COST && cost + edit <= budget) walk(at + span, built + right, cost + edit, true, free ? edits : edits + 1, span === 0 ? at : -1);
      }
    }
  };
  walk(0, '', 0, false, 0, -1);
  return [...best]
    .map(([form, cost]) => ({ form, cost }))
    .sort((a, b) => a.cost - b.cost);
}
