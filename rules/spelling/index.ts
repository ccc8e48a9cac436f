// spelling: words that neither dictionary-en, the glossary nor the config's
// `words` know, at info level. Corrupted names are name-spelling's: this rule
// shares its analysis and stays silent on every word that rule reports.
import { docsUrl } from '../../src/engine/docs.js';
import type { Glossary } from '../../src/config/glossary.js';
import { memoizeByObject } from '../../src/util/memo.js';
import type { Rule } from '../../src/types.js';
import { isEnglishWord } from '../../src/analysis/language.js';
import { dictionarySuggestions, isDictionaryWord, isListedEnglishWord, knownWordTest, mayStartDictionaryWord, MAX_WORD_LENGTH, NameShape } from '../../src/analysis/names/lexicon.js';
import { memoizeFormTest } from '../../src/util/form-memo.js';
import { withoutAccents } from '../../src/analysis/text.js';

interface SpellingOptions {
  /** Offer dictionary-en's suggestions as `expected` (slower). */
  suggestions?: boolean;
}

const MAX_SUGGESTIONS = 3;
/** Prefixes written with a hyphen (`pre-war`, `un-American`): not words of their own. */
const HYPHENATED_PREFIXES = new Set(['pre', 'post', 'un', 'non', 'anti', 'co', 're', 'ex', 'semi', 'mid', 'sub', 'super', 'multi', 'inter', 'counter', 'pro', 'neo', 'pseudo', 'quasi', 'ultra']);
/** Prefixes English writes solid onto any word (`unpartisan`, `nonmusical`, `retranslated`). */
const SOLID_PREFIXES = ['un', 'non', 're', 'pre', 'mis', 'out', 'over', 'under', 'multi', 'micro', 'inter', 'sub', 'super', 'anti', 'counter', 'semi'];

/**
 * A lower-case word made of dictionary words: a prefix and a word of four
 * letters or more, or two words of three letters or more (`woodsmoke`).
 */
function isWordFormation(word: string): boolean {
  if (word.length > MAX_WORD_LENGTH || !/^\p{Ll}+$/u.test(word)) return false;
  for (const prefix of SOLID_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 4 && isDictionaryWord(word.slice(prefix.length))) return true;
  }
  for (let cut = 3; word.length >= 8 && cut <= word.length - 3; cut++) {
    if (isDictionaryWord(word.slice(0, cut)) && isDictionaryWord(word.slice(cut))) return true;
  }
  return false;
}

/** A word of the larger English list (`bubonic`; `Bubonic` opening a sentence), written in lower case but for a capital first letter. */
function isListedWord(text: string): boolean {
  return /^\p{L}\p{Ll}+$/u.test(text) && isListedEnglishWord(text.toLowerCase());
}

/** What follows the apostrophe of a contraction (`we've`, `where'd`), also when the word splitter cut it off (`we`, `ve`). */
const CONTRACTION_ENDINGS = new Set(['ve', 'll', 're', 'nt', 'd']);

/** A contraction of a dictionary word (`there'll`, `where'd`, `here’re`): dictionary-en lists only some (`they'll`). */
function isContractionOfWord(text: string): boolean {
  const match = /^(\p{L}+)['\u2019](\p{L}+)$/u.exec(text);
  return match !== null && CONTRACTION_ENDINGS.has(match[2]!.toLowerCase()) && isDictionaryWord(match[1]!.toLowerCase());
}

/**
 * A short lower-case word that belongs to a name: a particle before one
 * (`de Minaur`, `von Moltke`, `al-Tanf`) or a piece hyphenated to one
 * (`Daehak-ro`). Names are name-spelling's. The name must be no common word
 * (`teh President` is a typo).
 */
function isNamePiece(text: string, before: string, after: string): boolean {
  if (!/^\p{Ll}{1,3}$/u.test(text)) return false;
  const name = /^[ \-\u2010\u2011](\p{Lu}\p{Ll}+)/u.exec(after)?.[1] ?? /(\p{Lu}\p{Ll}+)[-\u2010\u2011]$/u.exec(before)?.[1];
  return name !== undefined && !isDictionaryWord(name.toLowerCase());
}

/**
 * Not prose: web and mail addresses, which the word splitter cuts into pieces
 * (`http`, `x.com`), social handles and hashtags (`@joshapte`,
 * `#TodayInSenate`), and HTML tags and character references (`<br>`,
 * `href`, `&hellip;`), which are stray-markup's. A mail address is tried
 * only from the start of its run of characters: tried from each of them, a
 * long run would be read to its end again each time.
 */
const NOT_PROSE = /\b(?:https?:\/\/|www\.)[^\s<>"]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@#&])[@#]\w+|<\/?[A-Za-z][^<>]*>|&#?[A-Za-z0-9]+;/gi;

/** Characters NOT_PROSE cannot match without: most articles hold none. */
const MAY_HOLD_NOT_PROSE = /:\/\/|www\.|@|#|<|&/i;

/** Offsets covered by addresses and markup: [start, end) pairs. */
function notProseSpans(text: string): [number, number][] {
  if (!MAY_HOLD_NOT_PROSE.test(text)) return [];
  return [...text.matchAll(NOT_PROSE)].map((match) => [match.index, match.index + match[0].length]);
}

/**
 * Letters (and inner apostrophes) with at least one lower-case letter:
 * `U.S`, `NATO`, `NATOs`, `A`, `3rd`, `x.com` are not checked, nor mojibake
 * (`œConfrontation`), which is stray-markup's, nor a word with a capital
 * after a lower-case letter: a brand or a run-together tag (`iPhones`,
 * `macOS`, `PolitiFact`), named like a name.
 */
function isCheckable(text: string): boolean {
  return (
    text.length >= 2 &&
    /^\p{L}[\p{L}']*$/u.test(text) &&
    /\p{Ll}/u.test(text) &&
    !/^\p{Lu}+'?s$/u.test(text) &&
    !/\p{Ll}\p{Lu}/u.test(text) &&
    !/[\u00C2\u00C3\u00E2\u0153]/u.test(text)
  );
}

/**
 * Whether a word form is right in any article, for one glossary and config
 * `words`: not checkable, known (with or without its accents), or made of
 * dictionary words. Answered once per run: every article asks it of the
 * same tens of thousands of forms.
 */
const rightAnywhere = memoizeByObject((glossary: Glossary) =>
  memoizeByObject((knownWords: ReadonlySet<string>) => {
    const known = knownWordTest(glossary)(knownWords);
    return memoizeFormTest((text: string) => !isCheckable(text) || known(text) || known(withoutAccents(text)) || isWordFormation(text) || isListedWord(text) || isContractionOfWord(text));
  }),
);

/**
 * Whether a hyphenated word is known whole, as written or written solid
 * (`Wi-Fi`: WiFi; `T-shirt`): then none of its parts is reported.
 */
function isKnownCompound(word: string, known: (text: string) => boolean): boolean {
  const whole = word.replace(/['\u2019](?:s)?$/i, '').replace(/[^\p{L}\p{N}]+$/u, '');
  if (!/\p{L}[-\u2010\u2011]\p{L}/u.test(whole)) return false;
  return known(whole) || known(whole.replace(/[-\u2010\u2011]/g, ''));
}

const HYPHENS = /[-\u2010\u2011]+/;

/**
 * A part of a hyphenated compound that is no word of its own, so that the
 * compound is read whole: a short one (`sci-fi`, `Add-ons`, `veggie-fy`,
 * `hei-tiki`) or one that echoes another part (`wishy-washy`,
 * `clackety-clack`). In `well-knwon`, `knwon` is still a word to check.
 */
function isCompoundPiece(part: string, compound: string): boolean {
  const pieces = compound.toLowerCase().replace(/\u2019/g, "'").split(HYPHENS);
  if (pieces.filter(Boolean).length < 2) return false;
  if (part.length <= 3) return true;
  const lower = part.toLowerCase();
  return pieces.some((other) => other !== lower && other.length >= 3 && (sharedStart(other, lower) >= 3 || sharedStart(reversed(other), reversed(lower)) >= 3));
}

function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function reversed(text: string): string {
  return [...text].reverse().join('');
}

/** A letter English writes in no word of its own, only in loanwords the dictionary lists (`café`): an unknown word with one is another language's (`whānau`, `Laguë`). */
const NON_ENGLISH_LETTER = /[^\p{ASCII}](?<=\p{L})/u;

/**
 * A capitalised word opening a sentence that is one edit (a letter left out,
 * added, changed, or two swapped) from a common dictionary word: a misspelt
 * word (`Recieved`, `Futhermore`). Anything further from every word is a
 * name (`Whangarei`, `Bozeman`), which a sentence's first word is as often
 * as a word, and names are name-spelling's.
 */
const isNearCommonWord = memoizeFormTest((text: string) => {
  const word = text.toLowerCase();
  if (!/^[a-z]+$/.test(word)) return false;
  // Only a candidate that starts some dictionary word is looked up (and memoized).
  const is = (candidate: string) => candidate.length > 1 && mayStartDictionaryWord(candidate) && isDictionaryWord(candidate);
  for (let i = 0; i <= word.length; i++) {
    const before = word.slice(0, i);
    // Every edit from here on keeps this start: none can make a word when no word starts so.
    if (!mayStartDictionaryWord(before)) return false;
    const rest = word.slice(i);
    if (rest && is(before + rest.slice(1))) return true;
    if (rest.length >= 2 && is(before + rest[1] + rest[0] + rest.slice(2))) return true;
    for (let code = 97; code <= 122; code++) {
      const letter = String.fromCharCode(code);
      if (!mayStartDictionaryWord(before + letter)) continue;
      if (is(before + letter + rest) || (rest && letter !== rest[0] && is(before + letter + rest.slice(1)))) return true;
    }
  }
  return false;
});

/** `, Thomas (1851)`, `, Brian;`, `, J. A.`: the given names after a surname that opens a reference (`Brunner, Thomas (1851)`). */
const GIVEN_NAMES_AFTER = /^,[\s\u00a0]+\p{Lu}[\p{L}'’-]*\.?(?:[\s\u00a0]+\p{Lu}[\p{L}'’-]*\.?){0,2}[\s\u00a0]*(?:[(;.]|$)/u;

/** Latin endings of a genus and of its species (`Yersinia pestis`, `Escherichia coli`, `Pseudomonas aeruginosa`). */
const GENUS_BEFORE = /(?:^|[\s(])(?:\p{Lu}\.|\p{Lu}\p{Ll}*(?:ia|us|as|es|a|um|is|on|er))[\s\u00a0]+$/u;
const SPECIES = /^\p{Ll}+(?:a|ae|i|ii|is|us|um|es|ensis|oides)$/u;

/** The species of a Latin binomial, after its genus or the genus's initial (`Yersinia pestis`, `T. muris`): a name, no English word. */
function isSpeciesName(text: string, before: string): boolean {
  return SPECIES.test(text) && GENUS_BEFORE.test(before);
}

/** A dot after a word that ends no sentence: a comma, semicolon or bracket after it, or a lower-case word or a figure (`4127 ozs. 13 dwts. 7 grs.;`, `Horsfall and ors. v the Commissioner`). */
const ABBREVIATING_DOT = /^\.(?:[,;:)\]]|[\s\u00a0]+[\p{Ll}\d(])/u;

/** A hyphenated prefix (`pre-`) or the tail of a cut contraction (`'ve`). */
function isFragment(text: string, before: string, after: string): boolean {
  const lower = text.toLowerCase();
  return (/^[-\u2010\u2011]/.test(after) && HYPHENATED_PREFIXES.has(lower)) || (/['\u2019]$/.test(before) && CONTRACTION_ENDINGS.has(lower));
}

const rule: Rule<SpellingOptions> = {
  meta: {
    id: 'spelling',
    description: 'A word that is not in the dictionary, the glossary or the configured words',
    severity: 'info',
    url: docsUrl('spelling'),
    fixable: false,
    options: {
      suggestions: { type: 'boolean', default: false, description: "give dictionary-en's suggestions (up to three) as `expected` (slower)" },
    },
    // The same name analysis as name-spelling: both rules must agree on what a corrupted name is.
    uses: ['names'],
  },
  create(context) {
    const { doc, glossary, knownWords, options } = context;
    const names = context.analysis.names();
    const isReportedName = (start: number) => names.findings.some((name) => start >= name.start && start < name.end);
    let notProse: [number, number][] | undefined;
    const inNotProse = (start: number) => (notProse ??= notProseSpans(doc.text)).some(([from, to]) => start >= from && start < to);
    const isRight = rightAnywhere(glossary)(knownWords);
    // Names are name-spelling's when corrupted, and right when written consistently.
    const isSilentForm = (text: string) => isRight(text) || names.isAttested(text);
    const parts = context.analysis.wordParts();
    for (let i = 0; i < parts.length; i++) {
      // Most parts are silent words: no part object is made for them.
      if (isSilentForm(parts.text(i)) || names.foreign.has(parts.word(i))) continue;
      // The dictionary is English: a paragraph in another language has no misspellings it can tell.
      if (!isEnglishWord(doc, parts.word(i))) continue;
      const word = parts.word(i);
      const opening = doc.wordTable.sentenceStart(word);
      const text = parts.text(i);
      // A name is name-spelling's: corrupted, it reports it; unknown, it is a name this rule has no list of. Inside a sentence a
      // capitalised word is one (`Bozeman`; `De Gaulle`, `El Paso`); opening it, one that is no misspelt word or heads a reference.
      const isName = opening
        ? parts.nameShapes[i] === NameShape.name && (!isNearCommonWord(text) || GIVEN_NAMES_AFTER.test(doc.articleText.slice(parts.start(i) + text.length, parts.start(i) + text.length + 60)))
        : parts.nameShapes[i] === NameShape.name || /^\p{Lu}\p{Ll}$/u.test(text);
      if (isName) continue;
      if (NON_ENGLISH_LETTER.test(text)) continue;
      const whole = doc.wordTable.text(word);
      if (isKnownCompound(whole, knownWordTest(glossary)(knownWords)) || isCompoundPiece(text, whole)) continue;
      const part = parts.at(i);
      if (isReportedName(part.start) || inNotProse(part.start)) continue;
      if (isFragment(part.text, doc.text.slice(part.start - 1, part.start), doc.text.slice(part.end, part.end + 1))) continue;
      // An abbreviation (`ozs.`, `exors.`) is no misspelling; a dot that ends a sentence says nothing.
      if (ABBREVIATING_DOT.test(doc.articleText.slice(part.end, part.end + 3))) continue;
      const before = doc.text.slice(Math.max(0, part.start - 40), part.start);
      if (isNamePiece(part.text, before, doc.text.slice(part.end, part.end + 40)) || isSpeciesName(part.text, before)) continue;
      const suggestions = options.suggestions ? dictionarySuggestions(part.text, MAX_SUGGESTIONS) : [];
      context.report({
        message: `"${part.text}" is not in the dictionary or the glossary`,
        start: part.start,
        end: part.end,
        ...(suggestions.length > 0 ? { expected: suggestions } : {}),
      });
    }
  },
};

export default rule;
