// Text comparison helpers shared by the rules and analyses: word tokens that
// ignore case, punctuation, quote style and markup, hashed word shingles, a
// bounded word-level edit distance, and letters without their accents.
import { FNV_OFFSET, FNV_PRIME, fnv1a } from '../util/fnv.js';

/**
 * Lower-cased word tokens of a text. Markup (HTML tags and entities,
 * Markdown emphasis), punctuation, quote marks and apostrophes are ignored,
 * so `**Ishiba's Visit**` and `ISHIBA’S visit` give the same tokens.
 */
export function wordTokens(text: string): string[] {
  // Most words are plain ASCII letters and digits: skip the normalisation.
  if (/^[A-Za-z0-9]+$/.test(text)) return [text.toLowerCase()];
  // Prose is mostly ASCII with typographic quotes and dashes, which NFKC (it
  // folds ligatures and full-width letters) leaves alone, and whose only
  // letters and digits are ASCII ones.
  const plainAscii = !BEYOND_TYPOGRAPHIC_ASCII.test(text);
  let plain = plainAscii ? text : text.normalize('NFKC');
  // A tag holds no `<`: each try stops at the next one (`[^>]*` read to the end from each `<` of `<<<<`).
  if (plain.includes('<')) plain = plain.replace(/<[^<>]*>/g, ' ');
  if (plain.includes('&')) plain = plain.replace(/&#?\w+;/g, ' ');
  // Apostrophes join their word (`Ishiba's` -> `ishibas`) whatever their style.
  plain = plain.replace(/['\u2018\u2019\u02BC`]/g, '').toLowerCase();
  return plain.match(plainAscii ? /[a-z0-9]+/g : /[\p{L}\p{N}]+/gu) ?? [];
}

/** A character other than ASCII and the typographic quotes and dashes. */
const BEYOND_TYPOGRAPHIC_ASCII = /[^\x00-\x7F\u2013\u2014\u2018\u2019\u201C\u201D]/;

/**
 * Text whose tokens wordTokens finds without normalising it: typographic
 * ASCII without a tag or an entity. In such text a token is a run of ASCII
 * letters and digits, lower-cased, apostrophes dropped: nothing depends on
 * the text around it.
 */
export function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isPlainCharacter(text.charCodeAt(i))) return false;
  return true;
}

/** A character plain text may hold: ASCII but `&` and `<` (a reference or a tag may start there), or a typographic quote or dash. */
function isPlainCharacter(code: number): boolean {
  return code < 0x80 ? code !== 0x26 && code !== 0x3c : isTypographic(code);
}

/** Length from which tokenHashPieces cuts a text at its next line break. */
const PIECE_LENGTH = 1 << 16;

/**
 * `fnv1a` of each of wordTokens(text.slice(from)), a piece at a time,
 * so that a long article's million tokens are never held at once. Pieces end
 * with a line break outside any tag: no tag, reference, case rule or
 * normalisation reaches across one, so the pieces' tokens are exactly the
 * whole text's. A plain piece (isPlainText) is hashed as it is scanned, with
 * no token string built.
 */
export function* tokenHashPieces(text: string, from = 0, pieceLength = PIECE_LENGTH): Generator<Uint32Array> {
  while (from < text.length) {
    // The first line break from `from + pieceLength` on with no `<` after the last `>` before it, in one scan.
    let end = text.length;
    let inTag = false;
    for (let i = from; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x3c) inTag = true;
      else if (code === 0x3e) inTag = false;
      else if (code === 0x0a && !inTag && i >= from + pieceLength) {
        end = i + 1;
        break;
      }
    }
    const piece = text.slice(from, end);
    const hashes = new Uint32Array((piece.length + 1) >>> 1);
    const count = writePlainTokenHashes(piece, hashes, 0);
    yield count >= 0 ? hashes.subarray(0, count) : Uint32Array.from(wordTokens(piece), fnv1a);
    from = end;
  }
}

/**
 * Writes wordTokens(text.slice(start, end)).map(fnv1a) to `out` from
 * `at`, in one pass over the characters, when that text is plain
 * (isPlainText), and returns how many it wrote; returns -1 for a text that is
 * not plain. `out` needs room for (end - start + 1) / 2 hashes.
 */
export function writePlainTokenHashes(text: string, out: Uint32Array, at: number, start = 0, end = text.length): number {
  let count = at;
  let hash = FNV_OFFSET;
  let inToken = false;
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      inToken = true;
    } else if (!isPlainCharacter(code)) {
      return -1;
    } else if (!isApostrophe(code) && inToken) {
      out[count++] = hash >>> 0;
      hash = FNV_OFFSET;
      inToken = false;
    }
  }
  if (inToken) out[count++] = hash >>> 0;
  return count - at;
}

/** The typographic quotes and dashes that plain text (isPlainText) may hold beyond ASCII. */
export function isTypographic(code: number): boolean {
  return code === 0x2013 || code === 0x2014 || code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d;
}

/** The apostrophes wordTokens drops (`Ishiba's` -> `ishibas`), typographic ASCII ones. */
export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x60 || code === 0x2018 || code === 0x2019;
}

/** murmur3's finaliser: a fast, well-spread 32-bit mixer. */
export function mix32(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The hash of `count` consecutive token hashes from `from`: one shingle. */
export function shingleHash(tokenHashes: ArrayLike<number>, from: number, count: number): number {
  let hash = 0x9e3779b9;
  for (let j = 0; j < count; j++) hash = Math.imul(hash ^ tokenHashes[from + j]!, FNV_PRIME) + j;
  return mix32(hash);
}

/**
 * 32-bit hashes of the distinct word k-shingles of a token list (a shorter
 * list is one shingle). Hashing instead of joining strings keeps large
 * articles cheap; a rare collision only proposes a candidate that is then verified.
 */
export function shingleHashes(tokens: readonly string[], k: number): number[] {
  const tokenHashes = tokens.map(fnv1a);
  const width = Math.min(k, tokenHashes.length);
  const result = new Set<number>();
  for (let i = 0; width > 0 && i + width <= tokenHashes.length; i++) result.add(shingleHash(tokenHashes, i, width));
  return [...result];
}

/**
 * Word-level Levenshtein distance, computed only within `limit` of the
 * diagonal (O(n * limit)); returns `limit + 1` as soon as it must exceed it.
 */
export function boundedEditDistance<Token>(a: ArrayLike<Token>, b: ArrayLike<Token>, limit: number): number {
  const n = a.length;
  const m = b.length;
  const over = limit + 1;
  if (Math.abs(n - m) > limit) return over;
  let previous = new Int32Array(m + 1).fill(over);
  let current = new Int32Array(m + 1).fill(over);
  for (let j = 0; j <= Math.min(m, limit); j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    const low = Math.max(1, i - limit);
    const high = Math.min(m, i + limit);
    current.fill(over);
    if (i <= limit) current[0] = i;
    let rowMin = current[0]!;
    for (let j = low; j <= high; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[m]!, over);
}

/**
 * Similarity of two token lists: 1 - edit distance / longer length, or 0
 * when it is below `minimum` (the distance is then not computed in full).
 */
export function tokenSimilarity<Token>(a: ArrayLike<Token>, b: ArrayLike<Token>, minimum: number): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  const limit = Math.floor((1 - minimum) * longer + 1e-9);
  const distance = boundedEditDistance(a, b, limit);
  return distance > limit ? 0 : 1 - distance / longer;
}

/** `café` -> `cafe`, `América` -> `America`: the letters without their accents (the dictionary writes many loanwords so, another language a name so). */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}
