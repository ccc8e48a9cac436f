// repeated-word: a word written twice in a row (`the the`). The article's
// words view screens for the same word twice with only white space (and
// markup) between, in one sentence; retext-repeated-words, run as the unified plugin it is
// over a small tree of those pairs, judges each (`had had`, `Duran Duran`
// and initials pass). This rule narrows the span to the second copy and
// turns the suggestion into a safe fix.
import type { Root as NlcstRoot, Sentence as NlcstSentence, Word as NlcstWord } from 'nlcst';
import retextRepeatedWords from 'retext-repeated-words';
import { VFile } from 'vfile';
import { docsUrl } from '../../src/docs.js';
import type { ArticleDocument, Rule, Word } from '../../src/types.js';

/** Doubles that English grammar allows, beyond retext-repeated-words' own list (`had had`, `that that`). */
const GRAMMATICAL_DOUBLES = new Set(['is', 'do']);

/** Consecutive words of one sentence, equal but for case, with only white space (and markup) between. */
function findDoubledWords(doc: ArticleDocument): [Word, Word][] {
  const pairs: [Word, Word][] = [];
  const { words } = doc;
  for (let i = 1; i < words.length; i++) {
    const second = words[i]!;
    if (!second.spaced) continue;
    const first = words[i - 1]!;
    if (equalButForCase(first.text, second.text)) pairs.push([first, second]);
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
  },
  create(context) {
    const { doc } = context;
    const pairs = findDoubledWords(doc);
    if (pairs.length === 0) return;
    const file = new VFile({ value: doc.text, path: doc.path });
    retextRepeatedWords()(pairsTree(doc, pairs), file);
    for (const message of file.messages) {
      const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
      const end = message.place && 'end' in message.place ? message.place.end.offset : undefined;
      if (start === undefined || end === undefined) continue;
      const word = String(message.expected?.[0] ?? '');
      if (!word || GRAMMATICAL_DOUBLES.has(word.toLowerCase())) continue;
      const secondStart = end - word.length;
      const firstEnd = start + word.length;
      context.report({
        message: `Repeated word "${word}"`,
        start: secondStart,
        end,
        expected: [''],
        // Remove the space before the second copy too: `the the cat` -> `the cat`;
        // with markup between the copies (`The <b>the</b>`) a deletion would break it: no fix.
        fixable: !/\S/.test(doc.text.slice(firstEnd, secondStart)),
        fixRange: { start: firstEnd, end },
      });
    }
  },
};

export default rule;
