// The reference glossary: people, places and organisations with their correct
// spellings and time-bound roles, and key figures. Loaded and validated once
// per run, then handed to every rule as one indexed, read-only object.
import { parseDateBound } from '../util/dates.js';
import { fileStamp, readPlainFile } from '../parse/structured.js';

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface GlossaryRole {
  title: string;
  titleAliases: string[];
  of?: string;
  /** ISO date; undefined = unknown start. */
  from?: string;
  /** ISO date; undefined = holds it still. */
  to?: string;
}

export interface GlossaryEntity {
  name: string;
  aliases: string[];
  misspellings: string[];
  type?: EntityType;
  roles: GlossaryRole[];
}

export interface GlossaryFact {
  id?: string;
  about: string[];
  value: number;
  unit?: string;
  note?: string;
}

export interface GlossaryData {
  asOf?: string;
  entities?: Partial<GlossaryEntity>[];
  facts?: GlossaryFact[];
}

export interface Glossary {
  asOf?: string;
  entities: readonly GlossaryEntity[];
  facts: readonly GlossaryFact[];
  /** Lower-cased name or alias (whole form, e.g. `shigeru ishiba`, `ishiba`) -> entities. */
  byForm: ReadonlyMap<string, readonly GlossaryEntity[]>;
  /** Lower-cased misspelling -> entities it is a wrong form of. */
  byMisspelling: ReadonlyMap<string, readonly GlossaryEntity[]>;
  /** Lower-cased single words of every name and alias: known to the spell checker. */
  knownWords: ReadonlySet<string>;
  /** Lower-cased titles and title aliases of every role. */
  titles: ReadonlySet<string>;
}

const ENTITY_TYPES = new Set<EntityType>(['person', 'organization', 'place', 'other']);

export function buildGlossary(data: GlossaryData = {}): Glossary {
  const entities: GlossaryEntity[] = (data.entities ?? []).map((e) => ({
    name: e.name ?? '',
    aliases: e.aliases ?? [],
    misspellings: e.misspellings ?? [],
    type: e.type,
    roles: (e.roles ?? []).map((r) => ({ ...r, titleAliases: r.titleAliases ?? [] })),
  }));
  const byForm = new Map<string, GlossaryEntity[]>();
  const byMisspelling = new Map<string, GlossaryEntity[]>();
  const knownWords = new Set<string>();
  const titles = new Set<string>();
  const add = (map: Map<string, GlossaryEntity[]>, key: string, entity: GlossaryEntity) => {
    const list = map.get(key);
    if (!list) map.set(key, [entity]);
    else if (!list.includes(entity)) list.push(entity);
  };
  for (const entity of entities) {
    for (const form of [entity.name, ...entity.aliases]) {
      add(byForm, form.toLowerCase(), entity);
      for (const word of form.toLowerCase().split(/[\s\u00a0]+/)) if (word) knownWords.add(word);
    }
    for (const wrong of entity.misspellings) add(byMisspelling, wrong.toLowerCase(), entity);
    for (const role of entity.roles) for (const t of [role.title, ...role.titleAliases]) titles.add(t.toLowerCase());
  }
  return { asOf: data.asOf, entities, facts: data.facts ?? [], byForm, byMisspelling, knownWords, titles };
}

export function mergeGlossaryData(parts: GlossaryData[]): GlossaryData {
  return {
    asOf: parts.map((p) => p.asOf).find(Boolean),
    entities: parts.flatMap((p) => p.entities ?? []),
    facts: parts.flatMap((p) => p.facts ?? []),
  };
}

const loaded = new Map<string, { stamps: string; glossary: Glossary }>();

/**
 * Load, validate and merge glossary files. A set is loaded once and read
 * again only when one of its files changes (for the LSP server).
 */
export function loadGlossary(paths: readonly string[]): Glossary {
  const key = paths.join('\0');
  const stamps = paths.map((p) => fileStamp(p) ?? 'missing').join('|');
  const cached = loaded.get(key);
  if (cached?.stamps === stamps) return cached.glossary;
  const glossary = buildGlossary(mergeGlossaryData(paths.map((p) => readGlossaryFile(p))));
  loaded.set(key, { stamps, glossary });
  return glossary;
}

// --- validation: every problem is reported as `file:line:col: what` --------
// Glossaries can be large (100,000 entities), so they are validated as plain
// values (a JSON glossary is read with JSON.parse); only when a problem is
// found is the file parsed again with positions, to name its line and column.

type Path = (string | number)[];

class GlossaryProblem extends Error {
  constructor(
    readonly path: Path,
    readonly what: string,
    /** Point at the key itself rather than its value. */
    readonly atKey = false,
  ) {
    super(what);
  }
}

function readGlossaryFile(path: string): GlossaryData {
  const { value, locate } = readPlainFile(path);
  try {
    return readGlossaryData(value);
  } catch (error) {
    if (error instanceof GlossaryProblem) throw locate(error.path, error.what, error.atKey);
    throw error;
  }
}

/** Validate a glossary given as plain data (parsed YAML or JSON). */
export function readGlossaryData(value: unknown): GlossaryData {
  if (value == null) return {};
  const data: GlossaryData = {};
  for (const [key, item] of mapEntries(value, [], 'the glossary')) {
    if (key === 'asOf') data.asOf = dateValue(item, ['asOf'], 'asOf', 'from');
    else if (key === 'entities') data.entities = listOf(item, ['entities'], 'entities').map((e, i) => readEntity(e, ['entities', i]));
    else if (key === 'facts') data.facts = listOf(item, ['facts'], 'facts').map((f, i) => readFact(f, ['facts', i]));
    else throw new GlossaryProblem([key], `unknown key "${key}" (expected asOf, entities, facts)`, true);
  }
  return data;
}

function readEntity(value: unknown, path: Path): GlossaryEntity {
  const entity: GlossaryEntity = { name: '', aliases: [], misspellings: [], roles: [] };
  for (const [key, item] of mapEntries(value, path, 'an entity')) {
    const at = [...path, key];
    if (key === 'name') entity.name = stringValue(item, at, 'name');
    else if (key === 'aliases') entity.aliases = stringList(item, at, 'aliases');
    else if (key === 'misspellings') entity.misspellings = stringList(item, at, 'misspellings');
    else if (key === 'type') {
      const type = stringValue(item, at, 'type') as EntityType;
      if (!ENTITY_TYPES.has(type)) throw new GlossaryProblem(at, `type must be one of person, organization, place, other (got "${type}")`);
      entity.type = type;
    } else if (key === 'roles') entity.roles = listOf(item, at, 'roles').map((r, i) => readRole(r, [...at, i]));
    else throw new GlossaryProblem(at, `unknown entity key "${key}" (expected name, aliases, misspellings, type, roles)`, true);
  }
  if (!entity.name) throw new GlossaryProblem(path, 'an entity needs a name');
  return entity;
}

function readRole(value: unknown, path: Path): GlossaryRole {
  const role: GlossaryRole = { title: '', titleAliases: [] };
  for (const [key, item] of mapEntries(value, path, 'a role')) {
    const at = [...path, key];
    if (key === 'title') role.title = stringValue(item, at, 'title');
    else if (key === 'titleAliases') role.titleAliases = stringList(item, at, 'titleAliases');
    else if (key === 'of') role.of = item == null ? undefined : stringValue(item, at, 'of');
    else if (key === 'from') role.from = item == null ? undefined : dateValue(item, at, 'from', 'from');
    else if (key === 'to') role.to = item == null ? undefined : dateValue(item, at, 'to', 'to');
    else throw new GlossaryProblem(at, `unknown role key "${key}" (expected title, titleAliases, of, from, to)`, true);
  }
  if (!role.title) throw new GlossaryProblem(path, 'a role needs a title');
  if (role.from && role.to && role.from > role.to) throw new GlossaryProblem(path, `role "${role.title}" ends (${role.to}) before it starts (${role.from})`);
  return role;
}

function readFact(value: unknown, path: Path): GlossaryFact {
  const fact: Partial<GlossaryFact> = {};
  for (const [key, item] of mapEntries(value, path, 'a fact')) {
    const at = [...path, key];
    if (key === 'id') fact.id = stringValue(item, at, 'id');
    else if (key === 'about') fact.about = stringList(item, at, 'about');
    else if (key === 'value') {
      const number = typeof item === 'number' ? item : typeof item === 'string' ? Number(item.replace(/,/g, '')) : NaN;
      if (!Number.isFinite(number)) throw new GlossaryProblem(at, 'value must be a number');
      fact.value = number;
    } else if (key === 'unit') fact.unit = stringValue(item, at, 'unit');
    else if (key === 'note') fact.note = item == null ? undefined : String(item);
    else throw new GlossaryProblem(at, `unknown fact key "${key}" (expected id, about, value, unit, note)`, true);
  }
  if (!fact.about?.length) throw new GlossaryProblem(path, 'a fact needs "about" words');
  if (fact.value === undefined) throw new GlossaryProblem(path, 'a fact needs a "value"');
  return fact as GlossaryFact;
}

function mapEntries(value: unknown, path: Path, what: string): [string, unknown][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new GlossaryProblem(path, `${what} must be a mapping`);
  return Object.entries(value);
}

function listOf(value: unknown, path: Path, what: string): unknown[] {
  if (value == null) return [];
  if (!Array.isArray(value)) throw new GlossaryProblem(path, `${what} must be a list`);
  return value;
}

function stringValue(value: unknown, path: Path, what: string): string {
  if ((typeof value === 'string' || typeof value === 'number') && String(value).trim() !== '') return String(value);
  throw new GlossaryProblem(path, `${what} must be a non-empty string`);
}

/** A list of strings, or one string standing for a one-item list. */
function stringList(value: unknown, path: Path, what: string): string[] {
  if (value == null) return [];
  if (!Array.isArray(value)) {
    if (typeof value === 'string' || typeof value === 'number') return [stringValue(value, path, what)];
    throw new GlossaryProblem(path, `${what} must be a string or a list`);
  }
  return value.map((item, i) => stringValue(item, [...path, i], `each of ${what}`));
}

function dateValue(value: unknown, path: Path, what: string, bound: 'from' | 'to'): string {
  const date = value == null ? undefined : parseDateBound(value, bound);
  if (!date) throw new GlossaryProblem(path, `${what} must be a date (YYYY-MM-DD) or a year (got "${String(value)}")`);
  return date;
}
