import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../config/glossary.js';
import { parseArticle } from '../../parse/document.js';
import { channelVariants } from './channel.js';
import { collectNames } from './evidence.js';
import { GAZETTEER_MIN_SCORE } from './gazetteer-weights.js';
import { isDictionaryName, isDictionaryWord, mayStartDictionaryName, mayStartDictionaryWord } from './lexicon.js';
import { analyseNames, gazetteerScore, type GazetteerReading } from './misspelt-names.js';

/** A notice as an OCR engine reads an old newspaper: many lower-case words are no words (`tho`, `bo`, `aro`). */
const ocrNotice = (names: string) =>
  `NOTICE is horeby givon that tho annual meeting of tho shareholders will bo held at tho hall on Tuesday next, when ${names} will bo proposed as trustees. Tho accounts aro open for inspection at tho office.\n`;

function readingsOf(text: string): { readings: GazetteerReading[]; flagged: string[] } {
  const doc = parseArticle('notice.txt', text);
  const readings: GazetteerReading[] = [];
  const { findings } = analyseNames({ doc, glossary: buildGlossary({}), knownWords: new Set(), corpus: [{ path: doc.path, data: collectNames(doc) }], readings });
  return { readings, flagged: findings.map((finding) => `${finding.written}->${finding.expected[0]}`) };
}

describe('the gazetteer reading (no glossary, OCR text)', () => {
  it('collects each form it weighs with its features, for scripts/train-name-gazetteer.mjs; the score decides', () => {
    const { readings, flagged } = readingsOf(ocrNotice('Mr Gcorcc Parkes and Mr Pratten'));
    const byForm = new Map(readings.map((reading) => [reading.written, reading]));
    const damaged = byForm.get('Gcorcc')!;
    expect(damaged.name).toBe('george');
    expect(damaged.features.looksDamaged).toBe(1);
    expect(damaged.score).toBeCloseTo(gazetteerScore(damaged.features), 10);
    expect(damaged.score).toBeGreaterThanOrEqual(GAZETTEER_MIN_SCORE);
    expect(flagged).toContain('Gcorcc->George');
    // A rare name of its own: weighed, scored below the threshold, not flagged.
    expect(byForm.get('Pratten')!.name).toBe('patton');
    expect(byForm.get('Pratten')!.score).toBeLessThan(GAZETTEER_MIN_SCORE);
    expect(flagged).toEqual(['Gcorcc->George']);
  });
});

describe('channelVariants pruned by the forms a list may start', () => {
  it('finds the same names as the whole walk', () => {
    for (const written of ['gcorcc', 'tliomas', 'sydnoy', 'henrv', 'willinm']) {
      const whole = channelVariants(written, 2, isDictionaryName);
      expect(whole.length, written).toBeGreaterThan(0);
      expect(channelVariants(written, 2, isDictionaryName, mayStartDictionaryName), written).toEqual(whole);
    }
  });

  it('finds the same words as the whole walk, British spellings among them', () => {
    for (const written of ['tho', 'bcach', 'colonr', 'centro', 'travellcd', 'chartes']) {
      const whole = channelVariants(written, 1.5, isDictionaryWord);
      expect(whole.length, written).toBeGreaterThan(0);
      expect(channelVariants(written, 1.5, isDictionaryWord, mayStartDictionaryWord), written).toEqual(whole);
    }
  });

  it('lets through every start of a word the dictionary knows in its British spelling', () => {
    for (const word of ['colour', 'coloured', 'favourite', 'centre', 'catalogue', 'catalogued', 'axes', 'programme', 'travelled', 'organisation', 'analysing', 'licence']) {
      expect(isDictionaryWord(word), word).toBe(true);
      for (let length = 1; length <= word.length; length++) expect(mayStartDictionaryWord(word.slice(0, length)), word.slice(0, length)).toBe(true);
    }
    expect(mayStartDictionaryWord('qzx')).toBe(false);
  });
});
