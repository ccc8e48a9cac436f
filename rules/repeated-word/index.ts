// repeated-word: a word written twice in a row (`the the`). The detection is
// retext-repeated-words, run as the unified plugin it is; this rule narrows
// its span to the second copy and turns its suggestion into a safe fix.
import retextRepeatedWords from 'retext-repeated-words';
import { VFile } from 'vfile';
import { docsUrl } from '../../src/docs.js';
import type { Rule } from '../../src/types.js';

/** Doubles that English grammar allows, beyond retext-repeated-words' own list (`had had`, `that that`). */
const GRAMMATICAL_DOUBLES = new Set(['is', 'do']);

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
    const file = new VFile({ value: doc.text, path: doc.path });
    retextRepeatedWords()(doc.tree, file);
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
        // Remove the space before the second copy too: `the the cat` -> `the cat`.
        fixRange: { start: firstEnd, end },
      });
    }
  },
};

export default rule;
