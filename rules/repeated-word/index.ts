// repeated-word: a word written twice in a row (`the the`). The article's
// words view screens for the same word twice with only white space (and
// markup) between, in one sentence; retext-repeated-words, run as the unified plugin it is
// over a small tree of those pairs, judges each (`had had`, `Duran Duran`
// and initials pass), except the doubles grammar allows in some places
// (`that that`, `is is`, `can can`), which the words around them decide
// here. Doubles written on purpose never reach it: names (`Walla Walla`,
// `KURRI KURRI`), reduplicated idioms (`bye bye`) and any double in a
// paragraph that is not English (language.ts), where reduplication is
// grammar (`pelan pelan`). This rule narrows the span to the second copy and turns the
// suggestion into a safe fix.
import type { Root as NlcstRoot, Sentence as NlcstSentence, Word as NlcstWord } from 'nlcst';
import retextRepeatedWords from 'retext-repeated-words';
import { VFile } from 'vfile';
import { docsUrl } from '../../src/engine/docs.js';
import { isEnglishFunctionWord, isEnglishWord } from '../../src/analysis/language.js';
import type { ArticleDocument, Rule, Word } from '../../src/types.js';

/** Doubles English grammar allows wherever they stand (`had had`, and `do do`: `they do do it`). */
const GRAMMATICAL_DOUBLES = new Set(['do']);

/**
 * English reduplicated interjections and idioms, which are written doubled
 * (`bye bye`, `tut tut`, `knock knock`, `ha ha`): never a slip of the pen.
 */
const REDUPLICATED_IDIOMS = new Set('bye ha haha ho hee hey ta tut tsk hush pooh chop knock night boo bang choo yum la blah bla yada yadda wah woo tick'.split(' '));

/**
 * Whether a doubled word is written doubled on purpose: a name (both copies
 * capitalised or all capitals, `Walla Walla`, `KURRI KURRI`, unless it is a
 * function word, `The THE`), a reduplicated idiom, or a word of a paragraph
 * in another language, where reduplication is grammar (`biasa biasa`).
 */
function isDeliberateDouble(doc: ArticleDocument, first: string, second: string, firstIndex: number): boolean {
  const word = second.toLowerCase();
  if (REDUPLICATED_IDIOMS.has(word)) return true;
  const capitalised = (text: string) => text[0] !== text[0]!.toLowerCase();
  if (capitalised(first) && capitalised(second) && !isEnglishFunctionWord(word)) return true;
  return !isEnglishWord(doc, firstIndex);
}

/** Words that open a noun phrase or a clause: a demonstrative `that` comes before none of them (`that that the`). */
const CANNOT_FOLLOW_DEMONSTRATIVE = new Set(
  (
    'a an the this these those that i you he she it we they me him us them my your his her its our their there ' +
    'as if of in on at to for with by from and or but because when while since so than not'
  ).split(' '),
);
/** Subjects a modal follows: `we can can` is a doubled `can`; `a can can rust` is not. */
const SUBJECTS = new Set('i you he she it we they who which that one'.split(' '));
/** Words that open the short subject clause a second `is` follows (`What it is is a mess`, `All it is is noise`). */
const CLAUSE_OPENERS = new Set(['what', 'all']);

/**
 * Doubles that are grammatical in some places (retext-repeated-words lets
 * `that that` and `can can` pass everywhere): whether this one is, from the
 * words of its sentence before the pair and the word after it (lower-cased).
 */
const IN_CONTEXT = new Map<string, (before: readonly string[], after: string | undefined) => boolean>([
  // `said that that was wrong`, `that that China`: the second is a demonstrative; `that that he`, `that that the` are not.
  ['that', (_, after) => after === undefined || !CANNOT_FOLLOW_DEMONSTRATIVE.has(after)],
  ['can', (before) => !SUBJECTS.has(before[before.length - 1] ?? '')],
  // Only the idiom: the opener, one word, then the pair (`what it is is`); `what is is left`, `what he is recommending is is` are doubled.
  ['is', (before) => CLAUSE_OPENERS.has(before[before.length - 2] ?? '')],
]);

/** Consecutive words of one sentence, equal but for case, with only white space (and markup) between, not doubled on purpose. */
function findDoubledWords(doc: ArticleDocument): [Word, Word][] {
  const pairs: [Word, Word][] = [];
  const words = doc.wordTable;
  for (let i = 1; i < words.length; i++) {
    if (!words.spaced(i)) continue;
    const first = words.text(i - 1);
    const second = words.text(i);
    if (equalButForCase(first, second) && !isDeliberateDouble(doc, first, second, i - 1)) pairs.push([words.at(i - 1), words.at(i)]);
  }
  return pairs;
}

/** `a.toLowerCase() === b.toLowerCase()` for strings of one length, without lower-casing the many pairs that differ in an ASCII letter. */
function equalButForCase(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Lower-casing may change a string's length outside ASCII: compare those as lower-cased wholes.
    if (x >= 0x80 || y >= 0x80) return a.toLowerCase() === b.toLowerCase();
    if ((x | 0x20) !== (y | 0x20) || (x | 0x20) < 0x61 || (x | 0x20) > 0x7a) return false;
  }
  return true;
}

/** The pairs as the nlcst sentences retext-repeated-words reads: word, white space, word. */
function pairsTree(doc: ArticleDocument, pairs: readonly [Word, Word][]): NlcstRoot {
  const wordNode = (word: Word): NlcstWord => ({
    type: 'WordNode',
    children: [{ type: 'TextNode', value: word.text }],
    position: { start: doc.pointAt(word.start), end: doc.pointAt(word.end) },
  });
  const sentences: NlcstSentence[] = pairs.map(([first, second]) => ({
    type: 'SentenceNode',
    children: [wordNode(first), { type: 'WhiteSpaceNode', value: ' ' }, wordNode(second)],
  }));
  return { type: 'RootNode', children: [{ type: 'ParagraphNode', children: sentences }] };
}

const rule: Rule = {
  meta: {
    id: 'repeated-word',
    description: 'A word written twice in a row',
    severity: 'warn',
    url: docsUrl('repeated-word'),
    fixable: true,
    options: {},
  },
  create(context) {
    const { doc } = context;
    const pairs = findDoubledWords(doc);
    if (pairs.length === 0) return;
    const report = (first: Word, second: Word) =>
      context.report({
        message: `Repeated word "${second.text}"`,
        start: second.start,
        end: second.end,
        expected: [''],
        // Remove the space before the second copy too: `the the cat` -> `the cat`;
        // with markup between the copies (`The <b>the</b>`) a deletion would break it: no fix.
        fixable: !/\S/.test(doc.text.slice(first.end, second.start)),
        fixRange: { start: first.end, end: second.end },
      });
    // Doubles that context decides are judged here; the rest by retext-repeated-words.
    const judged: [Word, Word][] = [];
    const forRetext: [Word, Word][] = [];
    for (const pair of pairs) {
      const word = pair[1].text.toLowerCase();
      if (GRAMMATICAL_DOUBLES.has(word)) continue;
      if (IN_CONTEXT.has(word) && pair[1].text === word) judged.push(pair);
      else forRetext.push(pair);
    }
    const secondOf = new Map(forRetext.map(([first, second]) => [first.start, [first, second] as const]));
    const file = new VFile({ value: doc.text, path: doc.path });
    retextRepeatedWords()(pairsTree(doc, forRetext), file);
    for (const message of file.messages) {
      const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
      const pair = start === undefined ? undefined : secondOf.get(start);
      if (pair) report(pair[0], pair[1]);
    }
    for (const [first, second] of judged) {
      const { before, after } = around(doc, first);
      if (!IN_CONTEXT.get(second.text)!(before, after)) report(first, second);
    }
  },
};

/** The lower-cased words of the sentence before the pair that `first` opens, and the word right after the pair (undefined at the sentence's end). */
function around(doc: ArticleDocument, first: Word): { before: string[]; after: string | undefined } {
  const sentence = doc.sentences[first.sentence]!;
  const words = doc.wordTable;
  const end = sentence.firstWord + sentence.wordCount;
  let index = sentence.firstWord;
  while (index < end && words.start(index) !== first.start) index++;
  const before: string[] = [];
  for (let i = sentence.firstWord; i < index; i++) before.push(words.text(i).toLowerCase());
  return { before, after: index + 2 < end ? words.text(index + 2).toLowerCase() : undefined };
}

export default rule;
