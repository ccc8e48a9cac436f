// Written by scripts/train-name-gazetteer.mjs from half A of the OCR set (357 forms, threshold at precision 0.91): do not edit.
// The weights of the no-glossary gazetteer reading's logistic score (`gazetteerScore` in misspelt-names.ts).
export const GAZETTEER_WEIGHTS = {
  bias: -2.525,
  costPerLetter: -3.022,
  plausibilityGain: 0.148,
  candidateCount: 0.477,
  looksDamaged: 0.171,
  writtenCount: -0.549,
  worstStep: 0.204,
  ocrNoise: 2.353,
  dictionaryName: -0.869,
  rivalMargin: 1.512,
  letters: 0.464,
  lengthChange: -2.068,
};
export const GAZETTEER_MIN_SCORE = 0.1;
