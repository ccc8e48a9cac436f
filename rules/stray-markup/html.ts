// HTML that leaked into text: tags and character references. References are
// decoded by the HTML parser itself (hast-util-from-html), so every named,
// decimal and hex reference that a browser knows is covered.
import { fromHtml } from 'hast-util-from-html';

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

const TAG = /<!--[\s\S]*?-->|<\/?([a-zA-Z][a-zA-Z0-9]*)(\s+[^<>]*?)?\s*\/?>/g;

export function findTags(text: string, from: number, to: number): TagMatch[] {
  const tags: TagMatch[] = [];
  TAG.lastIndex = from;
  for (let match = TAG.exec(text); match && match.index < to; match = TAG.exec(text)) {
    const name = (match[1] ?? '!--').toLowerCase();
    if (name !== '!--' && !HTML_ELEMENTS.has(name)) continue;
    // article-lint's own inline directives are comments on purpose.
    if (name === '!--' && /^<!--\s*article-lint-/.test(match[0])) continue;
    tags.push({ start: match.index, end: match.index + match[0].length, name, hasAttributes: Boolean(match[2]?.trim()) });
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

/** The text a character reference stands for, or undefined when HTML does not know it. */
export function decodeReference(reference: string): string | undefined {
  const tree = fromHtml(reference, { fragment: true });
  const node = tree.children[0];
  const decoded = tree.children.length === 1 && node?.type === 'text' ? node.value : undefined;
  return decoded === undefined || decoded === reference || decoded === '\uFFFD' ? undefined : decoded;
}
