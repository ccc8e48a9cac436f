// Written by scripts/train-name-gazetteer.mjs from half A of the OCR set (349 forms, threshold at precision 0.91): do not edit.
// The weights of the no-glossary gazetteer reading's logistic score (`gazetteerScore` in misspelt-names.ts).
export const GAZETTEER_WEIGHTS = {
  bias: 0.948,
  costPerLetter: -4.283,
  plausibilityGain: 0.107,
  candidateCount: 0.391,
  looksDamaged: 0.228,
  writtenCount: -1.604,
  worstStep: 0.212,
  ocrNoise: 1.884,
  dictionaryName: -1.017,
  rivalMargin: 2.457,
};
export const GAZETTEER_MIN_SCORE = 0.2;
