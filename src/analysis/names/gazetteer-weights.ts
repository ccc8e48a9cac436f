// Written by scripts/train-name-gazetteer.mjs from half A of the OCR set (217 forms, threshold at precision 0.9): do not edit.
// The weights of the no-glossary gazetteer reading's logistic score (`gazetteerScore` in misspelt-names.ts).
export const GAZETTEER_WEIGHTS = {
  bias: 0.605,
  costPerLetter: -4.625,
  plausibilityGain: 0.173,
  candidateCount: 0.714,
  looksDamaged: 0.607,
  writtenCount: -0.994,
  worstStep: 0.279,
};
export const GAZETTEER_MIN_SCORE = 1;
