// Written by scripts/train-name-gazetteer.mjs from half A of the OCR set (349 forms, threshold at precision 0.91): do not edit.
// The weights of the no-glossary gazetteer reading's logistic score (`gazetteerScore` in misspelt-names.ts).
export const GAZETTEER_WEIGHTS = {
  bias: -1.635,
  costPerLetter: -2.899,
  plausibilityGain: 0.141,
  candidateCount: 0.378,
  looksDamaged: 0.136,
  writtenCount: -1.433,
  worstStep: 0.201,
  ocrNoise: 2.245,
  dictionaryName: -1.205,
  rivalMargin: 1.572,
  letters: 0.48,
  lengthChange: -1.973,
};
export const GAZETTEER_MIN_SCORE = 0.1;
