import { describe, expect, it } from 'vitest';
import { PrefixList } from './prefix-list.js';

describe('PrefixList', () => {
  it('says whether any string starts with a prefix', () => {
    const list = PrefixList.of(['sydney', 'george', 'georgia', "o'brien", 'syd']);
    expect(list.startsAny('')).toBe(true);
    expect(list.startsAny('geo')).toBe(true);
    expect(list.startsAny('georgia')).toBe(true);
    expect(list.startsAny('georgias')).toBe(false);
    expect(list.startsAny('sz')).toBe(false);
    expect(list.startsAny("o'b")).toBe(true);
    expect(list.startsAny('zz')).toBe(false);
    expect(list.startsAny('a')).toBe(false);
    // `syd` is listed, but nothing longer starts with `sydx`.
    expect(list.startsAny('sydx')).toBe(false);
    expect(list.startsAny('sydn')).toBe(true);
  });

  it('says whether a string is one of the list, not only the start of one', () => {
    const list = PrefixList.fromSortedLines(['george', 'georgia', "o'brien", 'syd', 'sydney'].join('\n'));
    for (const word of ['george', 'georgia', "o'brien", 'syd', 'sydney']) expect([word, list.has(word)]).toEqual([word, true]);
    for (const word of ['', 'geo', 'georg', 'georgias', 'sydn', 'a', 'zzz']) expect([word, list.has(word)]).toEqual([word, false]);
    expect(PrefixList.of([]).has('')).toBe(false);
  });

  it('is empty for no strings', () => {
    expect(PrefixList.of([]).startsAny('')).toBe(false);
  });

  it('reads a sorted text of lines as the list of its lines', () => {
    const strings = ['sydney', 'george', 'georgia', "o'brien", 'syd', 'Zed', 'a', 'ab', "a'"];
    const sorted = [...new Set(strings)].sort().join('\n');
    const fromLines = PrefixList.fromSortedLines(sorted);
    const built = PrefixList.of(strings);
    const prefixes = ['', 'a', "a'", 'ab', 'abc', 'b', 'geo', 'georgi', 'georgias', "o'", 'syd', 'sydn', 'sydx', 'Z', 'Ze', 'Zed', 'Zedd', 'z', '~'];
    for (const prefix of prefixes) expect([prefix, fromLines.startsAny(prefix)]).toEqual([prefix, built.startsAny(prefix)]);
    expect(fromLines.startsAny('zzz')).toBe(false);
    expect(PrefixList.fromSortedLines('').startsAny('')).toBe(false);
    expect(PrefixList.fromSortedLines('solo').startsAny('sol')).toBe(true);
  });
});
