// Hyphenated tokens in OCR text: the OCR breaks a name at a false hyphen
// (`Mar-hall`, Marshall) or damages a word of a name compound
// (`Bathurst-streot`, Bathurst-street). The parts alone are checked in
// misspelt-names.ts; here the whole token is read, as a compound the
// glossary lists, as a compound whose damaged word the run (or the article
// alone) writes in other compounds, or as a known name the joined parts
// read as.
import type { Glossary } from '../../config/glossary.js';
import type { ArticleDocument } from '../../parse/article.js';
import { channelCost, channelVariants } from './channel.js';
import { isDictionaryName, mayStartDictionaryWord, normalizeApostrophes } from './lexicon.js';
import { mapped } from '../../util/arrays.js';

/** A whole-token reading: the token's span and its corrected form. */
export interface HyphenatedReading {
  start: number;
  end: number;
  written: string;
  expected: string;
  /** The corrected form is the glossary's. */
  fromGlossary: boolean;
}

/** What a damaged compound may cost the channel per letter (at most COMPOUND_BUDGET_MAX) to be read as a glossary compound. */
const COMPOUND_BUDGET_PER_LETTER = 0.2;
const COMPOUND_BUDGET_MAX = 2;
/** A damaged word of a compound is read as a dictionary word within this per letter (at most WORD_BUDGET_MAX). */
const WORD_BUDGET_PER_LETTER = 0.3;
const WORD_BUDGET_MAX = 1.5;
/** The run (every article, or the article alone) must write the word in this many other name compounds (`Pitt-street`, `King-street`) for a damaged part to be read as it. */
const COMPOUND_EVIDENCE = 2;
/** A false hyphen read away: the joined parts must reach the name within this per letter (at most JOIN_BUDGET_MAX). */
const JOIN_BUDGET_PER_LETTER = 0.2;
const JOIN_BUDGET_MAX = 1.25;
/** A name read from joined parts must be written right this often in the article (or be the glossary's). */
const JOIN_EVIDENCE = 1;
/** Or written this often in the whole run. */
const RUN_EVIDENCE = 2;

export interface HyphenatedCheck {
  doc: ArticleDocument;
  glossary: Glossary;
  /** Whether a lower-cased form is a known word or name of any source. */
  known: (lower: string) => boolean;
  /** Lower-cased names the sources hold near a lower-cased form, with how often the article writes each and its form. */
  namesNear: (lower: string) => { name: string; form: string; inArticle: number; inGlossary: boolean; inRun: number }[];
  /** The part findings already made: a part's suggestion by its start. */
  partSuggestion: (start: number) => string | undefined;
  /** How many name compounds of the run (the article alone without one) end in a common word (`street` of `Pitt-street`). */
  compoundEndingCount: (word: string) => number;
}

const HYPHENS = /[-\u2010\u2011]/;

/** Readings of the article's hyphenated tokens of which some part is no known word. */
export function readHyphenated({ doc, glossary, known, namesNear, partSuggestion, compoundEndingCount }: HyphenatedCheck): HyphenatedReading[] {
  const words = doc.wordTable;
  const compounds = glossaryCompounds(glossary);
  const readings: HyphenatedReading[] = [];
  for (let i = 0; i < words.length; i++) {
    const raw = words.text(i);
    if (!HYPHENS.test(raw)) continue;
    // The token less a possessive and trailing dots; a name compound opens with a capital.
    const token = normalizeApostrophes(raw).replace(/'s$|'$/i, '').replace(/\.+$/, '');
    const pieces = token.split(HYPHENS);
    if (pieces.length < 2 || pieces.some((piece) => !/^\p{L}+$/u.test(piece)) || !/^\p{Lu}/u.test(token)) continue;
    const lower = token.toLowerCase();
    // A stutter written out (`S-s-sahjunt`) is speech, no damage.
    if (pieces.slice(0, -1).every((piece) => pieces[pieces.length - 1]!.toLowerCase().startsWith(piece.toLowerCase()))) continue;
    // A part that is a name of the dictionary (`Paul` of `Jean-Paul`) is no damaged word.
    const unknown = mapped(pieces, (piece) => !known(piece.toLowerCase()) && !isDictionaryName(piece.toLowerCase()));
    // All capitals is a heading or an acronym, no name's spelling (as for one word).
    if (known(lower) || glossary.byForm.has(lower) || token === token.toUpperCase()) continue;
    const start = words.start(i);
    const end = start + token.length;
    const reading = (expected: string, fromGlossary: boolean) => readings.push({ start, end, written: token, expected, fromGlossary });
    // As a compound the glossary lists (`Bathurst-streot`, Bathurst-street).
    const compound = unknown.some(Boolean) ? nearestCompound(lower, compounds) : undefined;
    if (compound) {
      reading(compound, true);
      continue;
    }
    // As its parts: a damaged word read as one the run writes in other name compounds; a damaged name part as its finding reads it.
    let changed = false;
    const fixed = pieces.map((piece, k) => {
      const suggestion = partSuggestion(partStart(start, pieces, k));
      if (suggestion !== undefined) return suggestion;
      if (!unknown[k]) return piece;
      if (k === 0) return nearestName(piece.toLowerCase(), namesNear)?.form ?? piece;
      const word = damagedWord(piece.toLowerCase(), compoundEndingCount);
      if (word === undefined) return piece;
      changed = true;
      return word;
    });
    if (changed) {
      reading(fixed.join('-'), false);
      continue;
    }
    // As one name the OCR broke at a false hyphen (`Mar-hall`, Marshall).
    const joined = nearestJoin(lower, namesNear);
    if (joined) reading(joined.form, joined.inGlossary);
  }
  return readings;
}

function partStart(start: number, pieces: string[], k: number): number {
  let at = start;
  for (let j = 0; j < k; j++) at += pieces[j]!.length + 1;
  return at;
}

/** The glossary's hyphenated names and aliases, lower-cased -> as written. */
function glossaryCompounds(glossary: Glossary): Map<string, string> {
  const compounds = new Map<string, string>();
  for (const entity of glossary.entities) {
    for (const form of [entity.name, ...entity.aliases]) {
      for (const word of form.split(/\s+/)) if (HYPHENS.test(word) && /^[\p{L}\-\u2010\u2011]+$/u.test(word)) compounds.set(word.toLowerCase(), word);
    }
  }
  return compounds;
}

/** The candidate of least cost (Infinity: out of reach), if no other is as cheap. */
function cheapestUnrivalled<Candidate>(candidates: Iterable<Candidate>, costOf: (candidate: Candidate) => number): Candidate | undefined {
  let best: Candidate | undefined;
  let bestCost = Infinity;
  let rival = Infinity;
  for (const candidate of candidates) {
    const cost = costOf(candidate);
    if (cost < bestCost) [rival, best, bestCost] = [bestCost, candidate, cost];
    else rival = Math.min(rival, cost);
  }
  return bestCost < rival ? best : undefined;
}

/** The one glossary compound the channel reads the token as within budget, with no rival as cheap. */
function nearestCompound(lower: string, compounds: ReadonlyMap<string, string>): string | undefined {
  const budget = Math.min(COMPOUND_BUDGET_MAX, COMPOUND_BUDGET_PER_LETTER * lower.length);
  const near = cheapestUnrivalled(compounds, ([key]) => (Math.abs(key.length - lower.length) > 3 ? Infinity : channelCost(lower, key, budget)));
  return near?.[1];
}

/**
 * The word the run's name compounds end in that the channel reads a damaged
 * part as, cheapest first; not one that only adds or cuts letters at the
 * part's end (`Add-ons` beside the run's `Add-on`): another form of the word.
 */
function damagedWord(lower: string, compoundEndingCount: (word: string) => number): string | undefined {
  if (lower.length < 3) return undefined;
  const budget = Math.min(WORD_BUDGET_MAX, WORD_BUDGET_PER_LETTER * lower.length);
  const isWordOfCompounds = (form: string) => compoundEndingCount(form) >= COMPOUND_EVIDENCE && !form.startsWith(lower) && !lower.startsWith(form);
  const [best] = channelVariants(lower, budget, isWordOfCompounds, mayStartDictionaryWord);
  return best?.form;
}

/** The one name of the sources (the glossary's, or written right in the article or twice in the run) the channel reads a damaged name part as (`Erskinc`, Erskine). */
function nearestName(lower: string, namesNear: HyphenatedCheck['namesNear']): { form: string } | undefined {
  if (lower.length < 4) return undefined;
  const budget = Math.min(WORD_BUDGET_MAX, WORD_BUDGET_PER_LETTER * lower.length);
  const evidenced = namesNear(lower).filter((name) => name.inGlossary || name.inArticle >= JOIN_EVIDENCE || name.inRun >= RUN_EVIDENCE);
  return cheapestUnrivalled(evidenced, (name) => channelCost(lower, name.name, budget));
}

/** The known name the token's parts, joined, read as (the hyphen a misread letter or a false break), if one alone is within budget. */
function nearestJoin(lower: string, namesNear: HyphenatedCheck['namesNear']): { form: string; inGlossary: boolean } | undefined {
  const joined = lower.replace(/[-\u2010\u2011]/g, '');
  if (joined.length < 5) return undefined;
  const budget = Math.min(JOIN_BUDGET_MAX, JOIN_BUDGET_PER_LETTER * joined.length);
  const evidenced = namesNear(joined).filter((name) => name.inGlossary || name.inArticle >= JOIN_EVIDENCE);
  // The hyphen read as a letter (`Mar-hall`), or a break with no letter lost.
  return cheapestUnrivalled(evidenced, (name) => Math.min(channelCost(lower, name.name, budget), channelCost(joined, name.name, budget)));
}
