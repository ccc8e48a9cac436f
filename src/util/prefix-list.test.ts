import { describe, expect, it } from 'vitest';
import { PrefixList } from './prefix-list.js';

describe('PrefixList', () => {
  it('says whether any string starts with a prefix', () => {
    const list = new PrefixList(['sydney', 'george', 'georgia', "o'brien", 'syd']);
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

  it('is empty for no strings', () => {
    expect(new PrefixList([]).startsAny('')).toBe(false);
  });
});
