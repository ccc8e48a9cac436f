// Corpus files (JSONL, gzipped JSONL, Parquet) as input, --format jsonl,
// --fix-output, and evidence that merges across shards: a sharded run gives
// the findings of one run over the whole corpus.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { cli, parseJson, seedArticle, tempTree, type JsonFile } from './helpers.js';
import { topLevelValueSpan, withText } from '../src/corpus/fix-output.js';
import { corpusOf, inShard, type Shard } from '../src/corpus/run.js';
import { VERSION } from '../src/util/version.js';

const SEEDS = ['000', '001', '002', '003', '004'].map((prefix) => seedArticle(prefix).text);

/** The seeds and edited copies of them: duplicates, shared names and their corruptions for the corpus rules. */
function corpusRecords(copies: number): { id: string; text: string; source: string }[] {
  const records: { id: string; text: string; source: string }[] = [];
  for (let copy = 0; copy < copies; copy++) {
    SEEDS.forEach((text, i) => {
      const edited = copy === 0 ? text : text.replace(/\bthe\b/, copy % 2 ? 'this' : 'that') + `\n\nUpdate ${copy}: the story was revised.\n`;
      records.push({ id: `r${copy}-${i}`, text: edited, source: `feed ${copy}` });
    });
  }
  return records;
}

const jsonl = (records: readonly object[]) => records.map((record) => JSON.stringify(record)).join('\n') + '\n';

type Line = JsonFile & { id: string };
const lines = (stdout: string): Line[] => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line);

/** Findings per record id, with the shard's file name left out of every path (a record is FILE#ID). */
function byRecord(runs: Line[]): Record<string, unknown> {
  const strip = (value: unknown) => JSON.parse(JSON.stringify(value).replace(/"[^"#]*\.jsonl#/g, '"#')) as unknown;
  return Object.fromEntries(runs.map((line) => [line.id, strip(line.messages)]));
}

describe('corpus files', () => {
  it('lints each JSONL record as FILE#ID, with the findings and positions of the same text as a file', async () => {
    const seed = seedArticle('002');
    const root = tempTree({ 'corpus.jsonl': jsonl([{ id: 'a1', text: seed.text }]), 'a1.txt': seed.text });
    const asRecord = parseJson(await cli(['--format', 'json', 'corpus.jsonl'], { cwd: root }));
    const asFile = parseJson(await cli(['--format', 'json', 'a1.txt'], { cwd: root }));
    expect(asRecord.map((file) => file.path)).toEqual(['corpus.jsonl#a1']);
    expect(asRecord[0]!.messages.length).toBeGreaterThanOrEqual(2);
    expect(asRecord[0]!.messages).toEqual(asFile[0]!.messages);
  });

  it('reports a bad record once, naming the file and line, and goes on', async () => {
    const root = tempTree({ 'c.jsonl': ['{"id":"x","url":"https://example.org/x","text":"the the cat"}', 'not json', '{"id":"y"}', '{"id":"z","text":42}', '[1]', '{"text":"A fine line."}'].join('\n') + '\n' });
    const run = await cli(['--format', 'jsonl', 'c.jsonl'], { cwd: root });
    expect(run.stderr.split('\n').filter((line) => line.includes('record skipped'))).toEqual([
      expect.stringMatching(/^article-lint: c\.jsonl:2: not JSON/),
      'article-lint: c.jsonl:3: no "text" field, record skipped',
      'article-lint: c.jsonl:4: "text" is not a string, record skipped',
      'article-lint: c.jsonl:5: not a JSON object, record skipped',
    ]);
    const out = lines(run.stdout);
    // A record without an id is named by its line.
    expect(out.map((line) => [line.id, line.path])).toEqual([['x', 'c.jsonl#x'], ['6', 'c.jsonl#6']]);
    // The record's URL is carried into its line, to lead back to the page.
    expect(out.map((line) => (line as { url?: string }).url)).toEqual(['https://example.org/x', undefined]);
    expect(out[0]!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['repeated-word', 1, 5]]);
    expect(run.code).toBe(0);
  });

  it('reads gzipped JSONL and Parquet, with the field names the dataset uses', async () => {
    const records = [{ uid: 'p1', body: 'He said that that he would go.', kind: 'text', published: '2025-02-03' }, { uid: 'p2', body: '# Title\n\nA **bold claim.', kind: 'markdown', published: '2024-01-01' }];
    const parquet = parquetWriteBuffer({ columnData: ['uid', 'body', 'kind', 'published'].map((name) => ({ name, data: records.map((r) => r[name as keyof typeof r]), type: 'STRING' as const })) });
    const root = tempTree({ 'c.jsonl.gz': gzipSync(jsonl(records)), 'c.parquet': new Uint8Array(parquet) });
    const fields = ['--text-field', 'body', '--id-field', 'uid', '--format-field', 'kind', '--date-field', 'published'];
    const fromGzip = lines((await cli(['--format', 'jsonl', ...fields, 'c.jsonl.gz'], { cwd: root })).stdout);
    const fromParquet = lines((await cli(['--format', 'jsonl', ...fields, 'c.parquet'], { cwd: root })).stdout);
    expect(fromGzip.map((line) => line.path)).toEqual(['c.jsonl.gz#p1', 'c.jsonl.gz#p2']);
    expect(fromGzip.map((line) => line.data.date)).toEqual(['2025-02-03', '2024-01-01']);
    expect(fromGzip[0]!.messages.map((m) => m.ruleId)).toEqual(['repeated-word']);
    // The Markdown record is parsed as Markdown: its stray `**` is found.
    expect(fromGzip[1]!.messages.map((m) => m.ruleId)).toContain('stray-markup');
    expect(fromParquet.map((line) => [line.id, line.messages])).toEqual(fromGzip.map((line) => [line.id, line.messages]));
  });

  it('gives the same findings sharded (any number of shards, evidence merged in any order, or shards\' evidence given unmerged) as in one run', async () => {
    const records = corpusRecords(4);
    const files: Record<string, string> = { 'all.jsonl': jsonl(records) };
    for (const count of [2, 3]) {
      for (let shard = 0; shard < count; shard++) files[`s${count}-${shard}.jsonl`] = jsonl(records.filter((_, i) => i % count === shard));
    }
    const root = tempTree(files);
    const single = lines((await cli(['--format', 'jsonl', 'all.jsonl'], { cwd: root })).stdout);
    const crossArticle = single.flatMap((line) => line.messages).filter((m) => m.ruleId === 'duplicate-article');
    expect(crossArticle.length).toBeGreaterThan(10);
    for (const count of [2, 3]) {
      const shards = Array.from({ length: count }, (_, shard) => `s${count}-${shard}`);
      for (const shard of shards) expect((await cli(['collect', '--evidence-out', `${shard}.evidence`, `${shard}.jsonl`], { cwd: root })).code).toBe(0);
      // Merged in reverse, and in two steps: the merge is associative and commutative.
      const reversed = shards.map((shard) => `${shard}.evidence`).reverse();
      expect((await cli(['merge-evidence', '-o', `part-${count}.evidence`, ...reversed.slice(0, -1)], { cwd: root })).code).toBe(0);
      expect((await cli(['merge-evidence', '-o', `all-${count}.evidence`, reversed.at(-1)!, `part-${count}.evidence`], { cwd: root })).code).toBe(0);
      const sharded: Line[] = [];
      for (const shard of [...shards].reverse()) sharded.push(...lines((await cli(['--format', 'jsonl', '--evidence', `all-${count}.evidence`, `${shard}.jsonl`], { cwd: root })).stdout));
      expect(byRecord(sharded)).toEqual(byRecord(single));
      // The shards' evidence files given as they are (repeated --evidence, any order) are merged as they are read: the same findings, no merge step.
      const unmerged: Line[] = [];
      for (const shard of shards) unmerged.push(...lines((await cli(['--format', 'jsonl', ...reversed.flatMap((file) => ['--evidence', file]), `${shard}.jsonl`], { cwd: root })).stdout));
      expect(byRecord(unmerged)).toEqual(byRecord(single));
    }
    // `--shard i/n` of the whole file against the whole file's evidence: each shard finds only its own records' matches.
    expect((await cli(['collect', '--evidence-out', 'all.evidence', 'all.jsonl'], { cwd: root })).code).toBe(0);
    const byShard: Line[] = [];
    for (const shard of ['1/3', '2/3', '3/3']) byShard.push(...lines((await cli(['--format', 'jsonl', '--shard', shard, '--evidence', 'all.evidence', 'all.jsonl'], { cwd: root })).stdout));
    expect(byShard.map((line) => line.id).sort()).toEqual(single.map((line) => line.id).sort());
    expect(byRecord(byShard)).toEqual(byRecord(single));
  });

  it('finds a line the site repeats on its records, as on files, and sharded', async () => {
    const stories = [
      'The city council voted on Tuesday to raise the tax on gasoline by two cents a gallon, a step that the mayor said would pay for the new bridge.',
      'Heavy rain closed the coast road for a second day on Wednesday, and the county asked drivers to use the inland highway until the water goes down.',
      'The school board named a new superintendent on Monday after a search that lasted most of the year and drew more than forty applicants.',
      'The farmers market will move to the old rail depot in the spring, where the stalls will have a roof and the growers a loading dock of their own.',
      'A fire at the paper mill was put out on Thursday morning before it reached the storage sheds, and no one was hurt, the fire chief said.',
      'The library will stay open until nine on weeknights from next month, after readers asked for more evening hours in a survey last winter.',
    ];
    const siteLine = 'Riverside Gazette staff and wire reports for the valley edition';
    const records = stories.map((story, i) => ({ id: `s${i}`, text: `Story ${i + 1} of the week\n\n${story}\n\n${siteLine}\n` }));
    const files: Record<string, string> = { 'all.jsonl': jsonl(records), 'a.jsonl': jsonl(records.slice(0, 3)), 'b.jsonl': jsonl(records.slice(3)) };
    for (const { id, text } of records) files[`${id}.txt`] = text;
    const root = tempTree(files);
    const single = lines((await cli(['--format', 'jsonl', 'all.jsonl'], { cwd: root })).stdout);
    const siteFindings = single.map((line) => line.messages.filter((m) => m.ruleId === 'boilerplate' && (m.data as { kind?: string } | undefined)?.kind === 'site'));
    expect(siteFindings.map((found) => found.map((m) => m.line))).toEqual(records.map(() => [5]));
    const asFiles = parseJson(await cli(['--format', 'json', ...records.map(({ id }) => `${id}.txt`)], { cwd: root }));
    expect(asFiles.map((file) => file.messages)).toEqual(single.map((line) => line.messages));
    for (const shard of ['a', 'b']) expect((await cli(['collect', '--evidence-out', `${shard}.evidence`, `${shard}.jsonl`], { cwd: root })).code).toBe(0);
    const sharded: Line[] = [];
    for (const shard of ['b', 'a']) sharded.push(...lines((await cli(['--format', 'jsonl', '--evidence', 'a.evidence', '--evidence', 'b.evidence', `${shard}.jsonl`], { cwd: root })).stdout));
    expect(byRecord(sharded)).toEqual(byRecord(single));
  });

  it('--shard I/N selects every record exactly once over the N shards, by a hash of its id', async () => {
    const records = corpusRecords(3);
    const root = tempTree({ 'all.jsonl': jsonl(records) });
    const seen: string[] = [];
    for (let shard = 1; shard <= 3; shard++) seen.push(...lines((await cli(['--format', 'jsonl', '--shard', `${shard}/3`, '--rule', 'duplicate-article=off', 'all.jsonl'], { cwd: root })).stdout).map((line) => line.id));
    expect(seen.sort()).toEqual(records.map((record) => record.id).sort());
    expect(records.filter((record) => inShard(record.id, { index: 1, count: 3 })).length).toBeLessThan(records.length);
    expect((await cli(['--shard', '4/3', 'all.jsonl'], { cwd: root })).code).toBe(2);
  });

  it('--fix writes the fixed records to --fix-output, every other field byte for byte, never in place', async () => {
    const source = ['{"id": 1, "text": "The the cat sat.", "meta": {"a": [1, 2.50, "x,}"]},"z":null}', '{"text":"A clean line.","id":"b"}', 'broken'].join('\n') + '\n';
    const root = tempTree({ 'c.jsonl': source });
    const run = await cli(['--fix', '--fix-output', 'fixed.jsonl', 'c.jsonl'], { cwd: root });
    expect(run.code).toBe(0);
    expect(readFileSync(join(root, 'fixed.jsonl'), 'utf8')).toBe(['{"id": 1, "text": "The cat sat.", "meta": {"a": [1, 2.50, "x,}"]},"z":null}', '{"text":"A clean line.","id":"b"}'].join('\n') + '\n');
    expect(readFileSync(join(root, 'c.jsonl'), 'utf8')).toBe(source);
    expect((await cli(['--fix', 'c.jsonl'], { cwd: root })).stderr).toContain('--fix-output');
    expect((await cli(['--fix', '--fix-output', 'c.jsonl', 'c.jsonl'], { cwd: root })).code).toBe(2);
  });

  it('--fix on Parquet writes a Parquet file of the same schema: the fixed text column changed, every other column as it was', async () => {
    const columnData = [
      { name: 'id', data: ['a', 'b', 'c'], type: 'STRING' as const },
      { name: 'text', data: ['The the cat sat.', 'A clean line.', 'He said that that he would go.'], type: 'STRING' as const },
      { name: 'views', data: [3, null, 70000], type: 'INT32' as const },
      { name: 'bytes', data: [10n, 20n, 9007199254740993n], type: 'INT64' as const },
      { name: 'score', data: [0.5, 1.25, -2], type: 'DOUBLE' as const },
      { name: 'fetched', data: [new Date('2024-01-02T03:04:05Z'), new Date(0), null], type: 'TIMESTAMP' as const },
      { name: 'flagged', data: [true, false, null], type: 'BOOLEAN' as const },
    ];
    // Two row groups, so that rows are carried across groups in order.
    const root = tempTree({ 'c.parquet': new Uint8Array(parquetWriteBuffer({ columnData, rowGroupSize: 2 })) });
    const run = await cli(['--fix', '--fix-output', 'fixed.parquet', 'c.parquet'], { cwd: root });
    expect([run.code, run.stderr]).toEqual([0, '']);
    const read = async (name: string) => {
      const file = await asyncBufferFromFile(join(root, name));
      const metadata = await parquetMetadataAsync(file);
      return { schema: metadata.schema, rows: await parquetReadObjects({ file, metadata }) };
    };
    const [input, output] = [await read('c.parquet'), await read('fixed.parquet')];
    expect(output.schema).toEqual(input.schema);
    expect(output.rows.map((row) => row.text)).toEqual(['The cat sat.', 'A clean line.', 'He said that he would go.']);
    const others = (rows: Record<string, unknown>[]) => rows.map(({ text: _text, ...rest }) => rest);
    expect(others(output.rows)).toEqual(others(input.rows));
    expect(output.rows[1]!.bytes).toBe(20n);
    // The output is in the input's format, and one file of one schema.
    const wrongName = await cli(['--fix', '--fix-output', 'fixed.jsonl', 'c.parquet'], { cwd: root });
    expect([wrongName.code, wrongName.stderr]).toEqual([2, 'article-lint: --fix-output fixed.jsonl: the inputs are Parquet, so the fixed records are Parquet (name it .parquet)\n']);
    writeFileSync(join(root, 'other.parquet'), new Uint8Array(parquetWriteBuffer({ columnData: columnData.slice(0, 2) })));
    const mixed = await cli(['--fix', '--fix-output', 'out.parquet', 'c.parquet', 'other.parquet'], { cwd: root });
    expect([mixed.code, mixed.stderr]).toEqual([2, 'article-lint: --fix-output: other.parquet has another schema than c.parquet; the fixed rows go to one file of one schema\n']);
  });

  it('--fix on Parquet keeps nested columns (a list, a struct) under their schema', async () => {
    const schema = [
      { name: 'root', num_children: 3 },
      { name: 'text', type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const, repetition_type: 'REQUIRED' as const },
      { name: 'tags', repetition_type: 'OPTIONAL' as const, converted_type: 'LIST' as const, num_children: 1 },
      { name: 'list', repetition_type: 'REPEATED' as const, num_children: 1 },
      { name: 'element', type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const, repetition_type: 'OPTIONAL' as const },
      { name: 'meta', repetition_type: 'OPTIONAL' as const, num_children: 2 },
      { name: 'n', type: 'INT32' as const, repetition_type: 'OPTIONAL' as const },
      { name: 's', type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const, repetition_type: 'OPTIONAL' as const },
    ];
    const columnData = [
      { name: 'text', data: ['The the cat sat.', 'Fine.'] },
      { name: 'tags', data: [['x', 'y'], []] },
      { name: 'meta', data: [{ n: 1, s: 'q' }, null] },
    ];
    const root = tempTree({ 'n.parquet': new Uint8Array(parquetWriteBuffer({ columnData, schema })) });
    expect((await cli(['--fix', '--fix-output', 'fixed.parquet', 'n.parquet'], { cwd: root })).code).toBe(0);
    const file = await asyncBufferFromFile(join(root, 'fixed.parquet'));
    const metadata = await parquetMetadataAsync(file);
    expect(metadata.schema.map(({ name, num_children }) => [name, num_children])).toEqual(schema.map(({ name, num_children }) => [name, num_children]));
    expect(await parquetReadObjects({ file, metadata })).toEqual([
      { text: 'The cat sat.', tags: ['x', 'y'], meta: { n: 1, s: 'q' } },
      { text: 'Fine.', tags: [], meta: null },
    ]);
  });

  it("lints the records of its files in its shard, by each record's file and id, either of which may hold a '#'", () => {
    // Evidence of the run's file `a.jsonl` (an id with a `#`), of a file whose name is `a.jsonl`, `#` and more, and of a file with a `#`.
    const entries = [['a.jsonl', '1'], ['a.jsonl', 'x#y'], ['a.jsonl#b.jsonl', '1'], ['c#d.jsonl', '2'], ['c#d.jsonl', '3']].map(([file, id]) => ({ key: id!, path: `${file}#${id}`, collected: [] }));
    const linted = (names: string[], shard?: Shard) => {
      const corpus = corpusOf(entries, names.map((name) => ({ name, path: name })), shard);
      return entries.map(({ path }) => path).filter((path) => corpus.lints(path));
    };
    expect(linted(['a.jsonl'])).toEqual(['a.jsonl#1', 'a.jsonl#x#y']);
    expect(linted(['c#d.jsonl'])).toEqual(['c#d.jsonl#2', 'c#d.jsonl#3']);
    const shard = { index: 1, count: 2 };
    expect(linted(['a.jsonl#b.jsonl', 'c#d.jsonl'], shard)).toEqual(entries.slice(2).filter(({ key }) => inShard(key, shard)).map(({ path }) => path));
    // A run of every record lints every path.
    expect(corpusOf(entries, ['a.jsonl', 'a.jsonl#b.jsonl', 'c#d.jsonl'].map((name) => ({ name, path: name })), undefined).linted).toBeUndefined();
  });

  it("gives the same findings sharded as in one run when a shard's file name holds a '#'", async () => {
    const records = corpusRecords(2);
    const shards = ['a.jsonl', 'a.jsonl#b.jsonl'];
    const root = tempTree({ 'all.jsonl': jsonl(records), [shards[0]!]: jsonl(records.slice(0, 5)), [shards[1]!]: jsonl(records.slice(5)) });
    const withoutFile = (runs: Line[]) => byRecord(JSON.parse(JSON.stringify(runs).replaceAll('a.jsonl#b.jsonl#', 'all.jsonl#').replaceAll('a.jsonl#', 'all.jsonl#')) as Line[]);
    const single = lines((await cli(['--format', 'jsonl', 'all.jsonl'], { cwd: root })).stdout);
    expect(single.flatMap((line) => line.messages).some((m) => m.ruleId === 'duplicate-article')).toBe(true);
    for (const [i, shard] of shards.entries()) expect((await cli(['collect', '--evidence-out', `${i}.evidence`, shard], { cwd: root })).code).toBe(0);
    const sharded: Line[] = [];
    for (const shard of shards) sharded.push(...lines((await cli(['--format', 'jsonl', '--evidence', '0.evidence', '--evidence', '1.evidence', shard], { cwd: root })).stdout));
    expect(sharded.map((line) => line.path)).toEqual([...records.slice(0, 5).map(({ id }) => `a.jsonl#${id}`), ...records.slice(5).map(({ id }) => `a.jsonl#b.jsonl#${id}`)]);
    expect(withoutFile(sharded)).toEqual(byRecord(single));
  });

  it('finds a top-level field in any JSON spacing and only at the top level', () => {
    const raw = '{ "meta" : {"text": "inner"} , "text" :"outer \\" }", "n": [ {"text":1} ] }';
    const span = topLevelValueSpan(raw, 'text')!;
    expect(raw.slice(span.start, span.end)).toBe('"outer \\" }"');
    expect(withText(raw, 'text', 'new "x"')).toBe('{ "meta" : {"text": "inner"} , "text" :"new \\"x\\"", "n": [ {"text":1} ] }');
    expect(topLevelValueSpan('{"a":1}', 'text')).toBeUndefined();
  });

  it('refuses evidence from another version, a missing corpus file and a FIFO, with one line and exit 2', async () => {
    const root = tempTree({ 'c.jsonl': jsonl([{ id: 'a', text: 'One line.' }]), 'old.evidence': gzipSync('{"format":"article-lint-evidence","version":0,"articleLint":"0.0.1","records":0}\n') });
    const old = await cli(['--evidence', 'old.evidence', 'c.jsonl'], { cwd: root });
    expect(old.code).toBe(2);
    expect(old.stderr).toMatch(/^article-lint: .*old\.evidence:1: evidence version 0 from article-lint 0\.0\.1; .* collect it again\n$/);
    // Version 4 held no compound endings in its name counts and no dates among fact-conflict's figures: refused by this release too.
    writeFileSync(join(root, 'v4.evidence'), gzipSync(`{"format":"article-lint-evidence","version":4,"articleLint":"${VERSION}","records":0}\n`));
    expect(await cli(['--evidence', 'v4.evidence', 'c.jsonl'], { cwd: root })).toMatchObject({ code: 2, stderr: expect.stringMatching(/v4\.evidence:1: evidence version 4 from article-lint .* collect it again\n$/) });
    const missing = await cli(['missing.jsonl'], { cwd: root });
    expect([missing.code, missing.stderr]).toEqual([2, 'article-lint: missing.jsonl: cannot read file (ENOENT)\n']);
    execFileSync('mkfifo', [join(root, 'pipe.evidence'), join(root, 'pipe.jsonl')]);
    expect(await cli(['--evidence', 'pipe.evidence', 'c.jsonl'], { cwd: root })).toMatchObject({ code: 2, stderr: 'article-lint: pipe.evidence: not a regular file (a FIFO), refused\n' });
    expect(await cli(['pipe.jsonl'], { cwd: root })).toMatchObject({ code: 2, stderr: 'article-lint: pipe.jsonl: not a regular file (a FIFO), refused\n' });
    writeFileSync(join(root, 'x.evidence'), 'plain');
    expect((await cli(['--evidence', 'x.evidence', 'c.jsonl'], { cwd: root })).stderr).toContain('not an evidence file');
  });
});
