import { describe, expect, it } from 'vitest';
import { isCalendarName, looksDamaged } from './lexicon.js';

describe('looksDamaged', () => {
  it('reads a capital inside a word, or letters no name has, as damage', () => {
    expect(looksDamaged('MOrrtain')).toBe(true);
    expect(looksDamaged('Tliomas')).toBe(true);
    expect(looksDamaged('Thomas')).toBe(false);
  });

  it('keeps the capital after a surname prefix', () => {
    for (const name of ["M'Kenzie", "M'Namara", 'McLeod', 'MacCallum', "O'Brien", 'DeLisle']) expect(looksDamaged(name), name).toBe(false);
    // The prefix is no licence for damage after it.
    expect(looksDamaged("M'KctwIe")).toBe(true);
  });
});

describe('isCalendarName', () => {
  it('knows months and days, and their plurals, which are no one’s name', () => {
    for (const word of ['october', 'monday', 'mondays', 'may']) expect(isCalendarName(word), word).toBe(true);
    for (const word of ['george', 'sydney', 'maya']) expect(isCalendarName(word), word).toBe(false);
  });
});
