// Lines of an article and what each one looks like: its cues of page UI and
// the form features that tell furniture from prose (length, sentence
// punctuation, whom it addresses, stop-word density), in the spirit of
// jusText's per-block features.
import { isEnglishBlock } from '../../src/analysis/language.js';
import type { ArticleDocument } from '../../src/types.js';
import { matchCues, type CueMatch, type FurnitureKind } from './cues.js';

export interface Line {
  start: number;
  end: number;
  /** The line's words without markup (Markdown markers, links, tags). */
  plain: string;
  /** Counted up to WORDS_COUNTED: no reader tells longer lines apart. */
  words: number;
  cues: CueMatch[];
  /** Sum of the cue weights. */
  points: number;
  /**
   * The weight of evidence: cue points, plus one each for a strong cue that
   * opens the line, a call to action, and words addressed to the reader or
   * about the site (these count only beside a cue).
   */
  score: number;
  /** Share of the line's letters that its cues cover. */
  coverage: number;
  /** A line that reads as running prose: a sentence of the article, not a label or a button. */
  prose: boolean;
  /** A list item (`-`, `*`, `•`, `1.`): related-link lists are made of them. */
  bullet: boolean;
  /** A table's row or cell (`| a | b |`, `<td>`): tables are the article's. */
  table: boolean;
  /** The kind with the most cue weight. */
  kind?: FurnitureKind;
  /** Its block may be read as English (the shared language analysis: function words, the dictionary's veto). */
  englishBlock: boolean;
}

/** jusText: blocks under 70 characters are short. */
export const SHORT_LINE = 70;
/** Words in the longest line of furniture (a cookie notice); longer lines are prose. */
const LONGEST_FURNITURE = 40;
/**
 * Words in the longest appeal or notice read as furniture despite its length
 * (`If you enjoyed this article, ... Join ...`, a reprint notice); longer lines are prose.
 */
const LONGEST_APPEAL = 120;
/** Words in the longest line of an author's biography that an author box takes along (index.ts). */
export const BIO_WORDS = 60;
/** Where countWords stops: past BIO_WORDS, every reader of Line.words says "long". */
const WORDS_COUNTED = BIO_WORDS + 1;

const STOP_WORDS = new Set(
  (
    'a about after all also an and any are as at be been but by can could did do does for from had has have he her him his ' +
    'i if in into is it its just may me more most much must my no not of on one or our out over said she should so some such ' +
    'than that the their them then there these they this those to up us was we were what when which who will with would you'
  ).split(' '),
);

/** Words that start a call to action. */
const CALL_TO_ACTION = new Set(
  (
    'accept add allow bookmark click contact continue create donate download email enable enlarge enter expand explore ' +
    'follow get join jump learn leave like listen load log manage notify play post print read register reject report ' +
    'return save scroll see send share show sign skip stay submit subscribe support tap toggle tweet view visit watch'
  ).split(' '),
);

/** What buttons act on, and the small words between (`Return to top`, `Save article`, `Load more comments`). */
const BUTTON_OBJECTS = new Set(
  (
    'a all article audio below caption comment comments content expand for full gallery here image later link menu more ' +
    'navigation now of on page photo post replies reply site story text the this to today top transcript up video'
  ).split(' '),
);

/** A long line that may be an appeal: it speaks to the reader, or of the page or text itself. */
const SPEAKS_TO_READER = /\b(?:you|your)\b|\bthis (?:site|website|page|article|story|post|copy|document|material|content)\b/i;
/** What a long appeal asks or tells of the reader; related links, captions, metadata and navigation are not appeals. */
const NOT_APPEALS: ReadonlySet<FurnitureKind> = new Set(['related', 'media', 'metadata', 'post-nav', 'site-nav', 'author-box', 'markup']);
/** Words in the longest first sentence of an appeal. */
const FIRST_SENTENCE_WORDS = 25;
/** Where a line's first sentence (or label) ends. */
const FIRST_SENTENCE_END = /[.!?:](?:\s|$)/;

/**
 * Where one headline ends and the next begins with no punctuation between
 * (`… the mysterious death of a coder How to opt out …`): a word in lower
 * case, then a capitalised word that opens headlines and a word in lower
 * case. Prose writes such a capital after a word in a name (`the newspaper
 * The Times`), followed by another capital.
 */
const HEADLINE_SEAM = /[\p{Ll}\d]\s+(?:The|A|An|How|Why|What|Who|When|Where|Which|Can|Could|Should|Will|Is|Are|Do|Does|Our|Your|This|These|Inside|Meet|Here|Watch)\s+[\p{Ll}\d]/gu;
/** Seams in a long line that, with a related list's heading at its start, make it the heading glued to its headlines. */
const LIST_SEAMS = 2;

/** The reader or the site addressed: UI speaks to "you" about "this site" and "our newsletter". */
const ADDRESSES_READER = /\b(?:you|your|my|me|we|our|us|please)\b|\bthis (?:site|website|page|article|story|post|blog|browser|material|content)\b/i;
/**
 * The same in the other languages the cues read, on lines not in English: the reader's pronouns (`du`, `vous`, `tú`,
 * `jij`) and the site's own (`wir`, `unser`, `nous`, `nuestro`). German's formal `Ihr…` and `Ihnen` only in capitals (in
 * lower case they are `her`, `their`); not the formal `Sie` alone, which is also the article's own instructions
 * (`Klicken Sie auf Speichern, …`) and, opening a sentence, `she` or `they`.
 */
const ADDRESSES_READER_ELSEWHERE = /(?<!\p{L})(?:du|dich|dir|dein\p{L}*|euch|eure?\p{L}*|wir|uns|unser\p{L}*|bitte|vous|votre|vos|nous|notre|tu|tú|usted(?:es)?|nosotros|nuestr[oa]s?|tuo|tua|tuoi|vostr[oaie]|noi|nostr[oaie]|você|vocês|noss[oa]s?|jij|jouw|uw|wij|onze)(?!\p{L})/iu;
const FORMAL_READER = /(?<!\p{L})(?:Ihnen|Ihr\p{Ll}*)(?!\p{L})/u;
/** A German imperative addressed to the reader (`Abonnieren Sie …`, `Bitte teilen Sie …`): a verb, then the formal `Sie`. */
const FORMAL_IMPERATIVE = /^(?:[Bb]itte\s+)?\p{L}+(?:en|ern|eln)\s+Sie(?!\p{L})/u;
const ENDS_SENTENCE = /[.!?…]["'”’)\]]*$/;
/** Quoted spans; a quotation still open at the end of a line runs to its end. */
const QUOTED = /"[^"\n]*(?:"|$)|“[^”\n]*(?:”|$)/g;
const BULLET = /^\s*(?:[-*+•·▪►]|\d{1,2}[.)])\s+/;
/** A table row (`| a | b |`, `|---|---|`): tables are the article's, and their cells are no menu. */
const TABLE_ROW = /^\s*\|.*\|\s*$/;
/** An HTML table's cell opening. */
const TABLE_CELL_OPENS = /<t[dh][\s>]/i;

/** The kind with the most cue weight in a line (the first one on a tie). */
export function dominantKind(cues: readonly CueMatch[]): FurnitureKind | undefined {
  const weights = new Map<FurnitureKind, number>();
  for (const cue of cues) weights.set(cue.kind, (weights.get(cue.kind) ?? 0) + cue.weight);
  let best: FurnitureKind | undefined;
  for (const [kind, weight] of weights) if (best === undefined || weight > weights.get(best)!) best = kind;
  return best;
}

/** Text with no words outside Markdown and HTML syntax: `## `, `- [`, `](https://...)`, `**`, `</a>`. */
function isMarkupOnly(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text.replace(/\]\([^()]*(?:\([^()]*\)[^()]*)*\)|<[^<>]*>|^\s*\d{1,9}[.)]\s/g, ''));
}

/** The words of a line without Markdown or HTML syntax. */
function plainText(raw: string): string {
  // Prose lines hold no tag, link or emphasis: the scans for them are skipped when their marks are absent.
  let plain = raw.includes('<') ? raw.replace(/<[^<>]*>/g, ' ') : raw;
  // A link's text holds no bracket and its address at most one pair of parentheses: each try ends at the next opener, where `[^)]*` read on to the end of a line of `[a](` from each of them.
  if (plain.includes('](')) plain = plain.replace(/!?\[([^[\]]*)\]\([^()]*(?:\([^()]*\)[^()]*)*\)/g, '$1');
  plain = plain.replace(/^\s*(?:#{1,6}|>+)\s*/, '').replace(BULLET, '');
  if (plain.includes('**') || plain.includes('__')) plain = plain.replace(/\*\*|__/g, '');
  return plain.trim();
}

/** The characters that separate menu items; a line without any is no menu. */
const SEPARATOR_CHARACTER = /[|»›•·/]/;

/** A word of a line: a letter or digit and what continues it (`don't`, `e-mail`, `1960s`). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** What a character is to WORD. */
const enum CharacterKind {
  Unknown,
  /** A letter or digit: starts or continues a word. */
  WordCharacter,
  /** `'`, `’`, `-`: continues a word only. */
  Joiner,
  Other,
}

/** The one character whose lower case is read otherwise by WORD (see countWords). */
const DOTTED_CAPITAL_I = 0x130;
/** CharacterKind of every BMP character, filled in as they are met. */
const BMP_KINDS = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function kindOf(point: number): CharacterKind {
  if (point === 0x27 || point === 0x2d || point === 0x2019) return CharacterKind.Joiner;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(point)) ? CharacterKind.WordCharacter : CharacterKind.Other;
}

/**
 * How many WORD matches the lower-cased `text` holds, up to `limit`,
 * without making them or lower-casing: of most lines (long prose), only the
 * count is read.
 */
function countWords(text: string, limit: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count < limit; i++) {
    const code = text.charCodeAt(i);
    let kind: CharacterKind;
    if (code === DOTTED_CAPITAL_I) {
      // Lower-cased, `İ` is `i` and a combining dot, which ends the word.
      if (!inWord) count++;
      inWord = false;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const point = text.codePointAt(i)!;
      if (point > 0xffff) i++;
      kind = kindOf(point);
    } else {
      kind = BMP_KINDS[code]!;
      if (kind === CharacterKind.Unknown) BMP_KINDS[code] = kind = kindOf(code);
    }
    if (kind === CharacterKind.WordCharacter) {
      if (!inWord) count++;
      inWord = true;
    } else if (kind === CharacterKind.Other) inWord = false;
  }
  return count;
}

const HOLDS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Prose is made of sentences; `© 1961 The Herald. All rights reserved.` is made of fragments: one of six words or more makes prose. */
function isSentence(text: string): boolean {
  // An embedded post ends with its links: the sentence is before them.
  const plain = endsWithLink(text) ? text.replace(/(?:\s+(?:https?:\/\/)?\S+\.\S+\/\S*)+$/, '') : text;
  if (!ENDS_SENTENCE.test(plain)) return false;
  return plain.split(/[.!?…]+(?:\s+|$)/).some((part) => part.split(/\s+/).filter((w) => HOLDS_LETTER_OR_DIGIT.test(w)).length >= 6);
}

/**
 * Whether the line's last word, after other text, is a link (`site.com/path`):
 * a `.` after its first character and a `/` later. Read by index, not one
 * pattern, which backtracked over every `.` of a long last word.
 */
function endsWithLink(text: string): boolean {
  const last = /\S\s+(\S+)$/.exec(text)?.[1];
  if (last === undefined) return false;
  const dot = last.indexOf('.', 1);
  return dot !== -1 && last.lastIndexOf('/') > dot + 1;
}

/** Share of stop words among the words of a lower-cased line: jusText's mark of running text. */
function stopDensity(lower: string): number {
  const tokens = lower.match(WORD) ?? [];
  return tokens.filter((t) => STOP_WORDS.has(t)).length / (tokens.length || 1);
}

/** Social networks, whose names are buttons in a row of share buttons (`Share Tweet Pin`). */
const NETWORKS = new Set('facebook twitter x linkedin reddit whatsapp pinterest tumblr telegram instagram flipboard email e-mail sms'.split(' '));

/**
 * A button, or a row of them: a call-to-action verb acting on the page (`Return to top`, `Save article`), or
 * followed by more verbs and networks (`Share Tweet Submit`); `lower` is the line lower-cased. A verb alone
 * (`Contact`, `Support`) is as often a section's heading: the buttons that are one word have cues of their own.
 */
function isButton(lower: string): boolean {
  const [verb = '', ...objects] = lower.match(WORD) ?? [];
  return CALL_TO_ACTION.has(verb) && objects.length > 0 && objects.every((t) => BUTTON_OBJECTS.has(t) || CALL_TO_ACTION.has(t) || NETWORKS.has(t));
}

/** A line's text and its cues (see describe for the rest). */
interface CuedLine {
  englishBlock: boolean;
  start: number;
  end: number;
  plain: string;
  /** Counted up to LONGEST_APPEAL + 1, which tells whether cues are looked for. */
  words: number;
  bullet: boolean;
  table: boolean;
  /** `plain` with quoted spans blanked; empty for long prose, where cues are not looked for. */
  unquoted: string;
  cues: CueMatch[];
}

/** A tag written with entities that has no attribute (`&lt;img&gt;`): in an HTML file, the way prose names a tag. */
const BARE_ESCAPED_TAG = /^&lt;\/?[a-z][\w-]*&gt;$/i;

function readCues(start: number, raw: string, englishBlock: boolean, html: boolean, cell: boolean): CuedLine {
  const plain = plainText(raw);
  const words = countWords(plain, LONGEST_APPEAL + 1);
  const end = start + raw.trimEnd().length;
  const bullet = BULLET.test(raw);
  const table = cell || TABLE_ROW.test(plain);
  const longProse = words > LONGEST_FURNITURE;
  const mayBeMenu = SEPARATOR_CHARACTER.test(plain) && !table;
  // Past 40 words a line is prose whatever it mentions, unless it speaks to the reader (an appeal, a notice);
  // menu separators could still give it a cue. Most lines are such prose: the features below could not change their verdict.
  const mayBeAppeal = longProse && words <= LONGEST_APPEAL && SPEAKS_TO_READER.test(plain);
  // Or it is a list's heading with its headlines glued after it.
  const mayBeGluedList = longProse && words <= LONGEST_APPEAL && (plain.match(HEADLINE_SEAM)?.length ?? 0) >= LIST_SEAMS;
  if (longProse && !mayBeMenu && !mayBeAppeal && !mayBeGluedList) return { start, end, plain, words, bullet, table, unquoted: '', cues: [], englishBlock };
  // Words in quotation marks are spoken or cited, not page UI.
  const unquoted = plain.replace(QUOTED, (q) => ' '.repeat(q.length));
  const matched = longProse && !mayBeAppeal && !mayBeGluedList ? [] : matchCues(unquoted);
  // An HTML file writes every `<` of its text as `&lt;`: there only a tag with attributes is leftover markup.
  const cues = html ? matched.filter((cue) => !(cue.kind === 'markup' && BARE_ESCAPED_TAG.test(unquoted.slice(cue.start, cue.end)))) : matched;
  // A button on a line of its own, without sentence punctuation.
  if (words <= 4 && isButton(plain.toLowerCase()) && !/[.!?]$/.test(plain)) {
    cues.push({ kind: dominantKind(cues) ?? 'site-nav', weight: 2, language: 'en', notice: false, form: 'button', start: 0, end: 0 });
  }
  // A line cut into short segments by separators (`Home » News » Local`, `Terms | Privacy | Contact`) is a menu.
  const segments = mayBeMenu ? unquoted.split(/\s[|»›•·/]\s/) : [];
  if (segments.length >= 3 && segments.every((segment) => segment.trim().split(/\s+/).length <= 4)) {
    cues.push({ kind: dominantKind(cues) ?? 'site-nav', weight: 1, language: 'any', notice: false, form: 'menu', start: 0, end: 0 });
  }
  return { start, end, plain, words, bullet, table, unquoted, cues, englishBlock };
}

/** A line's form, weighed with its cues. */
function describe({ start, end, plain, words: wordsUpToLong, bullet, table, unquoted, cues, englishBlock }: CuedLine): Line {
  const longProse = wordsUpToLong > LONGEST_FURNITURE;
  const words = Math.min(wordsUpToLong, WORDS_COUNTED);
  if (cues.length === 0) {
    // Without a cue a line scores nothing: its form alone tells whether it is prose.
    const prose = longProse || isSentence(plain) || (words > 20 && stopDensity(plain.toLowerCase()) > 0.32);
    return { start, end, plain, words, cues, points: 0, score: 0, coverage: 0, prose, bullet, table, englishBlock };
  }
  const letters = plain.replace(/[^\p{L}]/gu, '').length || 1;
  // A menu's separators cut the whole line into the page's links: their cue covers the line.
  const menu = cues.some((c) => c.form === 'menu');
  const covered = menu ? letters : cues.reduce((sum, c) => sum + unquoted.slice(c.start, c.end).replace(/[^\p{L}]/gu, '').length, 0);
  const points = cues.reduce((sum, c) => sum + c.weight, 0);
  const sentence = isSentence(plain);
  // A block not in English addresses its reader in its own words (`du`, `vous`, `Abonnieren Sie`).
  const addressed = ADDRESSES_READER.test(unquoted) || (!englishBlock && (ADDRESSES_READER_ELSEWHERE.test(unquoted) || FORMAL_READER.test(unquoted)));
  const callToAction = unquoted.split(/[.!?:;|]\s+/).some((part) => CALL_TO_ACTION.has(part.trim().split(/\s+/)[0]!.toLowerCase()) || (!englishBlock && FORMAL_IMPERATIVE.test(part.trim())));
  const first = cues.find((c) => c.end > c.start);
  const leads = first !== undefined && first.weight === 2 && unquoted.slice(0, first.start).replace(/[\p{P}\s]/gu, '') === '';
  const score = points + (points > 0 ? Number(leads) + Number(callToAction) + Number(addressed) : 0);
  // A short line that opens with a strong cue and a separator is a label (`Published: March 3, 1961 at 4:15 p.m.`), however it ends.
  const separated = first !== undefined && (/[:|»›–—-]\s*$/.test(unquoted.slice(first.start, first.end)) || /^\s*[:|»›–—-]/.test(unquoted.slice(first.end)));
  const label = leads && separated && (words <= 12 || first.kind === 'related');
  // Long or stop-word-rich sentences are prose unless they speak to the reader, or of the site, with strong UI vocabulary.
  // Rights and affiliate notices are written as sentences: the page speaking of the text's use, or of the reader's purchases.
  // An imperative sentence that opens with a call to action and holds strong UI vocabulary (`Follow X on Instagram and Twitter.`).
  const firstWord = (unquoted.match(WORD) ?? [''])[0]!.toLowerCase();
  // A cross-reference (`See also ..., below.`) is the article's own: related-link vocabulary does not count here.
  const imperative = CALL_TO_ACTION.has(firstWord) && cues.some((c) => c.weight === 2 && c.kind !== 'related') && score >= 3 && words <= 30;
  const speaksOfUse = cues.some((c) => c.weight === 2 && c.notice);
  // A sentence that UI vocabulary makes most of (`Have a tip? Jane Doe may be reached at jdoe@example.com. Follow her on X.`).
  const mostlyUi = points >= 4 && covered / letters >= 0.5;
  // A related list's heading with its headlines glued after it (`More Herald Stories Mayor opens … How the fair …`), as extractors join a list's items.
  const gluedList = leads && first.kind === 'related' && (unquoted.match(HEADLINE_SEAM)?.length ?? 0) >= LIST_SEAMS;
  const prose = longProse ? !isAppeal(unquoted, cues, points, CALL_TO_ACTION.has(firstWord)) && !gluedList : (sentence && !label && !(addressed && score >= 4) && !(speaksOfUse && score >= 3) && !imperative && !mostlyUi) || (words > 20 && points < 4 && stopDensity(plain.toLowerCase()) > 0.32);
  return { start, end, plain, words, cues, points, score, coverage: covered / letters, prose, bullet, table, kind: dominantKind(cues), englishBlock };
}

/**
 * A long line that is an appeal or a notice, not prose: it opens with one
 * (a strong cue of an appeal in its first sentence), speaks to the reader,
 * and its UI vocabulary adds up (4 points); and either the appeal leads the
 * line or is a call to action (`Follow @Deals on X to keep up with...`,
 * `Disclaimer: the views...`), or it holds two strong appeal cues (`This copy
 * is for your personal, non-commercial use only. ... governed by our
 * Subscriber Agreement`).
 */
function isAppeal(unquoted: string, cues: readonly CueMatch[], points: number, opensWithCallToAction: boolean): boolean {
  if (points < 4 || !SPEAKS_TO_READER.test(unquoted)) return false;
  const strong = cues.filter((c) => c.weight === 2 && c.end > c.start && !NOT_APPEALS.has(c.kind));
  const firstEnd = FIRST_SENTENCE_END.exec(unquoted)?.index ?? unquoted.length;
  const opening = strong.find((c) => c.start <= firstEnd);
  // An appeal opens with a short sentence or a label; a long sentence that mentions subscriptions is the article's.
  if (!opening || countWords(unquoted.slice(0, firstEnd), FIRST_SENTENCE_WORDS + 1) > FIRST_SENTENCE_WORDS) return false;
  const leads = unquoted.slice(0, opening.start).replace(/[\p{P}\s]/gu, '') === '';
  return leads || opensWithCallToAction || strong.length >= 2;
}

/** Every non-blank line of the article's blocks, in order. */
export function articleLines(doc: ArticleDocument): Line[] {
  return cuedLines(doc).map(describe);
}

/**
 * The lines the verdict must weigh: every line when one of them holds a cue;
 * else only those from `endFrom(lines)` on, the end of the page, where
 * position alone may find furniture. Most articles hold no cue: the form of
 * their other lines need not be weighed.
 */
export function linesToWeigh(doc: ArticleDocument, endFrom: (lines: readonly { start: number }[]) => number): Line[] {
  const lines = cuedLines(doc);
  return (lines.some((line) => line.cues.length > 0) ? lines : lines.slice(endFrom(lines))).map(describe);
}

function cuedLines(doc: ArticleDocument): CuedLine[] {
  const lines: CuedLine[] = [];
  for (const block of doc.blocks) {
    const englishBlock = isEnglishBlock(doc, block.index);
    let offset = block.start;
    // Most blocks are one line: only the others need the split.
    const rawLines = block.text.includes('\n') || block.text.includes('\r') ? block.text.split(/\r\n|\r|\n/) : [block.text];
    for (const raw of rawLines) {
      const lead = raw.length - raw.trimStart().length;
      if (raw.trim()) {
        // Markdown blocks start and end at their text: take the markers and link syntax on the
        // same line (`## `, `- [`, `](url)`) with the line, so that a fix leaves no husk.
        let start = offset + lead;
        let end = offset + raw.trimEnd().length;
        if (doc.format === 'markdown') {
          const lineStart = doc.lineAt(start).start;
          const lineEnd = doc.lineAt(end).end;
          if (isMarkupOnly(doc.text.slice(lineStart, start))) start = lineStart;
          if (isMarkupOnly(doc.text.slice(end, lineEnd))) end = doc.text.slice(0, lineEnd).trimEnd().length;
        }
        // In HTML, the markup since the previous line says whether a table's cell opened (`</a></td><td>`).
        const cell = doc.format === 'html' && TABLE_CELL_OPENS.test(doc.text.slice(lines[lines.length - 1]?.end ?? 0, start));
        lines.push(readCues(start, doc.text.slice(start, end), englishBlock, doc.format === 'html', cell));
      }
      offset += raw.length + (doc.text.startsWith('\r\n', offset + raw.length) ? 2 : 1);
    }
  }
  return lines;
}

/**
 * A line not in English: its letters outside ASCII (over 30 %), Chinese, Japanese or Korean
 * writing, or eight words or
 * more with almost no English stop word. Such a line may be prose the cues
 * cannot read (Japanese has no spaces, so none of its lines counts as long).
 */
export function isForeign(line: Line): boolean {
  const letters = line.plain.replace(/[^\p{L}]/gu, '').length;
  if (letters === 0) return false;
  if (line.plain.replace(/[^A-Za-z]/g, '').length / letters < 0.7 || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2}/u.test(line.plain)) return true;
  // A headline has few stop words too (`Lakers vs Nets: NBA make final decision … [VIDEO]`): the block's language decides.
  return line.words >= 8 && stopDensity(line.plain.toLowerCase()) < 0.08 && !line.englishBlock;
}

/** A line shaped like a headline: not prose, at most 20 words, no sentence punctuation at its end. */
export function isHeadline(line: Line): boolean {
  return !line.prose && line.words <= 20 && !ENDS_SENTENCE.test(line.plain);
}

/** Words of a sentence of the article's that a line may hold beside its furniture. */
const GLUED_SENTENCE_WORDS = 6;
/** Words of furniture before its first strong cue (`Posted in Travel |` before `Permalink`). */
const GLUED_LEAD_WORDS = 8;

/**
 * The part of a line that is furniture, as offsets into the document: all
 * of it, less a sentence of the article's that the extractor glued to it
 * (`… with much less stress.Click To Tweet`, `(Image credit: Jane Doe)
 * Boston, Massachusetts, …`). Only a line written as is, with no markup,
 * is cut.
 */
export function furnitureSpan(line: Line, text: string): { start: number; end: number } {
  const whole = { start: line.start, end: line.end };
  const cued = line.cues.filter((cue) => cue.end > cue.start);
  if (cued.length === 0 || text.slice(line.start, line.end) !== line.plain) return whole;
  // The furniture starts at its first strong cue: a weak UI word (`sharing`) is prose's too.
  const first = cued.find((cue) => cue.weight === 2) ?? cued[0]!;
  const last = cued[cued.length - 1]!;
  const before = line.plain.slice(0, first.start);
  // A sentence before the cue: it ends with its mark (glued or not) and holds enough words.
  // The last sentence's end before the cue, and a few words of the furniture's own between (`Posted in Travel | Permalink`).
  // The space between goes with the furniture, so that its fix leaves none behind.
  const sentenceEnd = /^.*[.!?…]["'”’)]?(?=\s*[^.!?…]*$)/s.exec(before);
  // Furniture written in sentences after the article's (an appeal) is one piece: only a label or a button is cut off.
  const glued = sentenceEnd && !isSentence(line.plain.slice(sentenceEnd[0].length).trim());
  // The sentence itself holds enough words: a short question (`Need more space?`) opens an appeal.
  const lastSentence = sentenceEnd?.[0].replace(/^.*[.!?…]["'”’)]?\s+(?=\S)/s, '') ?? '';
  if (glued && countWords(lastSentence, GLUED_SENTENCE_WORDS) >= GLUED_SENTENCE_WORDS && countWords(before.slice(sentenceEnd![0].length), GLUED_LEAD_WORDS + 1) <= GLUED_LEAD_WORDS) {
    return { start: line.start + sentenceEnd[0].length, end: line.end };
  }
  // A bracketed label or credit opening the line, and the article's words after it.
  const bracket = /^[(\[][^()[\]]*[)\]]\s*/.exec(line.plain);
  if (bracket && last.end <= bracket[0].trimEnd().length && countWords(line.plain.slice(bracket[0].length), GLUED_SENTENCE_WORDS) >= GLUED_SENTENCE_WORDS) return { start: line.start, end: line.start + bracket[0].length };
  return whole;
}

/** Whether a word is one that starts a call to action (`See`, `Watch`, `Subscribe`). */
export const isCallToAction = (word: string) => CALL_TO_ACTION.has(word.toLowerCase());

/** Whether a line's first word is a call to action (`Listen`, `Follow`, `Sign`): the reader addressed in the imperative. */
export function opensWithCallToAction(line: Line): boolean {
  return isCallToAction((line.plain.match(WORD) ?? [''])[0]!);
}

/** A short line that is neither prose nor marked as UI: a title, a headline, a form label. */
export function isShort(line: Line): boolean {
  return line.plain.length < SHORT_LINE && line.words <= 12;
}
