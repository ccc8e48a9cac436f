// Dates are handled as ISO `YYYY-MM-DD` strings: they compare correctly as
// strings and never shift with the machine's time zone.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR = /^\d{4}$/;

/** A valid calendar date as `YYYY-MM-DD`, or undefined. */
export function parseIsoDate(value: string): string | undefined {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const valid = date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
  return valid ? `${y}-${m}-${d}` : undefined;
}

/**
 * A glossary bound: an ISO date, or a year standing for its first day
 * (`from`) or last day (`to`).
 */
export function parseDateBound(value: unknown, bound: 'from' | 'to'): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const text = String(value).trim();
  if (YEAR.test(text)) return bound === 'from' ? `${text}-01-01` : `${text}-12-31`;
  return parseIsoDate(text);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
