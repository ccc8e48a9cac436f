// stray-markup: markup leaked into prose. Unpaired emphasis markers (`**`,
// `__`, `*`) that every renderer shows literally; Markdown emphasis in a
// plain-text article (at info); HTML tags and character references outside
// HTML; and mojibake (UTF-8 read as Windows-1252). Each finding carries the
// repaired text as its fix.
import { docsUrl } from '../../src/engine/docs.js';
import { pushAll } from '../../src/util/arrays.js';
import type { ArticleDocument, Report, Rule } from '../../src/types.js';
import { scanEmphasis } from './emphasis.js';
import { findEntities, findTags, isPageWrapper } from './html.js';
import { findMojibake } from './mojibake.js';

/** Show a short excerpt in a message. */
const quote = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** The no-break space is what a plain-text editor wants as an ordinary space. */
const plainSpaces = (text: string) => text.replace(/\u00a0/g, ' ');

/**
 * The text with Markdown code (fenced blocks, inline spans) blanked out, so
 * that markup quoted as code is not reported. Same length as `text`. A code
 * span starts only where a run of backticks does: tried from inside a run,
 * every position of a long run would scan on again.
 */
function withoutMarkdownCode(text: string): string {
  const blank = (code: string) => code.replace(/[^\r\n]/g, ' ');
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/(?<!`)(`+)[^`\n][\s\S]*?\1/g, blank);
}

/**
 * Whether deleting a stray marker is certain: a bold marker opening a word
 * with nothing before it but white space (`**Title`, `and __the`), or a
 * marker ending its line after punctuation (`…partnerships.**`), is left
 * from converted Markdown. One after a letter or digit (`Ni**`, `CCI**`,
 * `Washington**`) may be a censored word or a grade, and a lone `*` a
 * footnote or a multiplication: suggestions.
 */
function isLeftOver(source: string, marker: { start: number; end: number; marker: string }): boolean {
  const before = source[marker.start - 1];
  const after = source[marker.end];
  const opensWord = marker.marker !== '*' && (before === undefined || /\s/.test(before)) && after !== undefined && !/\s/.test(after);
  // Only white space up to the line break (scanned to the first other character: linear over a line's markers).
  let next = marker.end;
  while (next < source.length && source[next] !== '\n' && /\s/.test(source[next]!)) next++;
  const endsLine = next === source.length || source[next] === '\n';
  return opensWord || (endsLine && before !== undefined && /[\p{P}]/u.test(before));
}

function emphasisReports(doc: ArticleDocument, source: string): Report[] {
  const reports: Report[] = [];
  // Most articles hold no emphasis character: their blocks need no scan.
  if (!source.includes('*') && !source.includes('_')) return reports;
  let scanned = 0;
  for (const block of doc.blocks) {
    // A Markdown block starts and ends at its text, inside the markers (`**Title**`): scan its whole lines, once.
    const start = Math.max(scanned, doc.lineAt(block.start).start);
    const end = doc.lineAt(block.end).end;
    if (end <= start) continue;
    scanned = end;
    const { pairs, unpaired } = scanEmphasis(source.slice(start, end), start);
    for (const marker of unpaired) {
      reports.push({
        message: `Stray "${marker.marker}": an emphasis marker with no partner`,
        start: marker.start,
        end: marker.end,
        expected: [''],
        fixable: isLeftOver(source, marker),
        data: { kind: 'unbalanced-emphasis', marker: marker.marker },
      });
    }
    // Markdown renders balanced emphasis; a plain-text article shows the markers.
    if (doc.format !== 'text') continue;
    for (const { open, close } of pairs) {
      const inner = doc.text.slice(open.end, close.start);
      reports.push({
        message: `Markdown emphasis ${quote(doc.text.slice(open.start, close.end))} in a plain-text article`,
        start: open.start,
        end: close.end,
        expected: [inner],
        // Bold markers are Markdown left in; `*a phrase*` is also how plain text marks emphasis.
        fixable: open.marker !== '*',
        severity: 'info',
        data: { kind: 'markdown-emphasis', marker: open.marker },
      });
    }
  }
  return reports;
}

function htmlReports(doc: ArticleDocument, source: string): Report[] {
  const reports: Report[] = [];
  const from = doc.bodyStart;
  for (const tag of findTags(source, from, source.length)) {
    // Markdown renders inline HTML; only scraped page wrappers there are leaks.
    if (doc.format === 'markdown' && !isPageWrapper(tag)) continue;
    const joinsWords = /[\p{L}\p{N}]/u.test(source[tag.start - 1] ?? '') && /[\p{L}\p{N}]/u.test(source[tag.end] ?? '');
    reports.push({
      message: `HTML tag ${quote(doc.text.slice(tag.start, tag.end))} in ${doc.format === 'markdown' ? 'Markdown prose' : 'plain text'}`,
      start: tag.start,
      end: tag.end,
      expected: [joinsWords ? ' ' : ''],
      data: { kind: 'html-tag', tag: tag.name },
    });
  }
  // Markdown decodes character references itself.
  if (doc.format === 'text') {
    for (const entity of findEntities(source, from, source.length)) {
      const expected = plainSpaces(entity.decoded);
      reports.push({
        message: `HTML entity ${quote(doc.text.slice(entity.start, entity.end))} in plain text; it stands for ${quote(expected)}`,
        start: entity.start,
        end: entity.end,
        expected: [expected],
        data: { kind: 'html-entity' },
      });
    }
  }
  return reports;
}

function mojibakeReports(doc: ArticleDocument): Report[] {
  return findMojibake(doc.articleText, doc.bodyStart).map((run) => {
    const expected = plainSpaces(run.repaired);
    return {
      message: `Mojibake ${quote(doc.text.slice(run.start, run.end))} (UTF-8 read as Windows-1252); it should read ${quote(expected)}`,
      start: run.start,
      end: run.end,
      expected: [expected],
      data: { kind: 'mojibake' },
    };
  });
}

const rule: Rule = {
  meta: {
    id: 'stray-markup',
    description: 'Markup leaked into prose: stray emphasis markers, HTML tags or entities in text, mojibake',
    severity: 'warn',
    url: docsUrl('stray-markup'),
    fixable: true,
    options: {},
  },
  create(context) {
    const { doc } = context;
    const reports = [...mojibakeReports(doc)];
    // In an HTML file, tags, references and emphasis characters are the page's own syntax.
    if (doc.format !== 'html') {
      const source = doc.format === 'markdown' ? withoutMarkdownCode(doc.articleText) : doc.text;
      pushAll(reports, emphasisReports(doc, source));
      pushAll(reports, htmlReports(doc, source));
    }
    for (const report of reports.sort((a, b) => a.start - b.start)) context.report(report);
  },
};

export default rule;
