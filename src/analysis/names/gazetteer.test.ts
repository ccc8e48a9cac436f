import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../config/glossary.js';
import { parseArticle } from '../../parse/document.js';
import { Corpus } from '../corpus-entry.js';
import { channelVariants } from './channel.js';
import { collectNames } from './evidence.js';
import { GAZETTEER_MIN_SCORE } from './gazetteer-weights.js';
import { isDictionaryName, isDictionaryWord, isWorldName, mayStartDictionaryName, mayStartDictionaryWord } from './lexicon.js';
import { analyseNames, gazetteerScore, type GazetteerReading } from './misspelt-names.js';

/** A notice as an OCR engine reads an old newspaper: many lower-case words are no words (`tho`, `bo`, `aro`). */
const ocrNotice = (names: string) =>
  `NOTICE is horeby givon that tho annual meeting of tho shareholders will bo held at tho hall on Tuesday next, when ${names} will bo proposed as trustees. Tho accounts aro open for inspection at tho office.\n`;

/** The forms the reading weighs in `text`, linted in one run with the `others` texts. */
function readingsOf(text: string, others: string[] = []): { readings: GazetteerReading[]; flagged: string[] } {
  const doc = parseArticle('notice.txt', text);
  const run = [doc, ...others.map((other, i) => parseArticle(`other-${i}.txt`, other))];
  const readings: GazetteerReading[] = [];
  const corpus = run.map((each) => ({ path: each.path, data: collectNames(each) }));
  const corpusPlaces = new Corpus(new Map([['names', corpus]])).places('names');
  const { findings } = analyseNames({ doc, glossary: buildGlossary({}), knownWords: new Set(), corpus, corpusPlaces, readings });
  return { readings, flagged: findings.map((finding) => `${finding.written}->${finding.expected[0]}`) };
}

describe('the gazetteer reading (no glossary, OCR text)', () => {
  it('collects each form it weighs with its features, for scripts/train-name-gazetteer.mjs; the score decides', () => {
    const { readings, flagged } = readingsOf(ocrNotice('Mr Gcorgc Parkes and Mr Shoobert'));
    const byForm = new Map(readings.map((reading) => [reading.written, reading]));
    const damaged = byForm.get('Gcorgc')!;
    expect(damaged.name).toBe('george');
    expect(damaged.features.looksDamaged).toBe(1);
    expect(damaged.score).toBeCloseTo(gazetteerScore(damaged.features), 10);
    expect(damaged.score).toBeGreaterThanOrEqual(GAZETTEER_MIN_SCORE);
    expect(flagged).toContain('Gcorgc->George');
    // A rare name of its own: weighed, scored below the threshold, not flagged.
    expect(byForm.get('Shoobert')).toBeDefined();
    expect(byForm.get('Shoobert')!.score).toBeLessThan(GAZETTEER_MIN_SCORE);
    expect(flagged).toEqual(['Gcorgc->George']);
  });

  it('reads a name of which OCR misread three letters or more, each its cheap way (Mnrgnrct, Margaret; Wllllnms, Williams)', () => {
    const { flagged } = readingsOf(ocrNotice('Mrs Mnrgnrct Parkes and Mr Wllllnms'));
    expect(flagged).toEqual(['Mnrgnrct->Margaret', 'Wllllnms->Williams']);
  });

  it('stacks cheap edits freely only in a name-shaped form: a capital inside is a code\'s or an acronym\'s (IOUtils)', () => {
    expect(readingsOf(ocrNotice('Mr Henry Parkes') + 'Tho IOUtils module was loaded.\n').flagged).toEqual([]);
  });

  it("reads no name for a form a month reaches as cheaply: a damaged date (Novcmbei, November, not the world's Novembre)", () => {
    const { flagged } = readingsOf(ocrNotice('Mr Henry Parkes') + 'Tho meeting of Novcmbei was adjourned.\n');
    expect(flagged).toEqual([]);
  });

  it("weighs how damaged the article's text is, where the candidate comes from, and how close the next candidate is", () => {
    const damaged = (text: string) => readingsOf(text).readings.find((reading) => reading.written === 'Gcorgc')!.features;
    const noisy = damaged(ocrNotice('Mr Gcorgc Parkes'));
    // Of the notice's 24 lower-case words of 3 letters or more, 3 are no word: horeby, givon, aro (the dictionary lists `tho`; `bo` is too short to count).
    expect(noisy.ocrNoise).toBeCloseTo(3 / 24, 5);
    const cleaner = damaged(ocrNotice('Mr Gcorgc Parkes') + 'The accounts are open for inspection at the office of the company every day of the week.\n');
    expect(cleaner.ocrNoise).toBeLessThan(noisy.ocrNoise);
    // George is a name of the dictionary, not one the run writes.
    expect(noisy.dictionaryName).toBe(1);
    expect(noisy.rivalMargin).toBeGreaterThan(0);
    expect(noisy.rivalMargin).toBeLessThanOrEqual(1);
  });

  it('weighs the form\'s letters and how many letters the candidate adds or cuts (Penhaligon: Penhallegon, one more)', () => {
    const { readings } = readingsOf(ocrNotice('Mr Gcorgc Parkes and Mr Penhaligon'));
    const byForm = new Map(readings.map((reading) => [reading.written, reading]));
    expect(byForm.get('Gcorgc')!.features).toMatchObject({ letters: 6, lengthChange: 0 });
    const longer = byForm.get('Penhaligon')!;
    expect(longer.name).toBe('penhallegon');
    expect(longer.features).toMatchObject({ letters: 10, lengthChange: 1 });
    expect(longer.score).toBeLessThan(GAZETTEER_MIN_SCORE);
  });

  it('reads no name written with its accents as damage of the name the run writes without them, nor of a longer name (América: America, American)', () => {
    const cup = `Tho cup was played: ${Array.from({ length: 6 }, () => 'America beat Chile, the American said').join(', ')}.\n`;
    const { readings, flagged } = readingsOf(ocrNotice('Mr Parkes of the Copa América'), [cup]);
    expect(readings.filter((reading) => reading.name === 'america' || reading.name === 'american')).toEqual([]);
    expect(flagged).toEqual([]);
  });

  it("reads a damaged form as a name of the world's lists that dictionary-en lacks, as a hint (Pnrramatta: Parramatta)", () => {
    expect(isDictionaryName('parramatta')).toBe(false);
    expect(isWorldName('parramatta')).toBe(true);
    const { readings, flagged } = readingsOf(ocrNotice('Mr Parkes of Pnrramatta'));
    expect(readings.find((reading) => reading.written === 'Pnrramatta')?.features.dictionaryName).toBe(1);
    expect(flagged).toEqual(['Pnrramatta->Parramatta']);
  });

  it("never weighs a rare name the world's lists hold as damage (Montrose, Albury, Parkes)", () => {
    const { readings, flagged } = readingsOf(ocrNotice('Mr Montrose Parkes of Albury'));
    expect(readings.map((reading) => reading.written)).toEqual([]);
    expect(flagged).toEqual([]);
  });

  it("never reads a roll's abbreviation without its period as damage of the name it shortens (Archbd, Archbold)", () => {
    const roll = `Tho roll was called: ${Array.from({ length: 10 }, () => 'Archbold Paynter').join(', ')}.\n`;
    const { readings, flagged } = readingsOf(ocrNotice('Jno Archbd Paynter'), [roll]);
    expect(readings.filter((reading) => reading.name === 'archbold')).toEqual([]);
    expect(flagged).toEqual([]);
  });

  it('reads no form as a name more than 1.5 edits away (Yabsley is no damaged Wasley)', () => {
    const roll = `Tho roll was called: ${Array.from({ length: 10 }, () => 'Thomas Wasley').join(', ')}.\n`;
    const { readings, flagged } = readingsOf(ocrNotice('Mr Yabsley Parkes'), [roll]);
    expect(readings.filter((reading) => reading.cost > 1.5)).toEqual([]);
    expect(readings.filter((reading) => reading.name === 'wasley')).toEqual([]);
    expect(flagged).toEqual([]);
  });

  it('never weighs a name that only adds or cuts letters at the end of the form as its right form (Morrisey, Morris)', () => {
    const roll = `Tho roll was called: ${Array.from({ length: 10 }, () => 'Thomas Morris').join(', ')}.\n`;
    const { readings, flagged } = readingsOf(ocrNotice('Mr Morrisey Parkes'), [roll]);
    expect(readings.filter((reading) => reading.written === 'Morrisey' && reading.name === 'morris')).toEqual([]);
    expect(flagged).toEqual([]);
  });

  it('reads no title, nor a damaged one, as a name: the run writes Messrs before names, and its damage is no name (Mossrs, Messis)', () => {
    const list = `Tho tenders of ${Array.from({ length: 8 }, () => 'Messrs Parkes and Co.').join(', ')} wero received, and of Messis Parkes and Messis Brown.\n`;
    const { readings, flagged } = readingsOf(ocrNotice('Mossrs Parkes and Brown'), [list, list]);
    expect(readings.filter((reading) => reading.written === 'Mossrs' || reading.name === 'messrs' || reading.name === 'messis')).toEqual([]);
    expect(flagged).toEqual([]);
  });

  it("never reads a surname with its Scottish or Irish prefix as the name without it (M'William, William)", () => {
    const roll = `Tho roll was called: ${Array.from({ length: 10 }, () => 'William Parkes').join(', ')}.\n`;
    const { readings, flagged } = readingsOf(ocrNotice("Mr M'William Parkes"), [roll]);
    expect(readings.filter((reading) => reading.name === 'william')).toEqual([]);
    expect(flagged).toEqual([]);
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
