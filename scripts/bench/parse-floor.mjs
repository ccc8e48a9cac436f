// The floor: a bare unified + retext-english parse of the given files (or of
// every file in the given folders), nothing else. Run as its own process so
// its wall time, CPU time and peak RSS compare with the CLI's.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import retextEnglish from 'retext-english';
import { unified } from 'unified';

const processor = unified().use(retextEnglish);
const files = process.argv.slice(2).flatMap((path) =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .map((name) => join(path, name))
    : [path],
);
let nodes = 0;
for (const file of files) nodes += processor.parse(readFileSync(file, 'utf8')).children.length;
process.stdout.write(`${files.length} files, ${nodes} paragraphs\n`);
