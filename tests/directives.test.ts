import { describe, expect, it } from 'vitest';
import { cli, parseJson } from './helpers.js';

async function lintMarkdown(text: string) {
  const run = await cli(['--format', 'json', '--stdin-filename', 'a.md', '-'], { stdin: text });
  return parseJson(run)[0]!.messages.map((m) => `${m.ruleId}@${m.line}`);
}

describe('inline directives', () => {
  it('disable and enable a rule for a region', async () => {
    const text = 'The the one.\n\n<!-- article-lint-disable repeated-word -->\n\nThe the two.\n\n<!-- article-lint-enable repeated-word -->\n\nThe the three.\n';
    expect(await lintMarkdown(text)).toEqual(['repeated-word@1', 'repeated-word@9']);
  });

  it('disable every rule when none is named', async () => {
    expect(await lintMarkdown('<!-- article-lint-disable -->\n\nThe the one.\n')).toEqual([]);
  });

  it('disable the next line only', async () => {
    const text = '<!-- article-lint-disable-next-line repeated-word -->\nThe the one.\nThe the two.\n';
    expect(await lintMarkdown(text)).toEqual(['repeated-word@3']);
  });

  it('work in HTML comments of an HTML file', async () => {
    const run = await cli(['--format', 'json', '--stdin-filename', 'a.html', '-'], { stdin: '<!-- article-lint-disable-next-line -->\n<p>The the one.</p>\n<p>The the two.</p>' });
    expect(parseJson(run)[0]!.messages.map((m) => m.line)).toEqual([3]);
  });

  it('report an unknown rule id in a directive', async () => {
    const run = await cli(['--format', 'json', '--stdin-filename', 'a.md', '-'], { stdin: '<!-- article-lint-disable no-such-rule -->\n\nText.\n' });
    expect(parseJson(run)[0]!.messages).toMatchObject([{ ruleId: 'directive', line: 1, reason: 'Unknown rule "no-such-rule" in an article-lint directive' }]);
  });
});
