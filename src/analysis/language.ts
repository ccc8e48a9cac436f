// The language of each block of an article, so that the rules whose evidence
// is English (spelling, repeated-word, name-spelling, boilerplate's cues) can
// stay silent where the text is in another language. A block in another
// script is told by its script; a block in Latin script by the function words
// it uses (every language's commonest words are short closed-class words, and
// a paragraph of a few sentences holds many of them) and, as weaker evidence,
// by the letters with diacritics that a language writes in its own words.
// Before a block is called anything but English, its lower-case words must be
// mostly not English dictionary words: headlines, scores, recipes and lists
// of names hold few function words, but their words are English ones. A
// block too short to decide (a title, a list item, a name) takes the
// language of the article. Computed per block on first use, kept per article.
import type { ArticleDocument } from '../parse/article.js';
import { memoizeByObject } from '../util/memo.js';
import { isDictionaryWord } from './names/lexicon.js';

/**
 * ISO 639-1 code of a detected language (`en`, `pt`, `ja`, ...), or an ISO
 * 639-2 special code: `mis` for running text in a language the lists do not
 * hold (Latin script with no function words of any listed language), `und`
 * for an article with no evidence at all.
 */
export type LanguageCode = string;

/** Function words of the Latin-script languages told apart, commonest first. */
const FUNCTION_WORDS: Record<string, string> = {
  en:
    'the of and to in is that for it was on with as he she his her they be at by this have from or an but not are were ' +
    'a which you we has had been their will would there what who said its than about when more after also into can could ' +
    'should i my our them these those because while over just only some how all one do does did if no so up out like',
  pt:
    'o os a as de do da dos das em no na nos nas um uma que e é para com não por mais se ao à como mas foi ser são está ' +
    'também pelo pela seu sua ele ela eles isso este esta muito já quando sobre entre até você há tem ou aos nem sem ' +
    'ainda então pode vai essa esse nossa nosso',
  es:
    'el la los las de del en y que es un una por con para no se su sus al lo como más pero este esta ha fue son está ' +
    'también muy ya entre cuando sobre hay sin hasta desde porque donde él ella ellos les le nos o ni',
  it:
    'il lo la i gli le di del della dei degli delle e è che un una uno per con non si da in al alla nel nella sono ha ' +
    'anche più ma come questo questa ci mi ti se dal dalla sul sulla ed era essere tutto tutti molto cosa perché quando ' +
    'chi noi voi loro suo sua già',
  fr:
    'le la les de des du un une et est que qui en dans pour pas ne sur au aux avec il elle ils ce cette ces son sa ses ' +
    'plus par se sont été être mais ou nous vous je leur comme tout aussi très où y on',
  de:
    'der die das den dem des und ist ein eine einen einem einer nicht mit von zu auf für sich im auch es sie er wir ich ' +
    'ihr sind war wird werden hat haben bei nach aus wie dass oder aber noch nur als vor über um so wenn kann durch ' +
    'schon man zum zur dieser diese dieses',
  nl:
    'de het een en van is dat die in op te met voor niet zijn er aan ook als maar bij om nog door naar ze hij zij wij ik ' +
    'je was werd wordt heeft hebben deze dit kan uit over al of dan worden geen wel',
  id:
    'yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga atau oleh ada kita kami saya mereka dia ' +
    'ia sudah telah bisa karena tersebut seperti lebih harus hanya para bahwa jika agar namun tetapi saat sebagai orang ' +
    'apa sangat banyak kepada belum lagi masih bagi',
};

/** Letters with diacritics each language writes in its common words (a name borrowed into English text has few). */
const LETTERS: Record<string, string> = {
  pt: 'ãõçâêôáéíóú',
  es: 'ñ¿¡áéíóú',
  it: 'àèéìòù',
  fr: 'çàâêëîïôûùœéè',
  de: 'äöüß',
};

const LATIN_LANGUAGES = Object.keys(FUNCTION_WORDS);

const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(FUNCTION_WORDS.en!.split(' '));

/** Whether the word (any case) is one of the commonest English function words (`the`, `of`, `to`, ...). */
export function isEnglishFunctionWord(word: string): boolean {
  return ENGLISH_FUNCTION_WORDS.has(word.toLowerCase());
}

/**
 * Per function word, what one occurrence adds to each language that has it:
 * a word several languages share is weaker evidence for each of them.
 */
const WORD_EVIDENCE: ReadonlyMap<string, readonly [number, number][]> = (() => {
  const holders = new Map<string, number[]>();
  LATIN_LANGUAGES.forEach((language, index) => {
    for (const word of new Set(FUNCTION_WORDS[language]!.split(' '))) holders.set(word, [...(holders.get(word) ?? []), index]);
  });
  return new Map([...holders].map(([word, indices]) => [word, indices.map((index): [number, number] => [index, 1 / indices.length])]));
})();

/** What a letter adds, against a function word's 1: one accented word may be a borrowed name. */
const LETTER_WEIGHT = 0.25;

const LETTER_EVIDENCE: ReadonlyMap<string, readonly [number, number][]> = (() => {
  const holders = new Map<string, number[]>();
  for (const [language, letters] of Object.entries(LETTERS)) {
    for (const letter of letters) holders.set(letter, [...(holders.get(letter) ?? []), LATIN_LANGUAGES.indexOf(language)]);
  }
  return new Map([...holders].map(([letter, indices]) => [letter, indices.map((index): [number, number] => [index, LETTER_WEIGHT / indices.length])]));
})();


/** Scripts other than Latin, each with the language it stands for when the lists cannot say more. */
const SCRIPTS: readonly [RegExp, LanguageCode][] = [
  [/[\u3040-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/u, 'ja'],
  [/[\uAC00-\uD7AF\u1100-\u11FF\u3130-\u318F]/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Thai}/u, 'th'],
];

/** Letters of the Cyrillic alphabet that Ukrainian writes and Russian does not. */
const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/u;

/** Letters of the scripts where a character is a syllable or a word: each weighs as much as a few Latin letters. */
const SYLLABIC = /[\u3040-\u30FF\uAC00-\uD7AF\p{Script=Han}]/u;
const SYLLABIC_WEIGHT = 3;

/** Latin-script words a block needs before its own function words decide its language. */
const MIN_WORDS = 5;
/** Function-word evidence (in occurrences) the winning language needs in a block of MIN_WORDS or more. */
const MIN_EVIDENCE = 1.5;
/** Latin-script words from which a block that holds no listed language's function words is running text in another language. */
const MIN_WORDS_UNLISTED = 12;
/** Below this share of function words (of the best listed language), such a block is in an unlisted language. */
const UNLISTED_SHARE = 1 / 12;

/** What one stretch of text says about its language. */
interface Evidence {
  /** Per Latin-script language (LATIN_LANGUAGES order), its weighted function words and letters. */
  latin: Float64Array;
  latinWords: number;
  latinLetters: number;
  /** Weighted letters per other script (SCRIPTS order). */
  scripts: Float64Array;
  /** Whether the Cyrillic letters include Ukrainian ones. */
  ukrainian: boolean;
  /** The Latin-script words written in lower case (a capitalised one may be a name): the dictionary's evidence. */
  lowerCase: string[];
}

function emptyEvidence(): Evidence {
  return { latin: new Float64Array(LATIN_LANGUAGES.length), latinWords: 0, latinLetters: 0, scripts: new Float64Array(SCRIPTS.length), ukrainian: false, lowerCase: [] };
}

/** Markup, addresses and handles carry no language: left out before words are read. */
const NOT_PROSE = /<[^<>]*>|&#?\w+;|https?:\/\/\S+|www\.\S+|[@#]\w+/g;

/** Characters of a block read for its language: a few thousand words decide it as well as a million. */
const SAMPLE_CHARACTERS = 20_000;

function gatherEvidence(text: string, into = emptyEvidence()): Evidence {
  const prose = text.slice(0, SAMPLE_CHARACTERS).replace(NOT_PROSE, ' ').normalize('NFC');
  for (const match of prose.matchAll(/\p{L}+/gu)) {
    const word = match[0];
    if (/^[A-Za-z]+$/.test(word) || /^\p{Script=Latin}+$/u.test(word)) {
      // An initial (`J. E. Smith`) is no word of any language.
      if (word.length === 1 && prose[match.index + 1] === '.' && word !== word.toLowerCase()) continue;
      into.latinWords++;
      into.latinLetters += word.length;
      const lower = word.toLowerCase();
      if (word === lower && into.lowerCase.length < DICTIONARY_SAMPLE) into.lowerCase.push(word);
      for (const [index, weight] of WORD_EVIDENCE.get(lower) ?? []) into.latin[index]! += weight;
      // Diacritics inside a capitalised word are a name's, not the language's (`Müller` in English text).
      if (word[0] === lower[0] && /[^a-z]/.test(lower)) {
        for (const letter of lower) for (const [index, weight] of LETTER_EVIDENCE.get(letter) ?? []) into.latin[index]! += weight;
      }
      continue;
    }
    for (const letter of word) {
      const script = SCRIPTS.findIndex(([pattern]) => pattern.test(letter));
      if (script === -1) continue;
      into.scripts[script]! += SYLLABIC.test(letter) ? SYLLABIC_WEIGHT : 1;
      if (SCRIPTS[script]![1] === 'ru' && UKRAINIAN_LETTERS.test(letter)) into.ukrainian = true;
    }
  }
  return into;
}

/** The language the evidence shows, or undefined when it is too little to say. */
function decide(evidence: Evidence): LanguageCode | undefined {
  let script = -1;
  for (let i = 0; i < SCRIPTS.length; i++) if (evidence.scripts[i]! > (script === -1 ? 0 : evidence.scripts[script]!)) script = i;
  // Japanese writes Han characters among its kana: any kana makes Han text Japanese.
  if (script !== -1 && SCRIPTS[script]![1] === 'zh' && evidence.scripts[0]! > 0) script = 0;
  const scriptWeight = script === -1 ? 0 : evidence.scripts[script]!;
  // Another script: what most of the letters are written in (a Latin brand name in Korean text stays Korean).
  if (scriptWeight > evidence.latinLetters) {
    const language = SCRIPTS[script]![1];
    return language === 'ru' && evidence.ukrainian ? 'uk' : language;
  }
  if (evidence.latinWords < MIN_WORDS) return undefined;
  let best = 0;
  for (let i = 1; i < LATIN_LANGUAGES.length; i++) if (evidence.latin[i]! > evidence.latin[best]!) best = i;
  const language = evidence.latin[best]! >= MIN_EVIDENCE ? LATIN_LANGUAGES[best]!
    // Running text in English has function words in a third of its words: one in twelve is far too few.
    : evidence.latinWords >= MIN_WORDS_UNLISTED && evidence.latin[best]! < UNLISTED_SHARE * evidence.latinWords ? 'mis'
    : undefined;
  if (language === undefined || language === 'en') return language;
  return mostlyEnglishWords(evidence.lowerCase) ? undefined : language;
}

/** Lower-case words the dictionary test reads at most per block. */
const DICTIONARY_SAMPLE = 200;

/** Whether at least half of the lower-case words are English dictionary words (none: no evidence against English). */
function mostlyEnglishWords(words: readonly string[]): boolean {
  let english = 0;
  for (const word of words) if (isDictionaryWord(word)) english++;
  return 2 * english >= words.length;
}

/** An article's languages: its blocks' own, filled in as they are asked for, and the article's as a whole. */
class ArticleLanguages {
  /** Per block, its language from its own text (null: too little evidence), once computed. */
  private readonly own: (LanguageCode | null | undefined)[];
  private whole?: LanguageCode;

  constructor(private readonly doc: ArticleDocument) {
    this.own = new Array(doc.blocks.length);
  }

  /** The language of block `index`: its own, else the article's. */
  ofBlock(index: number): LanguageCode {
    let own = this.own[index];
    if (own === undefined) {
      own = decide(gatherEvidence(this.doc.blocks[index]!.text)) ?? null;
      this.own[index] = own;
    }
    return own ?? this.ofArticle();
  }

  /** Per sentence, whether its Latin-script words are English ones (englishInOtherScript), once asked. */
  private readonly latinEnglish = new Map<number, boolean>();

  /** Whether the Latin-script words of sentence `index` (in a block in another script) show English function words the most. */
  latinWordsAreEnglish(index: number): boolean {
    let english = this.latinEnglish.get(index);
    if (english === undefined) {
      const { latin } = gatherEvidence(this.doc.sentences[index]!.text);
      english = latin[0]! > 0 && latin.every((score) => score <= latin[0]!);
      this.latinEnglish.set(index, english);
    }
    return english;
  }

  /** The language of the article: of all its text read as one, `und` when even that does not say. */
  ofArticle(): LanguageCode {
    if (this.whole === undefined) {
      const evidence = emptyEvidence();
      let read = 0;
      for (const block of this.doc.blocks) {
        if (read >= SAMPLE_CHARACTERS) break;
        gatherEvidence(block.text.slice(0, SAMPLE_CHARACTERS - read), evidence);
        read += block.text.length;
      }
      this.whole = decide(evidence) ?? 'und';
    }
    return this.whole;
  }
}

const languagesOf = memoizeByObject((doc: ArticleDocument) => new ArticleLanguages(doc));

/** The language of one block of the article (`doc.blocks[index]`). */
export function blockLanguage(doc: ArticleDocument, index: number): LanguageCode {
  return languagesOf(doc).ofBlock(index);
}

/** The language of the article as a whole (`und` when its text says nothing). */
export function articleLanguage(doc: ArticleDocument): LanguageCode {
  return languagesOf(doc).ofArticle();
}

/**
 * Whether block `index` may be read as English: it is, or nothing says
 * otherwise (an article with no evidence is taken as English, the language
 * the rules are written for).
 */
export function isEnglishBlock(doc: ArticleDocument, index: number): boolean {
  const language = blockLanguage(doc, index);
  return language === 'en' || language === 'und';
}

/**
 * Whether the word `doc.words[index]` may be read as English: it stands in a
 * block that may (isEnglishBlock), or it is a Latin-script word in a block in
 * another script whose sentence's Latin-script words are English ones (an
 * English phrase quoted in Arabic or Japanese text).
 */
export function isEnglishWord(doc: ArticleDocument, index: number): boolean {
  const sentence = doc.wordTable.sentence(index);
  const block = doc.sentences[sentence]!.block;
  if (isEnglishBlock(doc, block)) return true;
  const language = blockLanguage(doc, block);
  if (language === 'mis' || LATIN_LANGUAGES.includes(language) || !/\p{Script=Latin}/u.test(doc.wordTable.text(index))) return false;
  return languagesOf(doc).latinWordsAreEnglish(sentence);
}

/** Whether the block holding `offset` (or the article, between blocks) may be read as English. */
export function isEnglishAt(doc: ArticleDocument, offset: number): boolean {
  const { blocks } = doc;
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const block = blocks[middle]!;
    if (offset < block.start) high = middle - 1;
    else if (offset >= block.end) low = middle + 1;
    else return isEnglishBlock(doc, middle);
  }
  const language = articleLanguage(doc);
  return language === 'en' || language === 'und';
}
