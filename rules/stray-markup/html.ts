// HTML that leaked into text: tags and character references. References are
// decoded as an HTML parser decodes them in text (the HTML standard's named
// references, its legacy names read without `;`, and its numeric rules), so
// every reference that a browser knows is covered, without loading a parser.
import { NAMED_REFERENCES_JSON } from './named-references.js';

/** Elements of page markup; `<Title>` or `<sic>` in prose are not tags. */
const HTML_ELEMENTS = new Set(
  (
    'a abbr article aside audio b big blockquote body br button caption center cite code col dd del details div dl dt em ' +
    'embed figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label li link ' +
    'main mark meta nav noscript ol p picture pre q s section small source span strike strong style sub summary sup svg ' +
    'table tbody td tfoot th thead time tr tt u ul video wbr'
  ).split(' '),
);

/** Elements that only the page around an article wraps it in; any tag with attributes too. */
const PAGE_WRAPPERS = new Set('article aside div figcaption figure font footer header iframe main nav noscript p script section span style'.split(' '));

export interface TagMatch {
  start: number;
  end: number;
  name: string;
  hasAttributes: boolean;
}

// A comment's end is found with indexOf, not a lazy `<!--[\s\S]*?-->`: with
// no `-->` in the text, that retried the rest of the text from every `<!--`.
const TAG = /<!--|<\/?([a-zA-Z][a-zA-Z0-9]*)(\s+[^<>]*?)?\s*\/?>/g;
const COMMENT_CLOSE = '-->';

export function findTags(text: string, from: number, to: number): TagMatch[] {
  const tags: TagMatch[] = [];
  // From here on no `<!--` is closed.
  let unclosedFrom = text.length;
  TAG.lastIndex = from;
  for (let match = TAG.exec(text); match && match.index < to; match = TAG.exec(text)) {
    let end = match.index + match[0].length;
    if (match[0] === '<!--') {
      if (match.index >= unclosedFrom) continue;
      const close = text.indexOf(COMMENT_CLOSE, end);
      if (close < 0) {
        unclosedFrom = match.index;
        continue;
      }
      end = close + COMMENT_CLOSE.length;
      TAG.lastIndex = end;
      // article-lint's own inline directives are comments on purpose.
      if (/^<!--\s*article-lint-/.test(text.slice(match.index, Math.min(end, match.index + 64)))) continue;
      tags.push({ start: match.index, end, name: '!--', hasAttributes: false });
      continue;
    }
    const name = match[1]!.toLowerCase();
    if (!HTML_ELEMENTS.has(name)) continue;
    tags.push({ start: match.index, end, name, hasAttributes: Boolean(match[2]?.trim()) });
  }
  return tags;
}

/** Whether a tag in a Markdown file is scraped page markup rather than inline HTML an author wrote. */
export function isPageWrapper(tag: TagMatch): boolean {
  // A comment is something a Markdown author may write; page markup carries attributes or wraps the page.
  return tag.hasAttributes || PAGE_WRAPPERS.has(tag.name);
}

export interface EntityMatch {
  start: number;
  end: number;
  decoded: string;
}

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;

export function findEntities(text: string, from: number, to: number): EntityMatch[] {
  const entities: EntityMatch[] = [];
  ENTITY.lastIndex = from;
  for (let match = ENTITY.exec(text); match && match.index < to; match = ENTITY.exec(text)) {
    const decoded = decodeReference(match[0]);
    if (decoded !== undefined) entities.push({ start: match.index, end: match.index + match[0].length, decoded });
  }
  return entities;
}

/** The text a character reference (`&name;`, `&#nnn;`, `&#xhhh;`) stands for, or undefined when HTML does not know it. */
export function decodeReference(reference: string): string | undefined {
  const body = reference.slice(1, -1);
  const decoded = body[0] === '#' ? decodeNumber(body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)) : decodeName(body);
  return decoded === '\uFFFD' ? undefined : decoded;
}

/** Name -> text, read from NAMED_REFERENCES_JSON when a reference first needs it. */
let namedReferences: Map<string, string> | undefined;

/** A named reference; a name HTML does not know reads as its longest legacy prefix and the rest as text (`&notit;` is `¬it;`). */
function decodeName(name: string): string | undefined {
  namedReferences ??= new Map(Object.entries(JSON.parse(NAMED_REFERENCES_JSON) as Record<string, string>));
  const decoded = namedReferences.get(name);
  if (decoded !== undefined) return decoded;
  for (let length = Math.min(name.length - 1, LONGEST_LEGACY_NAME); length >= 2; length--) {
    const prefix = name.slice(0, length);
    if (LEGACY_NAMES.has(prefix)) return `${namedReferences.get(prefix)}${name.slice(length)};`;
  }
  return undefined;
}

/** The names HTML also reads without a closing `;`. */
const LEGACY_NAMES = new Set(
  (
    'AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml GT Iacute Icirc Igrave Iuml LT ' +
    'Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN Uacute Ucirc Ugrave Uuml Yacute aacute acirc acute aelig ' +
    'agrave amp aring atilde auml brvbar ccedil cedil cent copy curren deg divide eacute ecirc egrave eth euml frac12 frac14 ' +
    'frac34 gt iacute icirc iexcl igrave iquest iuml laquo lt macr micro middot nbsp not ntilde oacute ocirc ograve ordf ordm ' +
    'oslash otilde ouml para plusmn pound quot raquo reg sect shy sup1 sup2 sup3 szlig thorn times uacute ucirc ugrave uml uuml ' +
    'yacute yen yuml'
  ).split(' '),
);
const LONGEST_LEGACY_NAME = Math.max(...[...LEGACY_NAMES].map((name) => name.length));

/** A numeric reference: HTML reads 0x80-0x9F as Windows-1252 and anything that is no character as U+FFFD. */
function decodeNumber(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(WINDOWS_1252.get(code) ?? code);
}

/** The C1 code points that HTML reads as the Windows-1252 characters of those bytes (`&#150;` is an en dash). */
const WINDOWS_1252 = new Map([
  [0x80, 0x20ac], [0x82, 0x201a], [0x83, 0x0192], [0x84, 0x201e], [0x85, 0x2026], [0x86, 0x2020], [0x87, 0x2021],
  [0x88, 0x02c6], [0x89, 0x2030], [0x8a, 0x0160], [0x8b, 0x2039], [0x8c, 0x0152], [0x8e, 0x017d], [0x91, 0x2018],
  [0x92, 0x2019], [0x93, 0x201c], [0x94, 0x201d], [0x95, 0x2022], [0x96, 0x2013], [0x97, 0x2014], [0x98, 0x02dc],
  [0x99, 0x2122], [0x9a, 0x0161], [0x9b, 0x203a], [0x9c, 0x0153], [0x9e, 0x017e], [0x9f, 0x0178],
]);
