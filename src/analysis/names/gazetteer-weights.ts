// Written by scripts/train-name-gazetteer.mjs from half A of the OCR set (349 forms, threshold at precision 0.92): do not edit.
// The weights of the no-glossary gazetteer reading's logistic score (`gazetteerScore` in misspelt-names.ts).
export const GAZETTEER_WEIGHTS = {
  bias: -2.576,
  costPerLetter: -2.732,
  plausibilityGain: 0.095,
  candidateCount: 1.457,
  looksDamaged: 0.55,
  writtenCount: -0.753,
  worstStep: 0.122,
  ocrNoise: 2.036,
  dictionaryName: -0.385,
  rivalMargin: 1.799,
  letters: 0.358,
  lengthChange: -2.004,
};
export const GAZETTEER_MIN_SCORE = 0.1;
