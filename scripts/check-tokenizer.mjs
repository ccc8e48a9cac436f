#!/usr/bin/env node
// Differential check of the plain-text scanner (src/parse/tokenizer.ts): every
// line it accepts must give the same blocks, sentences and words as
// parse-english's tree of that line.
//
//   node scripts/check-tokenizer.mjs [FOLDER_OR_FILE...] [--generated N]
//
// Reads the non-blank lines of every .txt file under the folders (default:
// .bench/corpus, seeds, ../shared/bench/dev) and N generated lines (default
// 20000) made of tricky pieces, and prints the share of lines the scanner
// accepts and every line where the readings differ (exit code 1 then).
// Needs a build (dist/). tests/tokenizer.test.ts runs the same comparison.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** Pieces of text that exercise parse-latin's and parse-english's plugins, to join into lines. */
export const PIECES = [
  'The', 'jury', 'said', 'it', 'a', 'I', 'an', 'x', 'n', 'w', 'W', 'o', 'ol', 'em', 'tis', 'twas', 'cause', '99', '99s',
  'Mr.', 'Mrs.', 'Dr.', 'Jr.', 'Gov.', 'Sen.', 'St.', 'Inc.', 'Co.', 'Corp.', 'Ltd.', 'Feb.', 'Sept.', 'No.', 'Ph.D.', 'vs.', 'etc.', 'ca.', 'cf.', 'viz.', 'al.',
  'U.S.', 'U.S', 'U.N.', 'A.', 'J. F. K.', 'a.m.', 'p.m.', 'i.e.', 'e.g.', '1.2.3.', '1.a.2.', 'A.B', 'a.b.c.d.e.',
  '3.5', '1,000', '$5', '50%', '10:30', '12.', '123.', '1234.', '2.', 'x=y', '@user', '#tag', 'A&P', '&', 'AT&T', '& Co.', 'e-mail', 'term-end', 'over-all',
  'km/h', 'and/or', 'w/', 'W/', 'w/o', 'abc/def', 'a/b/c', '/', 'co-op/', "'n'", "rock 'n' roll", "o' the", "'tis", "'em", "'99", "'twas", "’cause",
  "Atlanta's", 'Atlanta’s', "isn't", "'quoted'", '‘single’', '"', '"quoted"', '""', '“', '”', '“curly”', '’', '‘', "'", "''",
  '.', '..', '...', '. . .', '…', '!', '?', '?!', '!!', '!?', '.”', '."', '?"', '!”', ',', ';', ':', ',”', ';"', '-', '--', '---', '–', '—', ' - ', 'end-', '-start',
  '(', ')', '(parens)', '[', ']', '{', '}', '(a)', '1)', 'a)', '*', '**', '_', '__init__', 'snake_case', '\\', '^', '`', '|', '~', '<', '>', '+', '=', '#',
  'then', 'The.', 'he.', 'She', '2010', '10th', 'Then', 'x.', 'Y.', 'b.', 'z.Y', 'end.Next', 'one.two', 'what?no', 'why!not', '3.', 'a.m', '\t',
];

/** Lines written out: the plugins' cases, and lines the scanner must decline (other scripts, emoji, odd white space). */
export const TRICKY_LINES = [
  'Gov. Smith met U.S. officials on Feb. 3 in Washington. Then he left.',
  'He said: “Isba’s plan works.” Then Isba left.',
  'Mr. and Mrs. J. R. Smith Jr. arrived at 3 p.m. on Sept. 5. They left.',
  'It cost $3.5 million, or 1,000 times more... Really?! Yes!!! No?',
  '“Only a relative handful of such reports was received”, the jury said.',
  'Rock \'n\' roll w/ friends and/or km/h o\' the \'tis season; \'em all.',
  'The end. 2010 was a year. and then. (It ended.) [Really.] “Done.” \'Ok.\' Fine.',
  '   Leading and trailing white space.   ',
  '\tTabbed\tline\t',
  'A title line',
  '...',
  '. . .',
  'Hello . . . world. . Next.',
  'One.Two.Three. a.b.c. A.B.C. 1.2.3. U.S.A. Ph.D. vs. etc. cf. al. viz.',
  'He said "yes." She said "no." "Why?" he asked.',
  'Items: a. first; b. second; c. third.',
  'Call 555-1234 -- or not -- today - now.',
  'End of line-',
  '& Co. and & friends',
  'Emoji 😀 here. Then more.',
  'Arabic العربية text. Then more.',
  'Hebrew עברית text.',
  'Café au lait. Naïve résumé.',
  'Non\u00A0breaking space. Zero\u200Bwidth.',
  'Vertical\u000Btab and form\u000Cfeed.',
  'Ellipsis\u2026 and dashes \u2013 \u2014 and quotes \u2018a\u2019 \u201Cb\u201D.',
  'Ligne\u2028separator.',
  'Greek αβγ. Cyrillic кириллица.',
  'Fullwidth ＡＢＣ.',
  '½ and ² and ³.',
  "\to' the end, o' clock, \tol' man",
  " o' the",
  "'n' and 'N' and 'em.",
  'He left. \u201D  And then. ) ; so.  \u201D. Mr. . x . 2. ',
  '  . . . \u201D Inc. and co. etc. 3.  a. b.  ',
];

/** A pseudo-random line of 1 to 24 pieces, joined by nothing, spaces or tabs. */
export function generatedLine(random) {
  const separators = [' ', ' ', ' ', '', '  ', '\t'];
  const count = 1 + Math.floor(random() * 24);
  let line = '';
  for (let index = 0; index < count; index++) {
    if (index > 0) line += separators[Math.floor(random() * separators.length)];
    line += PIECES[Math.floor(random() * PIECES.length)];
  }
  return line;
}

/** A seeded generator (mulberry32), so that a failure can be replayed. */
export function seededRandom(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The two readings of `line`: 'declined' when the scanner does not read it,
 * 'same', or the first differing view as text. `modules` are document.ts,
 * tokenizer.ts and parse-english, built or not.
 */
export function compareLine(line, { ViewsBuilder, readTree, readLine, ParseEnglish }) {
  const scanned = new ViewsBuilder(line, undefined);
  if (!readLine(line, 0, scanned)) return 'declined';
  const parsed = new ViewsBuilder(line, undefined);
  readTree(parsed, new ParseEnglish().parse(line).children, 0);
  for (const view of ['blocks', 'sentences', 'words']) {
    const expected = JSON.stringify(parsed[view]);
    const actual = JSON.stringify(scanned[view]);
    if (expected !== actual) return `${view}:\n  parse-english ${expected}\n  scanner       ${actual}`;
  }
  return 'same';
}

function* textFiles(path) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* textFiles(join(path, name));
  } else if (path.endsWith('.txt')) {
    yield path;
  }
}

async function main() {
  const { values: flags, positionals } = parseArgs({ options: { generated: { type: 'string' } }, allowPositionals: true });
  const root = fileURLToPath(new URL('..', import.meta.url));
  const folders = positionals.length > 0 ? positionals : [join(root, '.bench/corpus'), join(root, 'seeds'), join(root, '../shared/bench/dev')];
  const modules = {
    ...(await import(pathToFileURL(join(root, 'dist/src/parse/document.js')).href)),
    ...(await import(pathToFileURL(join(root, 'dist/src/parse/tokenizer.js')).href)),
    ...(await import('parse-english')),
  };
  const random = seededRandom(8);
  const generated = Array.from({ length: Number(flags.generated ?? 20000) }, () => generatedLine(random));
  let failures = 0;
  const check = (label, lines) => {
    let accepted = 0;
    for (const line of lines) {
      const result = compareLine(line, modules);
      if (result === 'declined') continue;
      accepted++;
      if (result !== 'same') {
        failures++;
        if (failures <= 20) console.log(`DIFFERENT ${JSON.stringify(line)}\n${result}`);
      }
    }
    console.log(`${label}: ${lines.length} lines, ${accepted} read by the scanner (${((100 * accepted) / Math.max(1, lines.length)).toFixed(1)}%)`);
  };
  for (const folder of folders.filter((path) => existsSync(path))) {
    const lines = [];
    for (const file of textFiles(folder)) {
      for (const line of readFileSync(file, 'utf8').split(/\r\n|\r|\n/)) if (line.trim()) lines.push(line);
    }
    check(folder, lines);
  }
  check('written lines', TRICKY_LINES);
  check('generated lines', generated);
  console.log(failures === 0 ? 'no differences' : `${failures} lines differ`);
  process.exitCode = failures === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
