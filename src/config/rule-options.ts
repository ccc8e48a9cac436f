// Checking a config's rule options against what each rule declares in
// `meta.options` (types, defaults, ranges): a misspelt key or a value of the
// wrong type is a `file:line:col` error, as an unknown rule id is.
import { UsageError } from '../util/errors.js';
import { didYouMean } from '../util/nearest.js';
import type { Rule, RuleOption } from '../types.js';
import type { RuleSetting } from './config.js';

/** Throws a UsageError naming the place of the first option `setting` gives that `rule` does not accept. */
export function checkRuleOptions(rule: Rule, setting: RuleSetting): void {
  const declared = rule.meta.options;
  if (!declared) return;
  const id = rule.meta.id;
  const names = Object.keys(declared);
  for (const [key, value] of Object.entries(setting.options)) {
    const place = setting.optionPlaces?.[key];
    const option = Object.hasOwn(declared, key) ? declared[key] : undefined;
    if (!option) {
      const known = names.length > 0 ? `; its options: ${names.join(', ')}` : '; it takes no options';
      throw new UsageError(`${place?.key ?? setting.where}: rule "${id}" has no option "${key}"${didYouMean(key, names)}${known}`);
    }
    const problem = optionProblem(option, value);
    if (problem) throw new UsageError(`${place?.value ?? setting.where}: rule "${id}" option "${key}" must be ${problem}`);
  }
}

/** What is wrong with `value` for `option` ("a number from 0 to 1 (got "six")"), or undefined when it fits. */
export function optionProblem(option: RuleOption, value: unknown): string | undefined {
  return fits(option, value) ? undefined : `${describeOption(option)} (got ${shown(value)})`;
}

function fits(option: RuleOption, value: unknown): boolean {
  switch (option.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string' && (!option.enum || option.enum.includes(value));
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (!option.integer || Number.isInteger(value)) &&
        (option.minimum === undefined || value >= option.minimum) &&
        (option.maximum === undefined || value <= option.maximum)
      );
  }
}

/** "a whole number of at least 1", "a number from 0 to 1". */
export function describeNumber(option: Extract<RuleOption, { type: 'number' }>): string {
  const kind = option.integer ? 'a whole number' : 'a number';
  const { minimum: min, maximum: max } = option;
  if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max}`;
  if (min !== undefined) return `${kind} of at least ${min}`;
  if (max !== undefined) return `${kind} of at most ${max}`;
  return kind;
}

/** A config value as the error shows it: short, one line. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** What an option accepts, in words (the README tables and the errors say the same). */
export function describeOption(option: RuleOption): string {
  switch (option.type) {
    case 'boolean':
      return 'true or false';
    case 'string':
      return option.enum ? `one of ${option.enum.map((v) => `"${v}"`).join(', ')}` : 'a string';
    case 'number':
      return describeNumber(option);
  }
}

/** The Markdown table of a rule's declared options for its README ("None." when it declares none). */
export function optionsTable(options: Readonly<Record<string, RuleOption>>): string {
  const rows = Object.entries(options).map(([name, option]) => `| \`${name}\` | ${describeOption(option)} | \`${JSON.stringify(option.default)}\` | ${option.description} |`);
  return rows.length === 0 ? 'None.' : ['| option | accepts | default | meaning |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
