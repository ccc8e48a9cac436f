import { describe, expect, it } from 'vitest';
import { memoizeByForm, memoizeFormTest } from '../src/util/form-memo.js';
import { entryChars } from '../src/util/memo.js';

describe('memoizeByForm', () => {
  it('computes each form once and tells apart forms that differ in a letter, in case or in length', () => {
    const calls: string[] = [];
    const length = memoizeByForm((form) => (calls.push(form), form.length));
    const forms = ['Ishiba', 'ishiba', 'Isba', 'Isab', 'café', 'cafe', 'a', '', 'Ishiba', 'Isab', '', 'café'];
    expect(forms.map(length)).toEqual([6, 6, 4, 4, 4, 4, 1, 0, 6, 4, 0, 4]);
    expect(calls).toEqual(['Ishiba', 'ishiba', 'Isba', 'Isab', 'café', 'cafe', 'a', '']);
  });

  it('keeps every answer while it grows past its first table and character store', () => {
    let computed = 0;
    const lastCode = memoizeByForm((form) => (computed++, form.charCodeAt(form.length - 1) % 256));
    const forms = Array.from({ length: 5000 }, (_, i) => `word${i}${'x'.repeat(i % 40)}`);
    for (const form of forms) lastCode(form);
    expect(forms.map(lastCode)).toEqual(forms.map((form) => form.charCodeAt(form.length - 1) % 256));
    expect(computed).toBe(5000);
  });

  it('keeps no more characters than its bound, however long the forms', () => {
    const bound = 20_000;
    const lastCode = memoizeByForm((form) => form.charCodeAt(form.length - 1) % 256, bound);
    let seed = 7;
    for (let i = 0; i < 3000; i++) {
      seed = (seed * 48271) % 2147483647;
      const form = `${i}${'y'.repeat(seed % 4000)}z`;
      expect(lastCode(form)).toBe(122);
      expect(lastCode.keptChars()).toBeLessThanOrEqual(bound);
    }
    expect(lastCode.keptChars()).toBeGreaterThan(0);
  });

  it('does not keep a form that would fill it alone, and answers it all the same', () => {
    let computed = 0;
    const length = memoizeByForm((form) => (computed++, form.length % 256), 1000);
    const long = 'a'.repeat(600);
    expect([length(long), length(long), length('ab'), length('ab')]).toEqual([600 % 256, 600 % 256, 2, 2]);
    expect(computed).toBe(3);
    expect(length.keptChars()).toBe(entryChars('ab'));
  });
});

describe('memoizeFormTest', () => {
  it('answers yes and no, each computed once', () => {
    const calls: string[] = [];
    const isLong = memoizeFormTest((form) => (calls.push(form), form.length > 3));
    expect(['Kishida', 'Abe', 'Kishida', 'Abe'].map(isLong)).toEqual([true, false, true, false]);
    expect(calls).toEqual(['Kishida', 'Abe']);
  });
});
