import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../parse/document.js';
import type { ArticleDocument } from '../../parse/article.js';
import { buildGlossary, type Glossary } from '../../config/glossary.js';
import { Corpus } from '../corpus-entry.js';
import { collectNames, compoundEndingsOf, NameEvidence, namesOf, pairsOf } from './evidence.js';

const article = parseArticle('article.txt', 'Varsek spoke. Varsek left. Varsak came. Varsak stayed.\n');
// Another article of the run about the same people, which writes Varsak first.
const other = parseArticle('other.txt', 'Varsak met Varsak. Varsek met Varsek.\n');
const glossary = buildGlossary({ entities: [{ name: 'Wolkowitz' }] });

/** A run of `docs` as the engine gives it to the name analysis: their names, and each path's place. */
function runOf(...docs: ArticleDocument[]) {
  const names = docs.map((doc) => ({ path: doc.path, data: collectNames(doc) }));
  return { names, places: new Corpus(new Map([['names', names]])).places('names') };
}
const evidenceOf = (doc: ArticleDocument, glossary: Glossary, run = runOf()) => new NameEvidence(doc, glossary, run.names, run.places);

describe('NameEvidence.near', () => {
  it('finds the names that share a deletion form with the written one', () => {
    const evidence = evidenceOf(article, glossary);
    // Two changed letters in a long name; a collapsed repeat; nothing near.
    expect([...evidence.near('volkowicz')]).toEqual(['wolkowitz']);
    expect([...evidence.near('varsekek')]).toEqual(['varsek']);
    expect([...evidence.near('jones')]).toEqual([]);
  });

  it('finds short names by one deletion, and finds them again on the next look-up', () => {
    const evidence = evidenceOf(article, buildGlossary({ entities: [{ name: 'Ruiz' }] }));
    // `ruz` and `ruiz` less its `i` read alike; `rz` is two deletions from a name under six letters: out of reach.
    expect([...evidence.near('ruz')]).toEqual(['ruiz']);
    expect([...evidence.near('ruz')]).toEqual(['ruiz']);
    expect([...evidence.near('rz')]).toEqual([]);
  });

  it("orders the article's names as the article writes them, found through its own index or the run's", () => {
    // `varsik` shares its first form with both names (`varsk`): the article's order decides, not the run's.
    expect([...evidenceOf(article, glossary).near('varsik')]).toEqual(['varsek', 'varsak']);
    expect([...evidenceOf(article, glossary, runOf(other, article)).near('varsik')]).toEqual(['varsek', 'varsak']);
  });

  it("finds the article's names when the run's corpus pass read another text of it (a --fix pass)", () => {
    const fixed = parseArticle('article.txt', 'Velasko spoke. Velasko left.\n');
    expect([...evidenceOf(fixed, buildGlossary({}), runOf(other, article)).near('velasco')]).toEqual(['velasko']);
  });
});

describe('collectNames', () => {
  it('keeps the names, their counts over one and the first+last pairs in one string', () => {
    const doc = parseArticle('a.txt', 'Then Varsek spoke to Fumio Kishida. Kishida left, and Varsek stayed with Kishida.\n');
    expect(collectNames(doc)).toBe('Varsek 2\nFumio\nKishida 3\n\nFumio Kishida');
    expect(collectNames(parseArticle('b.txt', 'Then Varsek spoke.\n'))).toBe('Varsek');
    expect(collectNames(parseArticle('c.txt', 'Nothing here.\n'))).toBe('');
  });

  it('keeps the common words that end name compounds, and their counts, after the pairs', () => {
    const doc = parseArticle('a.txt', 'Fumio Kishida walked down Pitt-street to King-street and Botany-road.\n');
    expect(compoundEndingsOf(collectNames(doc))).toEqual({ names: ['street', 'road'], counts: [2, 1] });
    expect(pairsOf(collectNames(doc))).toEqual(['Fumio Kishida']);
    const unpaired = collectNames(parseArticle('b.txt', 'Then Varsek left by Pitt-street.\n'));
    expect(pairsOf(unpaired)).toEqual([]);
    expect(namesOf(unpaired).names).toEqual(['Varsek', 'Pitt']);
    expect(compoundEndingsOf(unpaired)).toEqual({ names: ['street'], counts: [1] });
  });
});

describe('NameEvidence over a run', () => {
  it('counts the names an article shares with each file afresh for each article', () => {
    const names = 'Varsek Kowal Brandt Ostrow Pilch';
    const a = parseArticle('a.txt', `${names.split(' ').map((name) => `${name} spoke.`).join(' ')}\n`);
    const b = parseArticle('b.txt', `${names.split(' ').map((name) => `${name} left.`).join(' ')}\n`);
    // Two names shared with a: too few to tell the same story, however often a is read.
    const c = parseArticle('c.txt', 'Varsek came. Kowal came. Zabik came. Lenart came.\n');
    const run = runOf(a, b, c);
    const first = evidenceOf(a, glossary, run).record('varsek');
    expect(first?.corpusFiles).toBe(1);
    expect(evidenceOf(a, glossary, run).record('varsek')).toEqual(first);
    expect(evidenceOf(c, glossary, run).record('varsek')?.corpusFiles).toBe(0);
  });
});
