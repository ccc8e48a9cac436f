// Written by scripts/train-name-gazetteer.mjs from half A of the OCR set (263 forms, threshold at precision 0.92): do not edit.
// The weights of the no-glossary gazetteer reading's logistic score (`gazetteerScore` in misspelt-names.ts).
export const GAZETTEER_WEIGHTS = {
  bias: 0.155,
  costPerLetter: -5.726,
  plausibilityGain: 0.182,
  candidateCount: 0.365,
  looksDamaged: 0.698,
  writtenCount: -0.385,
  worstStep: 0.292,
  ocrNoise: 2.708,
  dictionaryName: -0.978,
  rivalMargin: 1.467,
};
export const GAZETTEER_MIN_SCORE = 1.1;
