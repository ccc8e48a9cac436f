// The rule tester is as strict as ESLint's: a crashing rule fails its valid
// cases, an invalid case lists at least one error, and a fixable rule's
// invalid case states its output.
import { describe, expect, it } from 'vitest';
import { invalidCaseProblems, validCaseProblems } from '../src/engine/rule-tester.js';
import type { Rule } from '../src/types.js';

/** Reports every "teh" and, fixable, offers "the". */
const teh: Rule = {
  meta: { id: 'teh', description: 'test: teh', severity: 'warn', url: '', fixable: true },
  create(context) {
    for (const match of context.doc.text.matchAll(/\bteh\b/g)) context.report({ message: 'Write "the"', start: match.index, end: match.index + 3, expected: ['the'] });
  },
};
const crashing: Rule = {
  meta: { id: 'crashing', description: 'test: throws', severity: 'warn', url: '', fixable: false },
  create() {
    throw new Error('boom');
  },
};

describe('the rule tester', () => {
  it('fails a valid case on a crash: the internal error is a message like any other', async () => {
    expect(await validCaseProblems(crashing, { text: 'Fine text.\n' })).toEqual(['unexpected message 1:1 internal-error: rule "crashing" crashed: boom']);
  });

  it("fails an invalid case whose only message is the rule's crash", async () => {
    const problems = await invalidCaseProblems(crashing, { text: 'Fine text.\n', errors: [{ message: 'anything' }] });
    expect(problems).toEqual(['message 1: 1:1 internal-error: rule "crashing" crashed: boom']);
  });

  it('fails an invalid case that lists no error', async () => {
    expect(await invalidCaseProblems(crashing, { text: 'Fine text.\n', errors: [] })).toEqual(['an invalid case needs at least one error (a text without one is a valid case)']);
  });

  it("fails a fixable rule's invalid case without an output, and checks the one it states", async () => {
    const errors = [{ text: 'teh', expected: ['the'] }];
    expect(await invalidCaseProblems(teh, { text: 'See teh cat.\n', errors })).toEqual(['"teh" is fixable: the case must state its output (the fixed text, or null for no change)']);
    expect(await invalidCaseProblems(teh, { text: 'See teh cat.\n', errors, output: 'See the cat.\n' })).toEqual([]);
    expect(await invalidCaseProblems(teh, { text: 'See teh cat.\n', errors, output: null })).toEqual(['output: got "See the cat.\\n", want "See teh cat.\\n"']);
  });

  it('passes a valid case with no message, and fails one with a message of the rule', async () => {
    expect(await validCaseProblems(teh, { text: 'See the cat.\n' })).toEqual([]);
    expect(await validCaseProblems(teh, { text: 'See teh cat.\n' })).toEqual(['unexpected message 1:5 teh: Write "the"']);
  });
});
