// Makes a real OCR set in the layout of the real-text bench's `ocr/` set
// (articles/, gold/, glossaries/, labels.jsonl; see docs/benchmarks.md) from an
// overProof evaluation file: OCR'd newspaper articles line by line beside
// their hand-corrected transcription (`OCR||@@||CORRECTED||@@||OVERPROOF`, an
// article opening with a `*$*OVERPROOF*$*` header). Used to check the name
// readings on newspapers the rule was not tuned on (overProof's dataset 3:
// five U.S. papers of Chronicling America; the dev set is dataset 2, the
// Sydney Morning Herald):
//
//   npm run build && node scripts/bench/overproof-set.mjs allArticles.txt OUT-DIR [--prefix ca]
//   node ../shared/bench/real/score-real.mjs --cmd "node dist/bin/cli.js" --dir OUT-DIR
//
// The labels follow the dev set's rules: a label is an OCR token whose aligned
// transcription token is a name (capitalised, not a lower-case dictionary word,
// not a title, month or day) and differs from it; in scope when the OCR form is
// capitalised, letters only (and `'’-`), no dictionary word and not all capitals.
// Tokens are aligned within each line pair (the file pairs the lines), by an
// edit distance over tokens whose substitution cost is the letters' distance.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { speller } from '../dictionary-en.mjs';

const { boundedEditDistance } = await import(new URL('../../dist/src/analysis/text.js', import.meta.url));

const args = process.argv.slice(2);
const prefixAt = args.indexOf('--prefix');
const prefix = prefixAt >= 0 ? args.splice(prefixAt, 2)[1] : 'op';
const [input, out] = args;
if (!input || !out) {
  console.error('usage: node scripts/bench/overproof-set.mjs allArticles.txt OUT-DIR [--prefix NAME]');
  process.exit(2);
}

const NOT_NAMES = new Set(
  'mr mrs miss messrs dr rev sir lord lady capt captain col colonel gen general major lieut sergeant judge hon esq st mt jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);
const bare = (token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
const possessive = (token) => token.replace(/['’]s$/u, '');
const isWord = (token) => speller.correct(token) || speller.correct(token.toLowerCase());
const isCapitalised = (token) => /^\p{Lu}/u.test(token);
const isAllCaps = (token) => /\p{L}/u.test(token) && token === token.toUpperCase();
/** A name as the dev set counts one: capitalised, no lower-case dictionary word, no title, month or day. */
const isName = (token) => {
  const word = possessive(bare(token));
  return word.length > 1 && isCapitalised(word) && /^[\p{L}'’-]+$/u.test(word) && !speller.correct(word.toLowerCase()) && !NOT_NAMES.has(word.toLowerCase());
};
const inScope = (ocr) => isCapitalised(ocr) && /^[\p{L}'’-]+$/u.test(ocr) && !isWord(possessive(ocr)) && !isAllCaps(ocr);

/** Tokens of a line (runs of non-space) with their offsets in it. */
const tokensOf = (line) => [...line.matchAll(/\S+/gu)].map((m) => ({ text: m[0], at: m.index }));

/** Letters changed, added or dropped (Levenshtein): the project's own word-level distance, over letters. */
const letterDistance = (a, b) => boundedEditDistance(a, b, Math.max(a.length, b.length));

/** Pairs [i, j] of aligned tokens (Needleman–Wunsch; a pair costs its share of changed letters, a gap 1). */
function align(ocr, gold) {
  const n = ocr.length;
  const m = gold.length;
  const cost = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = 0; i <= n; i++) cost[i][0] = i;
  for (let j = 0; j <= m; j++) cost[0][j] = j;
  const pairCost = (i, j) => {
    const a = bare(ocr[i].text).toLowerCase();
    const b = bare(gold[j].text).toLowerCase();
    return (2 * letterDistance(a, b)) / Math.max(1, a.length + b.length);
  };
  for (let i = 1; i <= n; i++) for (let j = 1; j <= m; j++) cost[i][j] = Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1, cost[i - 1][j - 1] + pairCost(i - 1, j - 1) * 1.5);
  const pairs = [];
  for (let i = n, j = m; i > 0 && j > 0; ) {
    if (cost[i][j] === cost[i - 1][j - 1] + pairCost(i - 1, j - 1) * 1.5) pairs.push([--i, --j]);
    else if (cost[i][j] === cost[i - 1][j] + 1) i--;
    else j--;
  }
  return pairs.reverse();
}

/** Line pairs of each article, as the file gives them. */
function articlesOf(text) {
  const articles = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('*$*OVERPROOF*$*')) articles.push({ header: line.slice('*$*OVERPROOF*$*'.length).trim(), lines: [] });
    else if (articles.length > 0 && line.includes('||@@||')) {
      const [ocr, gold] = line.split('||@@||');
      articles.at(-1).lines.push({ ocr: ocr.trim(), gold: gold.trim() });
    }
  }
  return articles;
}

/**
 * Both sides joined into paragraphs at the same places, as the dev set joins
 * them: a transcription line that is short and ends a sentence, or is all
 * capitals, ends a paragraph; a line-end hyphen before a lower-case letter is
 * joined. Returns each side's text and where each line starts in it.
 */
function joinLines(lines, side) {
  const lengths = lines.map((line) => line.gold.length).sort((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length / 2)] ?? 0;
  let text = '';
  const starts = [];
  const joinedAtEnd = [];
  lines.forEach((line, k) => {
    const own = line[side];
    const next = lines[k + 1];
    starts.push(text.length);
    const endsParagraph = isAllCaps(line.gold) || (line.gold.length < 0.7 * typical && /[.!?:]["'’”]?$/u.test(line.gold));
    const hyphenJoin = !endsParagraph && next && /\p{L}-$/u.test(own) && /^\p{Ll}/u.test(next[side]);
    joinedAtEnd.push(Boolean(hyphenJoin));
    text += hyphenJoin ? own.slice(0, -1) : own;
    if (next) text += endsParagraph ? '\n\n' : hyphenJoin ? '' : ' ';
  });
  return { text: `${text}\n`, starts, joinedAtEnd };
}

const articles = articlesOf(readFileSync(input, 'utf8')).filter((article) => article.lines.length > 0);
for (const folder of ['articles', 'gold', 'glossaries']) mkdirSync(join(out, folder), { recursive: true });
const labels = [];
let inScopeCount = 0;
articles.forEach((article, n) => {
  const id = `${prefix}-${String(n + 1).padStart(3, '0')}`;
  const ocr = joinLines(article.lines, 'ocr');
  const gold = joinLines(article.lines, 'gold');
  writeFileSync(join(out, 'articles', `${id}.txt`), ocr.text);
  writeFileSync(join(out, 'gold', `${id}.txt`), gold.text);
  const names = new Set();
  article.lines.forEach((line, k) => {
    for (const token of tokensOf(line.gold)) if (isName(token.text)) names.add(possessive(bare(token.text)));
    const ocrTokens = tokensOf(line.ocr);
    const goldTokens = tokensOf(line.gold);
    for (const [i, j] of align(ocrTokens, goldTokens)) {
      const written = bare(ocrTokens[i].text);
      const right = bare(goldTokens[j].text);
      if (!written || written === right || !isName(goldTokens[j].text)) continue;
      // A token the hyphen join glued to the next line's first token has no place of its own in the article.
      if ((i === ocrTokens.length - 1 && ocr.joinedAtEnd[k]) || (i === 0 && k > 0 && ocr.joinedAtEnd[k - 1])) continue;
      const s = ocr.starts[k] + ocrTokens[i].at + ocrTokens[i].text.indexOf(written);
      const capsName = isAllCaps(right);
      const scoped = !capsName && inScope(written);
      if (scoped) inScopeCount++;
      labels.push({
        article: id,
        kind: capsName ? 'caps-name' : 'name',
        s,
        e: s + written.length,
        ocr: written,
        gold: right,
        in_scope: scoped,
        why_out: scoped ? '' : capsName ? 'gold all capitals' : 'ocr out of scope',
        context: ocr.text.slice(Math.max(0, s - 40), s + written.length + 40).replace(/\n/g, ' '),
      });
    }
  });
  const glossary = [...names].sort().map((name) => `  - name: ${JSON.stringify(name)}`);
  writeFileSync(join(out, "glossaries", `${id}.yml`), `# names of ${id} (overProof ${article.header.slice(0, 80)})\nentities:${glossary.length > 0 ? `\n${glossary.join("\n")}` : " []"}\n`);
});
writeFileSync(join(out, 'labels.jsonl'), labels.map((label) => JSON.stringify(label)).join('\n') + '\n');
console.log(`${articles.length} articles, ${labels.length} labels (${inScopeCount} in scope) -> ${out}`);
