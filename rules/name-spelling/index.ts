// name-spelling: a corrupted form of a known name (`Isba`, `Isab` for
// Ishiba; `Kishidida` for Kishida). Known names come from the glossary, from
// the article itself and, through the corpus pass, from the other articles
// linted in the same run. The analysis (src/analysis/names) is shared with
// `spelling`, through `context.analysis.names()`.
import { docsUrl } from '../../src/engine/docs.js';
import type { Rule } from '../../src/types.js';
import type { NameFinding } from '../../src/analysis/names/misspelt-names.js';
import { isListSource } from '../../src/analysis/names/evidence.js';

const SOURCE_NOTE: Record<NameFinding['source'], string> = {
  glossary: 'as the glossary writes it',
  article: 'as this article writes it elsewhere',
  corpus: 'as other articles of this run write it',
  dictionary: 'a name the dictionary knows',
  world: "a name of the world's lists of people and places",
};

const rule: Rule = {
  meta: {
    id: 'name-spelling',
    description: 'A corrupted form of a known name',
    severity: 'warn',
    url: docsUrl('name-spelling'),
    fixable: true,
    options: {},
    // The run's name evidence: what the other articles write.
    uses: ['names'],
  },
  create(context) {
    for (const finding of context.analysis.names().findings) {
      const names = finding.expected.map((form) => `"${form}"`).join(' or ');
      context.report({
        message: `"${finding.written}" looks like a misspelling of ${names}, ${SOURCE_NOTE[finding.source]}`,
        start: finding.start,
        end: finding.end,
        expected: finding.expected,
        fixable: finding.certain,
        // A form suggested from the dictionary's or the world's names alone has no witness in the glossary, the article or the run: a hint.
        severity: isListSource(finding.source) ? 'info' : undefined,
        data: { kind: finding.kind, source: finding.source },
      });
    }
  },
};

export default rule;
