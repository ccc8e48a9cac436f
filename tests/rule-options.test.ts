// Each built-in rule declares its options in `meta.options`; its README's
// "Options" section lists exactly those, in the table generated from the
// declaration (so the docs, the config check and the defaults cannot drift).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { checkRuleOptions, optionsTable } from '../src/config/rule-options.js';

const optionsSection = (id: string) => {
  const readme = readFileSync(new URL(`../rules/${id}/README.md`, import.meta.url), 'utf8');
  const match = /\n## Options\n([\s\S]*?)(?=\n## |$)/.exec(readme);
  return match?.[1]?.trim() ?? '';
};

describe.each(builtinRules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  it('declares its options, each default of its declared type and range', () => {
    expect(rule.meta.options).toBeDefined();
    const options = rule.meta.options!;
    // The defaults pass the very check a config's values go through.
    const defaults = Object.fromEntries(Object.entries(options).map(([name, option]) => [name, option.default]));
    expect(() => checkRuleOptions(rule, { severity: 'warn', options: defaults, where: 'defaults' })).not.toThrow();
  });

  it("its README's Options section holds the table generated from the declaration, and names no other option", () => {
    const section = optionsSection(id);
    expect(section).toContain(optionsTable(rule.meta.options ?? {}));
    const declared = Object.keys(rule.meta.options ?? {});
    // Every option a JSON example in the section sets is declared.
    for (const [, json] of section.matchAll(/```json\n([\s\S]*?)```/g)) {
      const setting = (JSON.parse(json!) as { rules: Record<string, [string, Record<string, unknown>]> }).rules[id]!;
      expect(declared).toEqual(expect.arrayContaining(Object.keys(setting[1])));
    }
  });
});
