import { describe, expect, it } from 'vitest';
import { memoizeByForm, memoizeFormTest } from '../src/util/form-memo.js';

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

  it('stays within its bound by starting afresh', () => {
    let computed = 0;
    const square = memoizeByForm((key) => (computed++, Number(key) ** 2), 3);
    for (const key of ['1', '2', '3', '4', '1']) square(key);
    // '4' filled the memo past its bound of 3, so '1' was computed again.
    expect(computed).toBe(5);
    expect(square('4')).toBe(16);
    expect(computed).toBe(5);
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
