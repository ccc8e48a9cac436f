import { describe, expect, it } from 'vitest';
import { canonicalTitle, isHonorific, isTitleToCome, titleAlternation, titleCore, titleSpellings } from './titles.js';

describe('titles', () => {
  it.each([
    ['Gov.', 'governor'],
    ['Lt. Gov.', 'lieutenant governor'],
    ['Vice-President', 'vice president'],
    ['PM', 'prime minister'],
    ['State Atty. Gen.', 'state attorney general'],
    ['Premier', 'prime minister'],
  ])('canonical form of %s', (title, canonical) => expect(canonicalTitle(title)).toBe(canonical));

  it.each([
    ['Secretary of State', 'secretary'],
    ['Labor Secretary', 'secretary'],
    ['State Sen.', 'senator'],
    ['Field Marshal', 'marshal'],
    ['Congressman', 'representative'],
    ['Vice President', 'vice president'],
    ['Lt. Gov.', 'lieutenant governor'],
    ['Atty. Gen.', 'attorney general'],
    ['Holiness Pope', 'pope'],
    ['Inspector', 'inspector'],
    ['Maj. Gen.', 'general'],
    ['Lt. Gen.', 'general'],
    ['Capt.', 'captain'],
  ])('office of %s', (title, core) => expect(titleCore(title)).toBe(core));

  it('tells offices apart that share a word', () => {
    expect(titleCore('Vice President')).not.toBe(titleCore('President'));
    expect(titleCore('Lt. Gov.')).not.toBe(titleCore('Gov.'));
    expect(titleCore('Attorney General')).not.toBe(titleCore('Gen.'));
    expect(titleCore('Prime Minister')).not.toBe(titleCore('Foreign Minister'));
  });

  it('knows honorifics and offices to come', () => {
    expect(isHonorific('Mr.')).toBe(true);
    expect(isHonorific('Dr.')).toBe(false);
    expect(isTitleToCome('Mayor-elect')).toBe(true);
    expect(isTitleToCome('Mayor')).toBe(false);
  });

  it('spells every title as written, lower-cased and capitalised, longest first, honorifics left out', () => {
    const spellings = titleSpellings(['Commission Chairman', 'Mr.', 'secretary of labor']);
    expect(spellings).toContain('commission chairman');
    expect(spellings).toContain('Secretary of Labor');
    expect(spellings).toContain('Lt. Gov.');
    expect(spellings).not.toContain('Mr.');
    expect(spellings[0]!.length).toBeGreaterThanOrEqual(spellings.at(-1)!.length);
    const re = new RegExp(`^(?:${titleAlternation(['Vice President'])})$`);
    expect(re.test('Vice-President')).toBe(true);
    expect(re.test('Vice  President')).toBe(true);
    const abbreviated = new RegExp(`^(?:${titleAlternation(['Lt. Gov.'])})$`);
    expect(abbreviated.test('Lt Gov')).toBe(true);
    expect(abbreviated.test('Lt. Gov.')).toBe(true);
  });
});
