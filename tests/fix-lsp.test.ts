// The language server honours certainty as --fix does: quick fixes offer
// every suggestion on request (the certain fix preferred), and fix-all, which
// runs --fix's engine, applies certain fixes only. In HTML a quick fix keeps
// the markup when it can.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { lintArticles } from '../src/engine/workers.js';
import { minimalEdit, quickFixes, toDiagnostic } from '../src/lsp/convert.js';
import { loadFormat } from '../src/parse/document.js';
import type { Rule } from '../src/types.js';

const CONFIG = { glossary: [], rules: new Map(), plugins: [], ignore: [], words: [] };

/** Reports `find` with `expected`, certain or not. */
const rule = (id: string, find: string, expected: string, fixable: boolean): Rule => ({
  meta: { id, description: 'test', severity: 'warn', url: '', fixable: true },
  create(context) {
    const start = context.doc.text.indexOf(find);
    if (start >= 0) context.report({ message: id, start, end: start + find.length, expected: [expected], fixable });
  },
});

const rules = [rule('certain', 'Teh', 'The', true), rule('suggested', 'colour', 'color', false)];
const TEXT = 'Teh colour of the sky.\n';

async function lint(path: string, text: string, fix = false) {
  await loadFormat('html');
  return (await lintArticles([{ path, text }], { cwd: '.', rules, config: CONFIG, fix }))[0]!;
}

describe('the language server and certainty', () => {
  it('quick fixes: the certain fix preferred, the suggestion offered too', async () => {
    const { messages } = await lint('a.txt', TEXT);
    const snapshot = TextDocument.create('file:///a.txt', 'plaintext', 1, TEXT);
    const diagnostics = messages.map((m) => toDiagnostic(m, snapshot, () => ({ uri: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } })));
    const whole = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
    const actions = quickFixes('file:///a.txt', snapshot, messages, diagnostics, whole, 'a.txt');
    expect(actions.map((a) => [a.title, a.isPreferred ?? false])).toEqual([
      ['Replace "Teh" with "The" (certain)', true],
      ['Replace "colour" with "color" (suggested)', false],
    ]);
  });

  it('fix all (the engine with fix) applies the certain fix only', async () => {
    const result = await lint('a.txt', TEXT, true);
    expect(result.output).toBe('The colour of the sky.\n');
    const snapshot = TextDocument.create('file:///a.txt', 'plaintext', 1, TEXT);
    expect(minimalEdit(snapshot, result.output!)).toEqual({ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } }, newText: 'he' });
  });

  it('in HTML a suggested deletion across paragraphs is offered as whole paragraphs, tags between kept', async () => {
    const html = '<article><p>Keep this.</p>\n<p>Share this.</p>\n<p>Follow us.</p></article>\n';
    const cross: Rule = {
      meta: { id: 'cross', description: 'test', severity: 'warn', url: '', fixable: true },
      create: (c) => c.report({ message: 'x', start: html.indexOf('Share'), end: html.indexOf('us.') + 3, expected: [''], fixable: false }),
    };
    await loadFormat('html');
    const [result] = await lintArticles([{ path: 'a.html', text: html }], { cwd: '.', rules: [cross], config: CONFIG });
    const snapshot = TextDocument.create('file:///a.html', 'html', 1, html);
    const diagnostics = result!.messages.map((m) => toDiagnostic(m, snapshot, () => ({ uri: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } })));
    const [action] = quickFixes('file:///a.html', snapshot, result!.messages, diagnostics, diagnostics[0]!.range, 'a.html');
    const edit = action!.edit!.changes!['file:///a.html']![0]!;
    expect(TextDocument.applyEdits(snapshot, [edit])).toBe('<article><p>Keep this.</p>\n</article>\n');
  });
});
