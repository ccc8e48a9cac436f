// How a written form relates to a known name, in terms of the corruptions
// that translation, OCR and spinning produce: a reduplicated syllable
// (`Kishidida`), a lost double letter (`Misouri`), a dropped, swapped, changed
// or extra letter, two edits in a long name. Each kind has a cost (lower is
// more certain) and a minimum name length below which it is too weak a signal.
import { doubleMetaphone } from 'double-metaphone';
import { memoize } from '../../util/memo.js';

export type CorruptionKind =
  | 'reduplicated-syllable'
  | 'doubled-letter'
  | 'lost-double-letter'
  | 'swapped-letters'
  | 'dropped-letter'
  | 'vowel-change'
  | 'changed-letter'
  | 'extra-letter'
  | 'dropped-letters'
  | 'two-edits'
  /** Damage the OCR channel makes likely (`Henrv`, `Tosepli`): channel.ts. */
  | 'ocr-confusion';

export interface Corruption {
  kind: CorruptionKind;
  cost: number;
  /** A short name (4 letters) has many near neighbours: believe this only if the article writes the name too. */
  needsNameNearby?: boolean;
}

/** Kinds whose direction is clear: the longer, stuttering form is the corrupted one. */
export const ONE_WAY_KINDS: ReadonlySet<CorruptionKind> = new Set(['reduplicated-syllable', 'lost-double-letter']);

/**
 * Kinds typical enough of corruption to trust a name that only the articles
 * attest. A changed consonant, an extra letter or two unrelated edits link
 * too many real names to each other (Berman/German, Boland/Poland).
 */
export const TELLING_KINDS: ReadonlySet<CorruptionKind> = new Set([
  'reduplicated-syllable',
  'doubled-letter',
  'lost-double-letter',
  'swapped-letters',
  'dropped-letter',
  'dropped-letters',
  'vowel-change',
]);

const VOWELS = new Set('aeiouy');

/** Endings that make another word from a name (`Kennedys`, `Missourian`, `Palladian`), not a corruption. */
const PLURAL = /^(?:s|es)$/;
const DERIVING_SUFFIX = /^(?:[ei]?ans?|ese|ism|ists?|ites?|ic|ish)s?$/;
/** A land named from a name ending in a consonant (`Zealand` -> `Zealandia`); after a vowel it would read as a changed ending (`Georgo` for George). */
const LAND_SUFFIX = /^ias?$/;
/** After a final `a` (`Cuba` -> `Cubans`, `Korea` -> `Korean`); `Beethove` is no stem of `Beethoven`. */
const AFTER_A_SUFFIX = /^ns?$/;

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** `written` with one immediately repeated run of 1-4 letters collapsed, each way it can be (`kishidida` -> `kishida`). */
export function collapsedRepeats(written: string): { form: string; length: number }[] {
  const forms: { form: string; length: number }[] = [];
  for (let length = 1; length <= 4; length++) {
    for (let i = 0; i + 2 * length <= written.length; i++) {
      if (written.slice(i, i + length) === written.slice(i + length, i + 2 * length)) {
        forms.push({ form: written.slice(0, i + length) + written.slice(i + 2 * length), length });
      }
    }
  }
  return forms;
}

/**
 * Whether one is the other with a plural or derivational ending
 * (`katangans` / `katanga`, `italian` / `italy`). A word ending in `s` takes
 * `es` for its plural: `Congress` is no plural of `Congres`.
 */
export function isDerivedForm(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const last = short[short.length - 1]!;
  const endsInVowel = VOWELS.has(last);
  if (long.startsWith(short)) {
    const ending = long.slice(short.length);
    return (PLURAL.test(ending) && !(last === 's' && ending === 's')) || DERIVING_SUFFIX.test(ending) || (last === 'a' && AFTER_A_SUFFIX.test(ending)) || (!endsInVowel && LAND_SUFFIX.test(ending));
  }
  // The stem's final vowel gives way to the ending: Palladio -> Palladian.
  return endsInVowel && long.startsWith(short.slice(0, -1)) && DERIVING_SUFFIX.test(long.slice(short.length - 1));
}

/** Whether the two differ in one letter, and both letters are vowels. */
function isVowelChange(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return VOWELS.has(a[i]!) && VOWELS.has(b[i]!);
  }
  return false;
}

/** Whether `short` is `long` with one letter of a doubled pair removed (`misouri` / `missouri`). */
function isLostDouble(short: string, long: string): boolean {
  for (let i = 0; i < short.length; i++) {
    if (short[i] !== long[i]) return i > 0 && long[i] === long[i - 1];
  }
  return long[long.length - 1] === long[long.length - 2];
}

/** Whether `short`'s letters are in `long`, in order (`thos` in thomas). */
export function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const letter of long) if (letter === short[i]) i++;
  return i === short.length;
}

/** Bounded: a language server meets new names for days. */
const phoneticKey = memoize((word): [string, string] => doubleMetaphone(word));

export function samePhoneticKey(a: string, b: string): boolean {
  const [a1, a2] = phoneticKey(a);
  const [b1, b2] = phoneticKey(b);
  return a1 === b1 || a1 === b2 || a2 === b1;
}

/**
 * How `written` could be a corruption of `name` (both lower-case), or
 * undefined when it is too far, too short to tell, or a derived form.
 */
export function corruptionOf(written: string, name: string): Corruption | undefined {
  if (written.replace(/'/g, '') === name.replace(/'/g, '') || isDerivedForm(written, name)) return undefined;
  for (const { form, length } of collapsedRepeats(written)) {
    if (form === name && name.length >= 4) {
      return length === 1 ? { kind: 'doubled-letter', cost: 0.8 } : { kind: 'reduplicated-syllable', cost: 0.4 };
    }
  }
  const distance = editDistance(written, name, 2);
  const phonetic = samePhoneticKey(written, name) ? 0.2 : 0;
  if (distance === 1) {
    if (written.length < name.length) {
      if (isLostDouble(written, name)) return name.length >= 4 ? { kind: 'lost-double-letter', cost: 0.5 } : undefined;
      return name.length >= 4 ? { kind: 'dropped-letter', cost: 0.7 - phonetic, needsNameNearby: name.length === 4 } : undefined;
    }
    if (written.length > name.length) return name.length >= 5 ? { kind: 'extra-letter', cost: 0.9 - phonetic } : undefined;
    if (name.length < 4) return undefined;
    let first = 0;
    while (written[first] === name[first]) first++;
    if (written[first + 1] === name[first] && written[first] === name[first + 1] && written.slice(first + 2) === name.slice(first + 2)) {
      return { kind: 'swapped-letters', cost: 0.6 };
    }
    if (isVowelChange(written, name)) return { kind: 'vowel-change', cost: 0.7 - phonetic, needsNameNearby: name.length === 4 };
    return name.length >= 6 ? { kind: 'changed-letter', cost: 0.9 - phonetic } : undefined;
  }
  if (distance === 2 && name.length >= 6 && written.length >= 4 && (written[0] === name[0] || phonetic)) {
    // Two letters cut off the end make a short form (Marv, Marvin), not a corruption.
    if (written.length === name.length - 2 && isSubsequence(written, name)) {
      return name.startsWith(written) ? undefined : { kind: 'dropped-letters', cost: 1.2 - phonetic };
    }
    // Two other edits relate too many real names (Seigner/Singer): only long names that still sound alike.
    return phonetic && name.length >= 8 ? { kind: 'two-edits', cost: 1.3 } : undefined;
  }
  return undefined;
}
