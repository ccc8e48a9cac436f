import { fromHtml } from 'hast-util-from-html';
import { characterEntities } from 'character-entities';
import { describe, expect, it } from 'vitest';
import { decodeReference, findTags } from './html.js';
import { NAMED_REFERENCES_JSON } from './named-references.js';

/** What an HTML parser makes of the reference alone in text; undefined when it stays as written. */
function parsed(reference: string): string | undefined {
  const tree = fromHtml(reference, { fragment: true });
  const node = tree.children[0];
  const decoded = tree.children.length === 1 && node?.type === 'text' ? node.value : undefined;
  return decoded === undefined || decoded === reference || decoded === '\uFFFD' ? undefined : decoded;
}

describe('decodeReference', () => {
  it('knows the named references of the character-entities package', () => {
    expect(JSON.parse(NAMED_REFERENCES_JSON)).toEqual(characterEntities);
  });

  it('decodes every named reference as the HTML parser does, with and without text after a legacy name', () => {
    const references = Object.keys(characterEntities).flatMap((name) => [`&${name};`, `&${name}zz;`, `&${name}1;`, `&${name}in;`]);
    references.push('&nosuchname;', '&Zz;');
    const differences = references.filter((reference) => decodeReference(reference) !== parsed(reference));
    expect(differences).toEqual([]);
    expect(decodeReference('&notit;')).toBe('\u00ACit;');
    expect(decodeReference('&nosuchname;')).toBeUndefined();
  });

  it('decodes numeric references as the HTML parser does: Windows-1252 for C1, nothing for non-characters', () => {
    const codes = [...Array.from({ length: 0x3000 }, (_, code) => code), 0xd800, 0xdfff, 0xfffd, 0x1f600, 0x10ffff, 0x110000, 9999999];
    const references = codes.flatMap((code) => [`&#${code};`, `&#x${code.toString(16)};`, `&#X${code.toString(16).toUpperCase()};`]);
    const differences = references.filter((reference) => decodeReference(reference) !== parsed(reference));
    expect(differences).toEqual([]);
    expect(decodeReference('&#150;')).toBe('\u2013');
    expect(decodeReference('&#0;')).toBeUndefined();
  });
});

describe('findTags', () => {
  it('finds comments, directives left out, and elements, with their places', () => {
    const text = 'A <b>bold</b> claim <!-- a note --> and <!-- article-lint-disable --> a <div class="x">box</div>';
    expect(findTags(text, 0, text.length).map(({ start, end, name, hasAttributes }) => [text.slice(start, end), name, hasAttributes])).toEqual([
      ['<b>', 'b', false],
      ['</b>', 'b', false],
      ['<!-- a note -->', '!--', false],
      ['<div class="x">', 'div', true],
      ['</div>', 'div', false],
    ]);
  });

  it('reads thousands of unclosed comment openers in linear time', () => {
    // With a lazy comment pattern, 200 K characters of `<!--` took 1.8 s and 400 K 7 s: each opener searched the rest of the text.
    const text = '<!--'.repeat(100_000) + ' then <p>';
    const started = performance.now();
    const tags = findTags(text, 0, text.length);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(tags.map((tag) => tag.name)).toEqual(['p']);
  });
});
