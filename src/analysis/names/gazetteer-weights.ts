// Written by scripts/train-name-gazetteer.mjs from half A of the OCR set (260 forms, threshold at precision 0.93): do not edit.
// The weights of the no-glossary gazetteer reading's logistic score (`gazetteerScore` in misspelt-names.ts).
export const GAZETTEER_WEIGHTS = {
  bias: -0.088,
  costPerLetter: -5.317,
  plausibilityGain: 0.195,
  candidateCount: 0.412,
  looksDamaged: 0.449,
  writtenCount: -0.36,
  worstStep: 0.262,
  ocrNoise: 2.888,
  dictionaryName: -1.042,
  rivalMargin: 1.302,
};
export const GAZETTEER_MIN_SCORE = 1.6;
