// The default report: the unified `vfile-reporter` look, built from the same
// messages every other reporter reads. Related places (the first copy of a
// repeat, the other article of a conflict) are named in the message itself;
// their positions are in the JSON and SARIF reports and the LSP's diagnostics.
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import type { FileResult } from '../types.js';

export interface StylishOptions {
  color: boolean;
}

export function formatStylish(results: readonly FileResult[], options: StylishOptions): string {
  const files = results.map((result) => {
    const file = new VFile({ path: result.path, cwd: result.cwd });
    for (const m of result.messages) {
      const message = file.message(m.reason, { place: m.place, ruleId: m.ruleId, source: m.source });
      message.fatal = m.fatal === null ? undefined : m.fatal;
      if (m.expected) message.expected = m.expected;
      if (m.url) message.url = m.url;
    }
    return file;
  });
  return reporter(files, { color: options.color });
}
