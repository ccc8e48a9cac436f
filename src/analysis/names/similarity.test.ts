import { describe, expect, it } from 'vitest';
import { collapsedRepeats, corruptionOf, editDistance, isDerivedForm } from './similarity.js';

describe('corruptionOf', () => {
  it.each([
    ['kishidida', 'kishida', 'reduplicated-syllable'],
    ['germanany', 'germany', 'reduplicated-syllable'],
    ['levivitt', 'levitt', 'reduplicated-syllable'],
    ['eisenhhower', 'eisenhower', 'doubled-letter'],
    ['misouri', 'missouri', 'lost-double-letter'],
    ['mocsow', 'moscow', 'swapped-letters'],
    ['lodon', 'london', 'dropped-letter'],
    ['checago', 'chicago', 'vowel-change'],
    ['isba', 'ishiba', 'dropped-letters'],
    ['trujilso', 'trujillo', 'changed-letter'],
    ['jeffelrson', 'jefferson', 'extra-letter'],
  ])('%s is a corruption of %s (%s)', (written, name, kind) => {
    expect(corruptionOf(written, name)?.kind).toBe(kind);
  });

  it.each([
    ['kishimoto', 'kishida', 'too far apart'],
    ['katangans', 'katanga', 'a derived form'],
    ['palladian', 'palladio', 'a derived form'],
    ['marv', 'marvin', 'a short form'],
    ['seigner', 'singer', 'two unrelated edits'],
    ['abel', 'abe', 'a name too short to tell'],
    ["bul'ba", 'bulba', 'an apostrophe only'],
  ])('%s is not a corruption of %s (%s)', (written, name) => {
    expect(corruptionOf(written, name)).toBeUndefined();
  });

  it('marks short-name kinds as needing the name nearby', () => {
    expect(corruptionOf('mury', 'mary')).toMatchObject({ kind: 'vowel-change', needsNameNearby: true });
  });
});

describe('helpers', () => {
  it('measures adjacent swaps as one edit', () => {
    expect(editDistance('namoi', 'naomi')).toBe(1);
    expect(editDistance('isab', 'ishiba')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
  it('collapses every immediate repeat', () => {
    expect(collapsedRepeats('kishidida').map((r) => r.form)).toContain('kishida');
  });
  it('knows derived forms', () => {
    expect(isDerivedForm('italian', 'italy')).toBe(true);
    expect(isDerivedForm('germanany', 'germany')).toBe(false);
    expect(isDerivedForm('cubans', 'cuba')).toBe(true);
    expect(isDerivedForm('kennedys', 'kennedy')).toBe(true);
  });
  it('knows a land named from a name ending in a consonant, and no other -ia', () => {
    expect(isDerivedForm('zealandia', 'zealand')).toBe(true);
    expect(isDerivedForm('zeeland', 'zeelandia')).toBe(true);
    // After a vowel the ending reads as damage of the name's last letter: Georgo is George.
    expect(isDerivedForm('georgo', 'georgia')).toBe(false);
  });
  it('takes no lost final letter for a derived form', () => {
    // A word in -s makes its plural with -es; only a stem in -a takes -n.
    expect(isDerivedForm('congres', 'congress')).toBe(false);
    expect(isDerivedForm('beethove', 'beethoven')).toBe(false);
    expect(corruptionOf('congres', 'congress')?.kind).toBe('lost-double-letter');
    expect(corruptionOf('beethove', 'beethoven')?.kind).toBe('dropped-letter');
  });
});
