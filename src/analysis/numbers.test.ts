import { describe, expect, it } from 'vitest';
import { consistentWith, findDates, findNumbers, formatLike, parseWordRun, roundingUnit, toOrdinalWords, toWords, type NumberMention } from './numbers.js';

const only = (text: string): NumberMention => {
  const found = findNumbers(text);
  expect(found.map((m) => m.text)).toHaveLength(1);
  return found[0]!;
};

describe('findNumbers: digits', () => {
  it.each([
    ['Japanese companies employ 45,000 people.', '45,000', 45000],
    ['It cost $3,200,000 at auction.', '$3,200,000', 3_200_000],
    ['Spending only around $3.15 per day.', '$3.15', 3.15],
    ['The result: $11 billion added to the deficit.', '$11 billion', 11e9],
    ['Shelters costing about 2000 million dollars.', '2000 million', 2e9],
    ['A grant of $1.1 billion.', '$1.1 billion', 1.1e9],
    ['He was 76, a minister.', '76', 76],
  ])('%s', (text, written, value) => {
    const m = only(text);
    expect(m.text).toBe(written);
    expect(m.value).toBeCloseTo(value);
    expect(m.form).toBe('digits');
  });

  it('gives offsets into the text', () => {
    const text = 'In Kentucky, 45,000 people in all.';
    const m = only(text);
    expect(text.slice(m.start, m.end)).toBe('45,000');
    expect(m.separators).toBe(true);
    expect(m.following).toEqual(['people', 'in', 'all']);
  });

  it('reads a bare four-digit number as a year', () => {
    expect(only('The Geneva conference of 1954 failed.').yearLike).toBe(true);
    expect(only('It cost $1954.').yearLike).toBe(false);
    expect(only('Some 1,954 people came.').yearLike).toBe(false);
  });

  it('skips digits glued to letters or hyphens', () => {
    expect(findNumbers('Sen. Frelinghuysen, R-5th Dist., flew a B-52 and a 3D model at 9:30.')).toEqual([]);
  });

  it('reads ordinals with a suffix', () => {
    const m = only('the 21st consecutive year');
    expect([m.value, m.ordinal]).toEqual([21, true]);
  });
});

describe('findNumbers: percentages and currency', () => {
  it.each([
    ['a target of 2% for defence', '2%'],
    ['a target of 2 per cent for defence', '2'],
    ['a target of 2 percent for defence', '2'],
    ['up 26 per cent above the level', '26'],
  ])('%s', (text, written) => {
    const m = only(text);
    expect(m.text).toBe(written);
    expect(m.unit).toBe('%');
  });

  it('reads dollars written after the figure', () => {
    expect(only('a 20 billion dollar program').unit).toBe('$');
    expect(only('five million dollars of aid').unit).toBe('$');
  });
});

describe('findNumbers: words', () => {
  it.each([
    ['for five consecutive years', 'five', 5, false],
    ['forty-five thousand people', 'forty-five thousand', 45000, false],
    ['Thirteen Italian airmen', 'Thirteen', 13, false],
    ['some one hundred million years ago', 'one hundred million', 1e8, false],
    ['Four hundred million dollars', 'Four hundred million', 4e8, false],
    ['one hundred and five days', 'one hundred and five', 105, false],
    ['a hundred days', 'a hundred', 100, false],
    ['dead seventy-eight years', 'seventy-eight', 78, false],
    ['for the fifth consecutive year', 'fifth', 5, true],
    ['its twenty-first year', 'twenty-first', 21, true],
  ])('%s', (text, written, value, ordinal) => {
    const m = only(text);
    expect([m.text, m.value, m.form, m.ordinal]).toEqual([written, value, 'words', ordinal]);
  });

  it('splits numbers that the grammar does not join', () => {
    expect(findNumbers('two three-year terms').map((m) => m.value)).toEqual([2, 3]);
    expect(findNumbers('one two').map((m) => m.value)).toEqual([1, 2]);
    expect(findNumbers('one and two').map((m) => m.value)).toEqual([1, 2]);
  });

  it('finds no number inside words', () => {
    expect(findNumbers('Someone was lonely, a tenner, often.')).toEqual([]);
    expect(findNumbers('éone, oneé, ſix, half-five and well-two')).toEqual([]);
  });

  it('finds each mention wherever its pattern resumes the search', () => {
    // Each search starts near the next digit or number word: a currency sign before the digits, `a` before a scale word.
    expect(findNumbers('Flights cost US$45, then £12 and 3 or four, a  hundred, A thousand and twenty-two.').map((m) => [m.text, m.value])).toEqual([
      ['US$45', 45],
      ['£12', 12],
      ['3', 3],
      ['four', 4],
      ['a  hundred', 100],
      ['A thousand and twenty-two', 1022],
    ]);
    expect(findNumbers('B-52s, 3/4 of 7 people').map((m) => m.text)).toEqual(['3', '7']);
    // `ſ` is a letter to the word pattern: `ſix` is no number, and `seven` after it still one.
    expect(findNumbers('ſix seven and eight').map((m) => m.value)).toEqual([7, 8]);
  });

  it('reads number words in capitals, and beside digits and underscores', () => {
    expect(findNumbers('FORTY-FIVE people, Twelve rooms, Room 3one and the_two').map((m) => [m.text, m.value])).toEqual([
      ['FORTY-FIVE', 45],
      ['Twelve', 12],
      ['one', 1],
      ['two', 2],
    ]);
  });

  it('reads a year as one unless a unit follows it', () => {
    expect(findNumbers('In 1990 nine of them, 1989 percent').map((m) => [m.text, m.yearLike, m.unit])).toEqual([
      ['1990', true, undefined],
      ['nine', false, undefined],
      ['1989', false, '%'],
    ]);
  });

  it('parses word runs', () => {
    expect(parseWordRun(['forty', 'five', 'thousand', 'and', 'two'])).toEqual({ value: 45002, length: 5, ordinal: false });
    expect(parseWordRun(['a'])).toBeUndefined();
    expect(parseWordRun(['fifteen', 'five'])).toEqual({ value: 15, length: 1, ordinal: false });
  });
});

describe('qualifiers', () => {
  it.each([
    ['more than 45,000 people', 'atLeast'],
    ['never fewer than 45,000 people', 'atLeast'],
    ['no fewer than 45,000 people', 'atLeast'],
    ['over 45,000 people', 'atLeast'],
    ['at least 45,000 people', 'atLeast'],
    ['45,000 people or more', 'atLeast'],
    ['less than 45,000 people', 'atMost'],
    ['fewer than 45,000 people', 'atMost'],
    ['up to 45,000 people', 'atMost'],
    ['about 45,000 people', 'approx'],
    ['nearly 45,000 people', 'approx'],
    ['almost 45,000 people', 'approx'],
    ['some 45,000 people', 'approx'],
    ['around 45,000 people', 'approx'],
    ['45,000 or so people', 'approx'],
    ['45,000 people', 'exact'],
    // Every trailing qualifier, which a screen for `or `, `plus` and `+` lets through.
    ['45,000 people or less', 'atMost'],
    ['45,000 people OR FEWER', 'atMost'],
    ['45,000 plus', 'atLeast'],
    ['45,000+ people', 'atLeast'],
    ['45,000 for people', 'exact'],
    // Every qualifier's last word, which screens the qualifier patterns.
    ['above 45,000 people', 'atLeast'],
    ['upwards of 45,000 people', 'atLeast'],
    ['in excess of 45,000 people', 'atLeast'],
    ['not less than 45,000 people', 'atLeast'],
    ['just over 45,000 people', 'atLeast'],
    ['well over 45,000 people', 'atLeast'],
    ['exceeding 45,000 people', 'atLeast'],
    ['under 45,000 people', 'atMost'],
    ['below 45,000 people', 'atMost'],
    ['at most 45,000 people', 'atMost'],
    ['well under 45,000 people', 'atMost'],
    ['approximately 45,000 people', 'approx'],
    ['roughly 45,000 people', 'approx'],
    ['close to 45,000 people', 'approx'],
    ['an estimated 45,000 people', 'approx'],
    ['estimated 45,000 people', 'approx'],
    ['circa 45,000 people', 'approx'],
    ['perhaps 45,000 people', 'approx'],
    ['an average of 45,000 people', 'approx'],
    ['averaging 45,000 people', 'approx'],
    ['ABOUT\u00a045,000 people', 'approx'],
    ['moreover 45,000 people', 'exact'],
    ['hover 45,000 people', 'exact'],
    ['a list of 45,000 people', 'exact'],
  ])('%s', (text, comparison) => {
    expect(only(text).comparison).toBe(comparison);
  });

  it.each([
    ['more than 45,000', 45000, true],
    ['more than 60,000', 45000, false],
    ['less than 50,000', 45000, true],
    ['less than 40,000', 45000, false],
    ['about 50,000', 45000, true],
    ['nearly 50,000', 45000, true],
    ['about 45,000', 47000, true],
    ['about 46,000', 45000, false],
    ['some 40 volumes', 41, true],
    ['some 41 volumes', 40, false],
    ['about 16 miles', 15, false],
    ['about 15 miles', 16, true],
    ['about 50 per cent', 47, true],
    ['500 or so', 501, true],
    ['501 or so', 500, false],
    ['more than 30,000 tons', 300000, false],
    ['more than 300,000 tons', 310000, true],
    ['less than 40,000', 10000, false],
    ['never fewer than nine', 8, false],
    ['never fewer than eight', 8, true],
    ['about fifty miles', 15, false],
    ['some 55,000 people', 5500, false],
    ['more than six years later', 5, false],
    ['45,000', 45000, true],
    ['45,000', 45400, true],
    ['45,000', 54000, false],
    ['$1.1 billion', 1_140_000_000, true],
    ['$11 billion', 1_100_000_000, false],
    ['1955', 1954, false],
    ['twenty', 19, false],
    ['the fifth year', 5, true],
  ])('%s against %d: %s', (text, value, consistent) => {
    expect(consistentWith(only(text), value)).toBe(consistent);
  });
});

describe('roundingUnit', () => {
  it.each([
    ['50', 10],
    ['16', 1],
    ['45,000', 5000],
    ['5', 1],
    ['3.15', 0.01],
    ['200 million', 100_000_000],
    ['fifty', 10],
    ['thirty-five', 5],
  ])('%s -> %d', (text, unit) => expect(roundingUnit(only(text))).toBeCloseTo(unit));
});

describe('formatLike: the value in the text’s own form', () => {
  it.each([
    ['$3,200,000', 2_300_000, '$2,300,000'],
    ['$11 billion', 1_100_000_000, '$1.1 billion'],
    ['2000 million', 200_000_000, '200 million'],
    ['55,000', 5500, '5,500'],
    ['140', 14, '14'],
    ['1691', 1961, '1961'],
    ['Thirty', 13, 'Thirteen'],
    ['fifty', 15, 'fifteen'],
    ['Three', 2, 'Two'],
    ['forty-five thousand', 54000, 'fifty-four thousand'],
    ['sixth', 5, 'fifth'],
    ['6th', 5, '5th'],
    ['22nd', 21, '21st'],
    ['5%', 2, '2%'],
    ['$3.15', 3.5, '$3.50'],
  ])('%s -> %s', (written, value, expected) => {
    expect(formatLike(only(written), value)).toBe(expected);
  });

  it('spells numbers', () => {
    expect(toWords(45)).toBe('forty-five');
    expect(toWords(400_000_000)).toBe('four hundred million');
    expect(toWords(1_205)).toBe('one thousand two hundred five');
    expect(toOrdinalWords(21)).toBe('twenty-first');
    expect(toOrdinalWords(12)).toBe('twelfth');
    expect(toOrdinalWords(100)).toBe('one hundredth');
  });
});

describe('findDates', () => {
  it.each([
    ['Retrieved 9 June 2019.', '9 June 2019', 6, 9, 2019],
    ['It opens on June 9, 2019 in Tokyo.', 'June 9, 2019', 6, 9, 2019],
    ['on the 9th of June', '9th of June', 6, 9, undefined],
    ['Sept. 19 was the day', 'Sept. 19', 9, 19, undefined],
    ['Am 9. Juni 2019 begann es.', '9. Juni 2019', 6, 9, 2019],
    ['El 9 de junio de 2019 empezó.', '9 de junio de 2019', 6, 9, 2019],
    ['The game is Saturday, Oct. 21.', 'Oct. 21', 10, 21, undefined],
  ])('%s', (text, written, month, day, year) => {
    expect(findDates(text)).toEqual([{ start: text.indexOf(written), end: text.indexOf(written) + written.length, text: written, month, day, year }]);
  });

  it('needs a day beside a month, and a capital on a month that is also a word', () => {
    expect(findDates('In May 2019 it fell; they may 9 times; we march 9 miles; 45 June bugs; page 32 March')).toEqual([]);
  });
});
