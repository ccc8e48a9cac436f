// Corpus files for the bench's corpus section: records cut from the Brown
// Corpus articles (a window of a few paragraphs each), repeated with varied
// ids and small edits (a changed word, a dropped or doubled paragraph), so
// that duplicate-article and the run's name evidence have work to do.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `.bench/records-N.jsonl` for each count (made once); returns their paths by count. */
export function buildRecords(benchRoot, corpusDir, counts) {
  const articles = readdirSync(corpusDir).sort().map((name) => readFileSync(join(corpusDir, name), 'utf8').split('\n\n'));
  const paths = {};
  for (const count of counts) {
    const path = join(benchRoot, `records-${count}.jsonl`);
    paths[count] = path;
    if (existsSync(path)) continue;
    let state = 11;
    const next = (n) => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) % n;
    const lines = [];
    for (let i = 0; i < count; i++) {
      const paragraphs = articles[next(articles.length)];
      const start = next(Math.max(1, paragraphs.length - 4));
      const window = paragraphs.slice(start, start + 3 + next(3));
      const edit = next(4);
      if (edit === 1 && window.length > 1) window.splice(next(window.length), 1);
      if (edit === 2) window.push(window[0]);
      if (edit === 3) window[0] = window[0].replace(/\bthe\b/, 'a');
      lines.push(JSON.stringify({ id: `brown-${i}`, text: window.join('\n\n'), source: 'brown' }));
    }
    writeFileSync(path, lines.join('\n') + '\n');
  }
  return paths;
}
