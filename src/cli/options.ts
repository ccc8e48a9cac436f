// What the command line's parts share: its options as parsed, its streams
// and environment, and the findings it counts for the exit status.
import type { PluginTrust } from '../config/plugins.js';
import type { RecordFields } from '../corpus/records.js';
import type { Shard } from '../corpus/run.js';
import type { Severity } from '../types.js';

export const FORMATS = ['stylish', 'json', 'jsonl', 'github', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliIo {
  cwd: string;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Standard input's text, read only when the run asks for it. */
  readStdin(): Promise<string>;
  stdinIsTTY: boolean;
  env: Record<string, string | undefined>;
}

export interface CliOptions {
  paths: string[];
  glossaries: string[];
  date?: string;
  format: Format;
  fix: boolean;
  fixDryRun: boolean;
  config?: string;
  trustPlugins?: PluginTrust;
  ruleOverrides: Map<string, Severity>;
  quiet: boolean;
  maxWarnings?: number;
  stdinFilename?: string;
  timing: boolean;
  jobs: number;
  timeLimit?: number;
  maxFileBytes: number;
  cache: boolean;
  cacheLocation: string;
  color?: boolean;
  noIgnore: boolean;
  outputFile?: string;
  init: boolean;
  printConfig?: string;
  listRules: boolean;
  help: boolean;
  version: boolean;
  fields: RecordFields;
  shard?: Shard;
  /** --evidence files (repeatable): the whole corpus's evidence, merged or in shards. */
  evidence: string[];
  evidenceOut?: string;
  fixOutput?: string;
}

export interface FindingCounts {
  errors: number;
  warnings: number;
}
