import { fromHtml } from 'hast-util-from-html';
import { characterEntities } from 'character-entities';
import { describe, expect, it } from 'vitest';
import { decodeReference } from './html.js';
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
