// FNV-1a, 32 bits: the hash the rules give word forms and tokens (cheap and
// well spread over short strings). Hot loops step it inline with these
// constants; one definition keeps every table built and probed with it in agreement.
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** The FNV-1a state `hash` carried over one UTF-16 code unit. */
export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** FNV-1a of a string's UTF-16 code units, unsigned. */
export function fnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = fnvStep(hash, text.charCodeAt(i));
  return hash >>> 0;
}
