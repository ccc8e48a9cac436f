// Hostile and odd input through the CLI: empty and blank files, binary and
// badly encoded bytes, every line-break style, Unicode beyond the BMP,
// deeply nested markup, huge files, links that loop, files nobody can read,
// and paths full of characters that GitHub's format must escape.
import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, parseJson, tempTree } from './helpers.js';

const isRoot = process.getuid?.() === 0;

/** The repeated-word findings of a one-file JSON run. */
async function repeatedWords(root: string, file: string) {
  const run = await cli(['--format', 'json', file], { cwd: root });
  return { run, messages: parseJson(run)[0]!.messages.filter((m) => m.ruleId === 'repeated-word') };
}

function internalErrors(run: Awaited<ReturnType<typeof cli>>) {
  return parseJson(run).flatMap((f) => f.messages.filter((m) => m.ruleId === 'internal-error'));
}

describe('empty and blank input', () => {
  it.each([
    ['empty.txt', ''],
    ['blank.txt', '   \n\n\t \r\n'],
    ['empty.md', ''],
    ['only-front-matter.md', '---\ndate: 2025-02-07\n---\n'],
  ])('%s lints clean', async (name, text) => {
    const root = tempTree({ [name]: text });
    const run = await cli(['--format', 'json', name], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(parseJson(run)[0]!.messages).toEqual([]);
  });

  // hast-util-from-html gives a document without text no root position;
  // document.ts supplies one.
  it.each([
    ['empty.html', ''],
    ['blank.html', '\n \n'],
    ['only-a-closing-tag.html', '</div>'],
  ])('%s lints clean', async (name, text) => {
    const root = tempTree({ [name]: text });
    const run = await cli(['--format', 'json', name], { cwd: root });
    expect(run.code).toBe(0);
    expect(parseJson(run)[0]!.messages).toEqual([]);
  });

  it('empty standard input lints clean', async () => {
    const run = await cli(['--format', 'json', '-'], { stdin: '' });
    expect(run.code).toBe(0);
    expect(parseJson(run)[0]!.messages).toEqual([]);
  });
});

describe('binary and badly encoded files are skipped with a one-line notice', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);

  it.each([
    ['a PNG named .txt', png, 'binary file (NUL byte at offset 8), skipped'],
    ['a NUL byte after a UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x00]), 'binary file (NUL byte at offset 1), skipped'],
    ['a stray 0xff byte on a lone-CR line', new Uint8Array([...Buffer.from('ok\rab'), 0xff]), '2:3: not valid UTF-8 (byte 0xff at offset 5), skipped'],
    ['an overlong encoding', new Uint8Array([...Buffer.from('x'), 0xe0, 0x80, 0x80]), '1:2: not valid UTF-8 (byte 0xe0 at offset 1), skipped'],
    ['an encoded surrogate', new Uint8Array([...Buffer.from('é\r\nx'), 0xed, 0xa0, 0x80]), '2:2: not valid UTF-8 (byte 0xed at offset 5), skipped'],
    ['a truncated sequence at the end', new Uint8Array([...Buffer.from('ab'), 0xe2, 0x82]), '1:3: not valid UTF-8 (byte 0xe2 at offset 2), skipped'],
    ['UTF-16LE with an odd byte count', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), '1:2: not valid UTF-16LE (odd number of bytes (5)), skipped'],
    ['UTF-16BE with an unpaired surrogate', new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0x0a, 0xd8, 0x00, 0x00, 0x41]), '2:1: not valid UTF-16BE (unpaired surrogate at offset 6), skipped'],
  ])('%s', async (_what, bytes, notice) => {
    const root = tempTree({ 'bad.txt': bytes, 'good.txt': 'Fine text.' });
    const walked = await cli(['--format', 'json', '.'], { cwd: root });
    expect(walked.stderr).toBe(`article-lint: bad.txt: ${notice}\n`);
    expect(walked.code).toBe(0);
    expect(parseJson(walked).map((f) => f.path)).toEqual(['good.txt']);
    // Named on the command line, the same file fails the run.
    const named = await cli(['--format', 'json', 'bad.txt', 'good.txt'], { cwd: root });
    expect(named.stderr).toBe(`article-lint: bad.txt: ${notice}\n`);
    expect(named.code).toBe(2);
  });

  it('a second BOM inside the text is kept by --fix, byte for byte', async () => {
    const bytes = Buffer.from('\uFEFF\uFEFFThe the cat.\n', 'utf8');
    const root = tempTree({ 'a.txt': bytes });
    await cli(['--fix', 'a.txt'], { cwd: root });
    expect(readFileSync(join(root, 'a.txt'))).toEqual(Buffer.from('\uFEFF\uFEFFThe cat.\n', 'utf8'));
  });
});

describe('encodings and line breaks: positions and fixes right in each', () => {
  const encode = {
    utf8: (t: string) => Buffer.from(t, 'utf8'),
    'utf8 with BOM': (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]),
    'utf16le with BOM': (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
    'utf16be with BOM': (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()]),
  };
  const cases = Object.entries(encode).flatMap(([encoding, toBytes]) =>
    (['\n', '\r\n', '\r'] as const).map((eol) => [encoding, JSON.stringify(eol), toBytes, eol] as const),
  );

  it.each(cases)('%s, %s line breaks: a repeated word on line 3', async (_encoding, _eolName, toBytes, eol) => {
    const text = ['One line.', 'Two lines.', 'The cat sat on the the mat.', ''].join(eol);
    const root = tempTree({ 'a.txt': toBytes(text) });
    const { messages } = await repeatedWords(root, 'a.txt');
    const offset = text.indexOf('the the') + 4;
    const lineStart = text.indexOf('The cat');
    expect(messages).toMatchObject([{ line: 3, column: offset - lineStart + 1, place: { start: { line: 3, offset }, end: { line: 3, offset: offset + 3 } } }]);
    const fix = await cli(['--fix', 'a.txt'], { cwd: root });
    expect(fix.code).toBe(0);
    expect(readFileSync(join(root, 'a.txt'))).toEqual(toBytes(text.replace('the the', 'the')));
  });

  it('tabs count as one column each', async () => {
    const root = tempTree({ 'a.txt': '\tThe\tthe\tcat.\n' });
    const { messages } = await repeatedWords(root, 'a.txt');
    expect(messages).toMatchObject([{ line: 1, column: 6, place: { start: { offset: 5 }, end: { offset: 8 } } }]);
    await cli(['--fix', 'a.txt'], { cwd: root });
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('\tThe\tcat.\n');
  });

  it('a file without a final newline stays without one', async () => {
    const root = tempTree({ 'a.txt': 'Title\n\nThe the cat.' });
    await cli(['--fix', 'a.txt'], { cwd: root });
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('Title\n\nThe cat.');
  });
});

describe('character references and escapes keep later positions right', () => {
  // Found by `npm run fuzz`: the trees took word offsets from decoded text, so
  // `&amp;`, `&#8217;` or `\*` shifted every later word and --fix deleted the
  // wrong characters. document.ts now aligns text nodes with their source.
  it.each([
    ['a.md', 'Tom &amp; Jerry saw the the cat.\n'],
    ['a.md', 'Tom &#8217; Jerry saw the the cat.\n'],
    ['a.md', 'Tom \\* Jerry saw the the cat.\n'],
    ['a.html', '<p>Tom &amp; Jerry saw the the cat.</p>\n'],
  ])('%s %j', async (name, text) => {
    const root = tempTree({ [name]: text });
    const { messages } = await repeatedWords(root, name);
    expect(messages.map((m) => m.place.start.offset)).toEqual([text.indexOf('the the') + 4]);
    await cli(['--fix', name], { cwd: root });
    expect(readFileSync(join(root, name), 'utf8')).toBe(text.replace('the the', 'the'));
  });
});

describe('Unicode: columns and offsets are UTF-16 code units', () => {
  it.each([
    ['emoji and a ZWJ family', 'Hi 😀 👨‍👩‍👧 '],
    ['a flag', 'Team 🇯🇵 fans: '],
    ['astral letters', 'Math 𝒳𝒴 says '],
    ['combining marks', 'Cafe\u0301 na\u0308ive x\u0308\u0301 '],
    ['right-to-left text and marks', 'مرحبا بالعالم \u200fשלום\u200f '],
  ])('a repeated word after %s', async (_what, prefix) => {
    const text = `${prefix}the the cat.\n`;
    const root = tempTree({ 'a.txt': text });
    const { run, messages } = await repeatedWords(root, 'a.txt');
    const offset = text.indexOf('the the') + 4;
    expect(messages).toMatchObject([{ line: 1, column: offset + 1, place: { start: { offset }, end: { offset: offset + 3 } } }]);
    expect(internalErrors(run)).toEqual([]);
    await cli(['--fix', 'a.txt'], { cwd: root });
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe(`${prefix}the cat.\n`);
  });
});

describe('deeply nested markup', () => {
  it('a Markdown list nested 1,000 levels deep', async () => {
    const root = tempTree({ 'deep.md': '- '.repeat(1000) + 'the the cat.\n' });
    const { run, messages } = await repeatedWords(root, 'deep.md');
    expect(internalErrors(run)).toEqual([]);
    expect(messages).toMatchObject([{ line: 1, column: 2005 }]);
  });

  it('a Markdown blockquote nested 1,000 levels deep', async () => {
    const root = tempTree({ 'deep.md': '>'.repeat(1000) + ' the the cat.\n' });
    const { run, messages } = await repeatedWords(root, 'deep.md');
    expect(internalErrors(run)).toEqual([]);
    expect(messages).toMatchObject([{ line: 1, column: 1006 }]);
  });

  // The parsers (micromark/mdast-util-to-nlcst, hast-util-from-parse5) recurse
  // once per level and overflow the stack near 2,000 levels: document.ts then
  // reads the file as plain text.
  it.each([
    ['a Markdown list 2,000 levels deep', 'deep.md', '- '.repeat(2000) + 'the the cat.\n'],
    ['a Markdown blockquote 5,000 levels deep', 'deep.md', '>'.repeat(5000) + ' the the cat.\n'],
    ['HTML nested 10,000 divs deep', 'deep.html', '<div>'.repeat(10_000) + 'the the cat.' + '</div>'.repeat(10_000)],
  ])('%s is linted (as plain text if need be) without an internal error', async (_what, name, text) => {
    const root = tempTree({ [name]: text });
    const { run, messages } = await repeatedWords(root, name);
    expect(internalErrors(run)).toEqual([]);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.place.start.offset).toBe(text.indexOf('the the') + 4);
  });

  it('a stack overflow in the parsers becomes internal errors for that file only, and the run goes on', async () => {
    const root = tempTree({ 'deep.html': '<div>'.repeat(10_000) + 'x' + '</div>'.repeat(10_000), 'ok.txt': 'The the cat.' });
    const run = await cli(['--format', 'json', '.'], { cwd: root });
    const [deep, ok] = parseJson(run);
    expect(deep!.messages.every((m) => m.ruleId === 'internal-error' || m.fatal !== true)).toBe(true);
    expect(ok!.messages.map((m) => m.ruleId)).toEqual(['repeated-word']);
  });
});

describe('huge input', () => {
  /** An article-like paragraph with a doubled word, repeated to `bytes`, paragraphs apart. */
  const bulk = (bytes: number, separator: string) => {
    const paragraph = 'Officials in the city said on Tuesday that the market would reopen after talks with the the company.';
    return Array.from({ length: Math.ceil(bytes / (paragraph.length + separator.length)) }, () => paragraph).join(separator);
  };

  // `npm run test:stress` only, so that `npm test` stays fast. Every rule over
  // 50 MB takes minutes (`npm run bench` measures the rules on one 6 MB
  // file): here the parse, the views and one rule.
  it.runIf(process.env.ARTICLE_LINT_STRESS)('a 50 MB article is parsed in pieces and linted, every doubled word found', async () => {
    const text = bulk(50e6, '\n\n');
    const root = tempTree({ 'huge.txt': text });
    const others = ['repeated-block', 'duplicate-article', 'name-spelling', 'spelling', 'boilerplate', 'stray-markup', 'fact-role', 'fact-number', 'fact-conflict'];
    const run = await cli(['--format', 'json', ...others.flatMap((id) => ['--rule', `${id}=off`]), 'huge.txt'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(internalErrors(run)).toEqual([]);
    const doubled = parseJson(run)[0]!.messages;
    expect(doubled.every((m) => m.ruleId === 'repeated-word')).toBe(true);
    expect(doubled).toHaveLength(text.split('the the').length - 1);
    expect(doubled.at(-1)!.place.end.offset).toBe(text.lastIndexOf('the the') + 7);
  }, 180_000);

  it('a file over --max-file-size (default 64 MB) is skipped with a one-line notice, never read', async () => {
    const root = tempTree({ 'good.txt': 'Fine text.', 'small.txt': bulk(5000, '\n\n'), 'huge.txt': '' });
    // A sparse file: its size is all that is looked at.
    truncateSync(join(root, 'huge.txt'), 70_000_000);
    const walked = await cli(['--format', 'json', '.'], { cwd: root });
    expect(walked.stderr).toBe('article-lint: huge.txt: 70 MB is larger than --max-file-size (64 MB), skipped\n');
    expect(walked.code).toBe(0);
    expect(parseJson(walked).map((f) => f.path)).toEqual(['good.txt', 'small.txt']);
    const named = await cli(['--format', 'json', '--max-file-size', '0.004', 'small.txt', 'good.txt'], { cwd: root });
    expect(named.stderr).toMatch(/^article-lint: small\.txt: 5\.\d kB is larger than --max-file-size \(4 kB\), skipped\n$/);
    expect(named.code).toBe(2);
    expect((await cli(['--max-file-size', 'big', 'good.txt'], { cwd: root })).stderr).toBe('article-lint: --max-file-size: "big" is not a size in MB\n');
  });

  // The bound leaves room for a loaded machine.
  it('a single 1 MB line', async () => {
    const root = tempTree({ 'line.txt': bulk(1e6, ' ') });
    const started = Date.now();
    const run = await cli(['--format', 'json', 'line.txt'], { cwd: root });
    expect(Date.now() - started).toBeLessThan(45_000);
    expect(internalErrors(run)).toEqual([]);
    expect(parseJson(run)[0]!.messages.some((m) => m.ruleId === 'repeated-word')).toBe(true);
  }, 60_000);

  // The bound leaves room for a loaded machine.
  it('100,000 one-word lines', async () => {
    const root = tempTree({ 'lines.txt': Array.from({ length: 100_000 }, (_, i) => `word${i % 1000}`).join('\n') + '\n' });
    const started = Date.now();
    const run = await cli(['--format', 'json', 'lines.txt'], { cwd: root });
    expect(Date.now() - started).toBeLessThan(45_000);
    expect(internalErrors(run)).toEqual([]);
  }, 60_000);

  // Found by `npm run fuzz`'s growth check: more findings than a call may take arguments (`push(...reports)`) overflowed the stack.
  it.each([
    ['a page of nothing but tags in plain text', '<p>'.repeat(140_000), 140_000],
    ['unpaired bold markers', '**word '.repeat(140_000), 140_000],
  ])('%s: every stray found, no internal error', async (_name, text, strays) => {
    const root = tempTree({ 'page.txt': text });
    const run = await cli(['--format', 'json', '--rule', 'spelling=off', 'page.txt'], { cwd: root });
    expect(internalErrors(run)).toEqual([]);
    expect(parseJson(run)[0]!.messages.filter((m) => m.ruleId === 'stray-markup')).toHaveLength(strays);
  }, 60_000);

  it('a 200 KB article completes and reports every doubled word', async () => {
    const text = bulk(200e3, '\n\n');
    const root = tempTree({ 'big.txt': text });
    const run = await cli(['--format', 'json', '--rule', 'repeated-block=off', 'big.txt'], { cwd: root });
    expect(internalErrors(run)).toEqual([]);
    const doubled = parseJson(run)[0]!.messages.filter((m) => m.ruleId === 'repeated-word');
    expect(doubled).toHaveLength(text.split('the the').length - 1);
  }, 60_000);
});

describe('walking directories', () => {
  it('a symlink loop is walked once and ends', async () => {
    const root = tempTree({ 'a.txt': 'The the cat.', 'sub/b.txt': 'It it is.' });
    symlinkSync(root, join(root, 'sub', 'loop'));
    symlinkSync(join(root, 'sub'), join(root, 'sub', 'self'));
    symlinkSync(join(root, 'missing'), join(root, 'dangling.txt'));
    const run = await cli(['--format', 'json', '.'], { cwd: root });
    expect(run.code).toBe(0);
    expect(parseJson(run).map((f) => f.path)).toEqual(['a.txt', 'sub/b.txt']);
  });

  it.skipIf(isRoot)('an unreadable file (chmod 000) is reported and the rest is linted', async () => {
    // Skipped as root: root reads files whatever their mode. The next test covers root with a file the kernel refuses to read.
    const root = tempTree({ 'a.txt': 'The the cat.', 'locked.txt': 'secret' });
    chmodSync(join(root, 'locked.txt'), 0o000);
    const run = await cli(['--format', 'json', '.'], { cwd: root });
    expect(run.stderr).toBe('article-lint: locked.txt: cannot read file (EACCES)\n');
    expect(parseJson(run).map((f) => f.path)).toEqual(['a.txt']);
  });

  it.runIf(existsSync('/proc/self/mem'))('a file that cannot be read even by root (EIO) is reported and the rest is linted', async () => {
    const root = tempTree({ 'a.txt': 'The the cat.' });
    symlinkSync('/proc/self/mem', join(root, 'mem.txt'));
    const walked = await cli(['--format', 'json', '.'], { cwd: root });
    expect(walked.stderr).toBe('article-lint: mem.txt: cannot read file (EIO)\n');
    expect(walked.code).toBe(0);
    expect(parseJson(walked).map((f) => f.path)).toEqual(['a.txt']);
    const named = await cli(['--format', 'json', 'mem.txt', 'a.txt'], { cwd: root });
    expect(named.code).toBe(2);
  });

  it('a path with spaces, %, comma and colon: kept in JSON, escaped in the github format', async () => {
    const name = 'my dir/50% off, now: the story.txt';
    const root = tempTree({ [name]: 'The the cat.' });
    const json = await cli(['--format', 'json', '.'], { cwd: root });
    expect(parseJson(json).map((f) => f.path)).toEqual([name]);
    const github = await cli(['--format', 'github', name], { cwd: root });
    expect(github.stdout).toBe(
      '::warning file=my dir/50%25 off%2C now%3A the story.txt,line=1,col=5,endLine=1,endColumn=8,title=article-lint (repeated-word)::Repeated word "the"\n',
    );
  });
});

describe('writing fixes', () => {
  it('writes through a symbolic link, keeping the link and the mode, and leaves no temporary file', async () => {
    const root = tempTree({ 'real/a.txt': 'The the cat.\n' });
    chmodSync(join(root, 'real/a.txt'), 0o640);
    symlinkSync(join(root, 'real/a.txt'), join(root, 'link.txt'));
    await cli(['--fix', 'link.txt'], { cwd: root });
    expect(readFileSync(join(root, 'real/a.txt'), 'utf8')).toBe('The cat.\n');
    expect(lstatSync(join(root, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(statSync(join(root, 'real/a.txt')).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(root, 'real'))).toEqual(['a.txt']);
  });

  it('a file that cannot be written is reported and the other files are still fixed', async () => {
    const root = tempTree({ 'a.txt': 'The the cat.\n', 'b.txt': 'It it is.\n' });
    linkSync(join(root, 'a.txt'), join(root, 'a-link.txt'));
    const run = await cli(['--fix', 'a.txt', 'b.txt'], { cwd: root });
    expect(run.stderr).toMatch(/^article-lint: a\.txt: has 2 hard links; fixes not written \(a rename would split them\)\n$/);
    expect(run.code).toBe(2);
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('The the cat.\n');
    expect(readFileSync(join(root, 'b.txt'), 'utf8')).toBe('It is.\n');
  });
});
