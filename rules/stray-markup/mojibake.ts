// Mojibake: UTF-8 bytes that were decoded as Windows-1252 (or Latin-1), so
// that one character became two to four (`’` -> `â€™`, `é` -> `Ã©`). The
// repair is mechanical: map each character back to the byte it was read
// from and decode those bytes as UTF-8; a run that decodes cleanly is
// mojibake. Runs that were mis-decoded twice are repaired until stable.

/** The characters Windows-1252 puts at bytes 0x80-0x9F (the rest of 0x80-0xFF is Latin-1). */
const CP1252_HIGH: Readonly<Record<number, number>> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
  0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91,
  0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98,
  0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** The byte a character (UTF-16 code) was decoded from (Windows-1252, with Latin-1 for its holes), if it is a high byte. */
function byteOf(code: number): number | undefined {
  if (code >= 0x80 && code <= 0xff) return code;
  return CP1252_HIGH[code];
}

/** The lead bytes of multi-byte UTF-8 sequences; Windows-1252's own characters (bytes 0x80-0x9F) are none. */
const FIRST_LEAD = 0xc2;
const LAST_LEAD = 0xf4;

/** A lead byte (FIRST_LEAD to LAST_LEAD) as Windows-1252 shows it: `Â` to `ô`. */
const LEAD_CHARACTER = /[\u00c2-\u00f4]/g;

/** Bytes a UTF-8 sequence starting with `lead` has in total, or 0 when `lead` cannot start one. */
function sequenceLength(lead: number): number {
  if (lead >= FIRST_LEAD && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= LAST_LEAD) return 4;
  return 0;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The character encoded by the mis-decoded sequence at `index`, with its length in `text`, if there is one. */
function decodeAt(text: string, index: number): { length: number; decoded: string } | undefined {
  if (index >= text.length) return undefined;
  const lead = byteOf(text.charCodeAt(index));
  const length = lead === undefined ? 0 : sequenceLength(lead);
  if (length === 0 || index + length > text.length) return undefined;
  const bytes = new Uint8Array(length);
  bytes[0] = lead!;
  for (let k = 1; k < length; k++) {
    const byte = byteOf(text.charCodeAt(index + k));
    if (byte === undefined || byte < 0x80 || byte > 0xbf) return undefined;
    bytes[k] = byte;
  }
  try {
    const decoded = utf8.decode(bytes);
    // C1 controls never come out of real text.
    return /[\u0080-\u009f]/.test(decoded) ? undefined : { length, decoded };
  } catch {
    return undefined;
  }
}

export interface MojibakeRun {
  start: number;
  end: number;
  /** The repaired text. */
  repaired: string;
}

/** One pass of repair over a whole string; returns the string unchanged when nothing decodes. */
function repairOnce(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const hit = decodeAt(text, i);
    if (hit) {
      out += hit.decoded;
      i += hit.length;
    } else {
      out += text[i];
      i++;
    }
  }
  return out;
}

/** Repair text mis-decoded once or several times over. */
export function repairMojibake(text: string): string {
  let current = text;
  for (let pass = 0; pass < 3; pass++) {
    const next = repairOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * Runs of mojibake in `text[from, to)`: adjacent mis-decoded sequences form
 * one run. A lone `Â` before a plain space is an NBSP whose second byte was
 * normalised to a space (`isÂ no`, `the Â vote`); it is reported as a run
 * too, unless it ends a word in capitals, where it could be a letter.
 */
export function findMojibake(text: string, from = 0, to = text.length): MojibakeRun[] {
  const runs: MojibakeRun[] = [];
  let i = from;
  while (i < to) {
    // Every sequence, and the lone `Â`, starts with a lead byte read as Latin-1 (`Â` to `ô`): the pattern skips the rest at once.
    LEAD_CHARACTER.lastIndex = i;
    const lead = LEAD_CHARACTER.exec(text);
    if (!lead || lead.index >= to) break;
    i = lead.index;
    let end = i;
    for (let hit = decodeAt(text, end); hit && end + hit.length <= to; hit = decodeAt(text, end)) end += hit.length;
    if (end > i) {
      runs.push({ start: i, end, repaired: repairMojibake(text.slice(i, end)) });
      i = end;
    } else if (text[i] === '\u00c2' && text[i + 1] === ' ' && !/\p{Lu}/u.test(text[i - 1] ?? '')) {
      runs.push({ start: i, end: i + 2, repaired: ' ' });
      i += 2;
    } else i++;
  }
  return runs;
}
