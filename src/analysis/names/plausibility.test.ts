import { describe, expect, it } from 'vitest';
import { NameModel, dictionaryNames, readAsName } from './plausibility.js';

const perLetter = (form: string) => readAsName(form).total / (form.length + 1);

describe('NameModel', () => {
  it('learns how names run from the names it is given', () => {
    const model = new NameModel(['anna', 'hanna', 'johanna', 'ann', 'annabel']);
    // Seen sequences read better than unseen ones; an unseen letter is possible, never impossible.
    expect(model.perLetter('joanna')).toBeGreaterThan(model.perLetter('jxqzzq'));
    expect(Number.isFinite(model.perLetter('zzz'))).toBe(true);
    expect(model.read('anna').worst).toBeGreaterThan(model.read('annx').worst);
  });

  it('reads the edges of a name: how names start and end', () => {
    const model = new NameModel(['brown', 'brook', 'brody', 'bruce']);
    expect(model.perLetter('brow')).toBeLessThan(model.perLetter('brown'));
  });
});

describe('readAsName (the model of dictionary-en’s names)', () => {
  it('learns from the dictionary’s capitalised forms, not its common words', () => {
    const names = dictionaryNames();
    expect(names.length).toBeGreaterThan(10_000);
    expect(names).toContain('sydney');
    expect(names).not.toContain('forge');
    expect(names.every((name) => name === name.toLowerCase() && !name.endsWith("'s"))).toBe(true);
  });

  it('reads OCR damage as less like a name than the name it came from', () => {
    for (const [damaged, name] of [
      ['henrv', 'henry'],
      ['oweu', 'owen'],
      ['ciiiang', 'chiang'],
      ['tosepli', 'joseph'],
      ['willinm', 'william'],
      ['gcorcc', 'george'],
      ['sydnoy', 'sydney'],
    ]) {
      expect(perLetter(damaged), damaged).toBeLessThan(perLetter(name!) - 0.5);
    }
  });

  it('reads names it never saw (surnames of the OCR set’s transcriptions) better than damaged forms of them', () => {
    // None of these is a name of dictionary-en: the model generalises from letter sequences.
    for (const [damaged, name] of [
      ['kholcr', 'kholer'],
      ['shoobcrt', 'shoobert'],
      ['hickaon', 'hickson'],
    ]) {
      expect(dictionaryNames(), name).not.toContain(name);
      expect(readAsName(damaged!).worst, damaged).toBeLessThan(readAsName(name!).worst);
    }
  });
});
