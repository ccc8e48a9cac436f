// The fixer's guarantees as properties over generated articles with injected
// corruptions (doubled words, repeated and near-repeated paragraphs, stray
// markup, boilerplate lines, blank lines), in every format and line-break
// style: nothing outside the findings' spans is lost, the engine's output is
// the source with the findings' edits applied pass by pass, fixing twice
// equals fixing once, and line endings and the final newline are kept.
// `npm run fuzz` runs the same property for longer (thousands of articles).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lintArticles } from '../src/engine/workers.js';
import { decodeArticle, encodeArticle, DecodeError, type Encoding } from '../src/io/files.js';
import { applyFixes, editOf, fixTree } from '../src/fix/fix.js';
import { formatJson } from '../src/report/json.js';
import type { LintMessage } from '../src/types.js';
import { articleArb, fixPassProblems, fixProblems, layoutProblems } from './fuzz-harness.mjs';

const engine = { lintArticles, builtinRules, formatJson, applyFixes, editOf, fixTree };
/** A fixed seed keeps `npm test` reproducible (FUZZ_SEED=n to vary it); `npm run fuzz` draws new ones. */
const SEED = Number(process.env.FUZZ_SEED ?? 20250207);

describe('--fix over generated articles', () => {
  it('loses no character outside the findings, is idempotent, and keeps line endings and the final newline', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(articleArb, async (input) => {
        runs++;
        expect(await fixProblems(engine, input)).toEqual([]);
      }),
      { seed: SEED, numRuns: 500 },
    );
    expect(runs).toBe(500);
  }, 600_000);

  it('fixes the corruptions it is built for, so the property is not vacuous', async () => {
    const text = 'Title line\r\n\r\nThe the market fell on Tuesday.\r\n\r\nOfficials said talks would go on.\r\n\r\nOfficials said talks would go on.\r\n';
    const [result] = await lintArticles([{ path: 'a.txt', text }], { cwd: '.', rules: builtinRules, config: { glossary: [], rules: new Map(), plugins: [], ignore: [], words: [] }, fix: true });
    expect(result!.output).toBe('Title line\r\n\r\nThe market fell on Tuesday.\r\n\r\nOfficials said talks would go on.\r\n');
    expect(await fixProblems(engine, { path: 'a.txt', text })).toEqual([]);
  });

  // Inputs `npm run fuzz` found: a Markdown file whose lines end in a lone CR (the furniture's span took the line before it),
  // an HTML comment with no end inside a furniture paragraph (removing the paragraph whole took the rest of the file; its
  // text goes, its tags and the comment stay), and an empty paragraph a repeated block's finding covered (its fix left the tag).
  it.each([
    ['lone carriage returns in Markdown', 'article.md', '# \rAdvertisement\rThe the', '# ', 'boilerplate'],
    [
      'an HTML comment with no end',
      'article.html',
      '<h1>Click to share on Facebook (Opens in new window)</h1>\n\n<p>Tok**yo t<!--he \t</p>\n\n<p>Tokyo t<!--he \t</p>\n',
      '<p><!--he \t</p>\n\n<p>Tokyo t<!--he \t</p>\n',
      'boilerplate',
    ],
    ['a paragraph a <div> closes at once', 'article.html', '<h1><div>The the</h1>\n<p><div>The the</p>', '<h1><div>The</h1>', 'repeated-block'],
    ['a furniture paragraph a <div> with no end tag closes', 'article.html', '<h1>The the</h1>\n<p>Advertisement</p>\n<p><div>Of the.</p>\n', '<h1>The</h1>\n', 'boilerplate'],
    [
      'a repeated paragraph whose comment has no end',
      'article.html',
      '<h1>The the</h1>\n\n<p>the the</p>\n\n<p>\u200bzero on japan é the the talks café walla kentucky report the<-- the</p>\n\n<p>We use cookies to improve your experience.</p>\n\n<p>\u200bzero on Japan é the the. Talks café Walla Kentucky report the<!-- the.</p>\n\n<p>\u200bzero on Japan é the the. Talks café Walla Kentucky report the<!-- the.</p>\n',
      '<h1>The</h1>\n\n<p>\u200bzero on japan é the talks café walla kentucky report the<-- the</p>\n\n<p><!-- the.</p>\n\n<p>\u200bzero on Japan é the the. Talks café Walla Kentucky report the<!-- the.</p>\n',
      'repeated-block',
    ],
  ])('keeps to the findings on %s', async (_name, path, text, fixed, ruleId) => {
    expect(await fixProblems(engine, { path, text })).toEqual([]);
    const [result] = await lintArticles([{ path, text }], { cwd: '.', rules: builtinRules, config: { glossary: [], rules: new Map(), plugins: [], ignore: [], words: [] }, fix: true });
    expect(result!.unfixedMessages?.some((m) => m.ruleId === ruleId)).toBe(true);
    expect(result!.output).toBe(fixed);
  });

  it('the pass check catches lost text and an edit wider than its finding', () => {
    const source = 'the the cat.';
    const message = { ruleId: 'x', source: 's', reason: 'r', severity: 'warn', fatal: false, line: 1, column: 5, fixable: true, expected: [''], place: { start: { line: 1, column: 5, offset: 4 }, end: { line: 1, column: 8, offset: 7 } } } as LintMessage;
    expect(fixPassProblems(engine, source, [message], 'the  cat.')).toEqual([]);
    expect(fixPassProblems(engine, source, [message], 'the cat.')).toEqual(["the fixed text is not the source with the findings' edits applied"]);
    const greedy = { ...engine, editOf: () => ({ start: 0, end: 7, text: '' }) };
    expect(fixPassProblems(greedy, source, [message], ' cat.')[0]).toMatch(/removes text outside its span: "the "/);
    const timid = { ...engine, editOf: () => ({ start: 4, end: 6, text: '' }) };
    expect(fixPassProblems(timid, source, [message], 'the e cat.')[0]).toMatch(/narrower than its span 4-7/);
    // In HTML an edit may leave the tags of its span, not its text.
    const html = '<p>A</p><p><b>the</b></p>';
    const tagged = { ...message, place: { start: { line: 1, column: 9, offset: 8 }, end: { line: 1, column: 26, offset: 25 } } } as LintMessage;
    expect(fixPassProblems({ ...engine, fixTree: undefined, editOf: () => ({ start: 11, end: 21, text: '' }) }, html, [tagged], '<p>A</p><p></p>', 'html')).toEqual([]);
    expect(fixPassProblems({ ...engine, fixTree: undefined, editOf: () => ({ start: 15, end: 21, text: '' }) }, html, [tagged], '<p>A</p><p><b>t</p>', 'html')[0]).toMatch(/narrower/);
  });

  it('the layout check catches a changed line ending or a lost final newline', () => {
    expect(layoutProblems('a\r\nb\r\n', 'a\nb\r\n')).toHaveLength(1);
    expect(layoutProblems('a\nb\n', 'a\nb')).toEqual(['final newline lost']);
    expect(layoutProblems('a\nb', 'a')).toEqual([]);
  });
});

describe('decoding and encoding article files', () => {
  const encodings: Encoding[] = ['utf8', 'utf8-bom', 'utf16le', 'utf16be'];

  it('any bytes either decode to a text that encodes back to the very same bytes, or are refused', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 64 }),
          // Valid starts with odd continuations: BOMs, doubled BOMs, truncated UTF-16.
          fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], [0xff, 0xfe, 0xff, 0xfe], []), fc.uint8Array({ maxLength: 32 })).map(([head, tail]) => Uint8Array.from([...head, ...tail])),
          fc.string({ unit: 'binary' }).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
        ),
        (bytes) => {
          let decoded;
          try {
            decoded = decodeArticle(bytes);
          } catch (error) {
            expect(error).toBeInstanceOf(DecodeError);
            return;
          }
          expect(Buffer.compare(encodeArticle(decoded.text, decoded.encoding), Buffer.from(bytes))).toBe(0);
        },
      ),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('any text survives encoding and decoding in each encoding', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }).filter((s) => !s.includes('\0') && !s.startsWith('\ufeff')), fc.constantFrom(...encodings), (text, encoding) => {
        expect(decodeArticle(encodeArticle(text, encoding))).toEqual({ text, encoding });
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
