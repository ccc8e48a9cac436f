// The reference glossary: people, places and organisations with their correct
// spellings and time-bound roles, and key figures. Loaded and validated once
// per run, then handed to every rule as one indexed, read-only object.
import { resolve } from 'node:path';
import { parseDateBound } from '../util/dates.js';
import { UsageError } from '../util/errors.js';
import { DOLLAR_WORDS, PERCENT_WORDS, SCALE_WORDS } from '../util/number-words.js';
import { fileStamp, readPlainFile } from '../parse/structured.js';
import { WeighedCache } from '../util/memo.js';
import { fileBytes } from '../util/read-file.js';

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
  /** The whole value, scale words applied (`value: 40, unit: billion` is 40000000000). */
  value: number;
  /** What is counted, scale words removed: `%`, `$`, or a noun (`people`, `new jobs`); undefined: any number. */
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
  /** `file:line:col: what` for each entry that loads but that no rule can use (a fact whose unit no text can carry). */
  warnings: readonly string[];
}

const ENTITY_TYPES = new Set<EntityType>(['person', 'organization', 'place', 'other']);

export function buildGlossary(data: GlossaryData = {}, warnings: readonly string[] = []): Glossary {
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
  return { asOf: data.asOf, entities, facts: (data.facts ?? []).map(wholeValue), byForm, byMisspelling, knownWords, titles, warnings };
}

/** One glossary file's data, with the place of each entity, role and fact (computed when a conflict names it). */
export interface GlossaryPart {
  data: GlossaryData;
  entityPlace(index: number): string;
  rolePlace(entity: number, role: number): string;
  factPlace(index: number): string;
}

/**
 * Merge glossary files, in order. The same entity (same name, no different
 * type) in two files is one entity: aliases, misspellings and roles are
 * united, so that a desk glossary can add to a shared one without making the
 * name ambiguous. The same fact (same id, or the same `about` words and unit)
 * is kept once. Two files that disagree (a role's dates, a fact's value) are
 * an error naming both places; entries of one file are never merged with
 * each other (a file may list two people of one name).
 */
export function mergeGlossaryParts(parts: readonly GlossaryPart[]): GlossaryData {
  type Merged = { entity: GlossaryEntity; part: number; index: number; rolePlaces: (() => string)[] };
  const entities: Merged[] = [];
  const byName = new Map<string, Merged[]>();
  const facts: { fact: GlossaryFact; part: number; place: () => string }[] = [];
  const factByKey = new Map<string, (typeof facts)[number]>();
  parts.forEach((part, p) => {
    (part.data.entities ?? []).forEach((raw, e) => {
      const entity = raw as GlossaryEntity;
      const rolePlaces = entity.roles.map((_, r) => () => part.rolePlace(e, r));
      const key = entity.name.toLowerCase();
      const candidates = (byName.get(key) ?? []).filter((m) => m.part !== p && (!m.entity.type || !entity.type || m.entity.type === entity.type));
      if (candidates.length !== 1) {
        const merged = { entity: { ...entity, aliases: [...entity.aliases], misspellings: [...entity.misspellings], roles: [...entity.roles] }, part: p, index: e, rolePlaces };
        entities.push(merged);
        byName.set(key, [...(byName.get(key) ?? []), merged]);
        return;
      }
      const target = candidates[0]!;
      target.entity.type ??= entity.type;
      target.entity.aliases = unite(target.entity.aliases, entity.aliases);
      target.entity.misspellings = unite(target.entity.misspellings, entity.misspellings);
      entity.roles.forEach((role, r) => mergeRole(target, role, rolePlaces[r]!, entity.name));
    });
    (part.data.facts ?? []).forEach((fact, f) => {
      const place = () => part.factPlace(f);
      const key = factKey(fact);
      const earlier = factByKey.get(key);
      if (earlier && earlier.part !== p) {
        if (earlier.fact.value === fact.value && earlier.fact.unit === fact.unit) return;
        throw new UsageError(`${place()}: fact ${describeFact(fact)} conflicts with ${earlier.place()} (${describeValue(fact)} here, ${describeValue(earlier.fact)} there)`);
      }
      const entry = { fact, part: p, place };
      facts.push(entry);
      if (!earlier) factByKey.set(key, entry);
    });
  });
  return {
    asOf: parts.map((p) => p.data.asOf).find(Boolean),
    entities: entities.map((m) => m.entity),
    facts: facts.map((f) => f.fact),
  };

  function mergeRole(target: Merged, role: GlossaryRole, place: () => string, name: string): void {
    const same = (r: GlossaryRole) => r.title.toLowerCase() === role.title.toLowerCase() && (r.of ?? '').toLowerCase() === (role.of ?? '').toLowerCase();
    for (const [i, existing] of target.entity.roles.entries()) {
      if (!same(existing) || !overlap(existing, role)) continue;
      const from = existing.from && role.from && existing.from !== role.from ? undefined : (existing.from ?? role.from ?? '');
      if (from === undefined || existing.to !== role.to) {
        throw new UsageError(`${place()}: role "${role.title}" of "${name}" (${describeTerm(role)}) conflicts with ${target.rolePlaces[i]!()} (${describeTerm(existing)})`);
      }
      target.entity.roles[i] = { ...existing, from: from || undefined, titleAliases: unite(existing.titleAliases, role.titleAliases) };
      return;
    }
    target.entity.roles.push(role);
    target.rolePlaces.push(place);
  }
}

/** `a` and the items of `b` it lacks (compared case-insensitively). */
function unite(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a.map((x) => x.toLowerCase()));
  return [...a, ...b.filter((x) => !seen.has(x.toLowerCase()) && seen.add(x.toLowerCase()))];
}

/** Whether two terms share a day (an absent `from` is an unknown start, an absent `to` holds still). */
function overlap(a: GlossaryRole, b: GlossaryRole): boolean {
  return (a.from ?? '') <= (b.to ?? '9999-12-31') && (b.from ?? '') <= (a.to ?? '9999-12-31');
}

function describeTerm(role: GlossaryRole): string {
  return `${role.from ?? 'unknown start'} to ${role.to ?? 'now'}`;
}

function factKey(fact: GlossaryFact): string {
  return fact.id !== undefined ? `id\0${fact.id}` : `about\0${fact.about.map((a) => a.toLowerCase()).sort().join('\0')}\0${fact.unit ?? ''}`;
}

function describeFact(fact: GlossaryFact): string {
  return fact.id !== undefined ? `"${fact.id}"` : `about ${fact.about.map((a) => `"${a}"`).join(', ')}`;
}

function describeValue(fact: GlossaryFact): string {
  return fact.unit ? `${fact.value} ${fact.unit}` : String(fact.value);
}

/** Glossaries are kept by the bytes of their files: a long-lived process (the language server) may meet many sets, some of 100,000 entities. */
const GLOSSARY_CACHE_BYTES = 64 * 1024 * 1024;
const loaded = new WeighedCache<{ stamps: string; glossary: Glossary }>(GLOSSARY_CACHE_BYTES);

/**
 * Load, validate and merge glossary files (a file named twice is read once).
 * A set is loaded once and read again only when one of its files changes
 * (for the LSP server).
 */
export function loadGlossary(given: readonly string[]): Glossary {
  const paths = [...new Set(given.map((p) => resolve(p)))];
  const key = paths.join('\0');
  const stamps = paths.map((p) => fileStamp(p) ?? 'missing').join('|');
  const cached = loaded.get(key);
  if (cached?.stamps === stamps) return cached.glossary;
  const parts = paths.map((p) => readGlossaryFile(p));
  const glossary = buildGlossary(mergeGlossaryParts(parts), parts.flatMap((part) => part.warnings));
  loaded.set(key, { stamps, glossary }, paths.reduce((bytes, p) => bytes + fileBytes(p), 0));
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

function readGlossaryFile(path: string): GlossaryPart & { warnings: string[] } {
  const { value, locate, place } = readPlainFile(path);
  const notes: Note[] = [];
  let data: GlossaryData;
  try {
    data = readGlossaryData(value, notes);
  } catch (error) {
    if (error instanceof GlossaryProblem) throw locate(error.path, error.what, error.atKey);
    throw error;
  }
  return {
    data,
    warnings: notes.map((note) => `${place(note.path)}: ${note.what}`),
    entityPlace: (e) => place(['entities', e]),
    rolePlace: (e, r) => place(['entities', e, 'roles', r]),
    factPlace: (f) => place(['facts', f]),
  };
}

/** An entry that loads but that no rule can use: a warning, never an error, never silence. */
interface Note {
  path: Path;
  what: string;
}

/** Validate a glossary given as plain data (parsed YAML or JSON); entries no rule can use are added to `notes`. */
export function readGlossaryData(value: unknown, notes: Note[] = []): GlossaryData {
  if (value == null) return {};
  const data: GlossaryData = {};
  for (const [key, item] of mapEntries(value, [], 'the glossary')) {
    if (key === 'asOf') data.asOf = dateValue(item, ['asOf'], 'asOf', 'from');
    else if (key === 'entities') data.entities = listOf(item, ['entities'], 'entities').map((e, i) => readEntity(e, ['entities', i]));
    else if (key === 'facts') data.facts = listOf(item, ['facts'], 'facts').map((f, i) => readFact(f, ['facts', i], notes));
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

function readFact(value: unknown, path: Path, notes: Note[]): GlossaryFact {
  const fact: Partial<GlossaryFact> = {};
  let written: WrittenValue | undefined;
  let unit: WrittenValue | undefined;
  for (const [key, item] of mapEntries(value, path, 'a fact')) {
    const at = [...path, key];
    if (key === 'id') fact.id = stringValue(item, at, 'id');
    else if (key === 'about') fact.about = stringList(item, at, 'about');
    else if (key === 'value') {
      written = typeof item === 'number' ? { factor: 1, value: item } : typeof item === 'string' ? readWrittenValue(item) : undefined;
      if (written?.value === undefined || !Number.isFinite(written.value)) {
        throw new GlossaryProblem(at, `value must be a number, optionally with a scale word or unit ("45000", "40 billion", "$1.1 billion", "2.5%"); got ${JSON.stringify(item)}`);
      }
    } else if (key === 'unit') {
      unit = readWrittenValue(stringValue(item, at, 'unit'));
      if (unit.value !== undefined) throw new GlossaryProblem(at, `unit must be words or a sign, not a number (got ${JSON.stringify(item)}); the number goes in "value"`);
    } else if (key === 'note') fact.note = item == null ? undefined : String(item);
    else throw new GlossaryProblem(at, `unknown fact key "${key}" (expected id, about, value, unit, note)`, true);
  }
  if (!fact.about?.length) throw new GlossaryProblem(path, 'a fact needs "about" words');
  if (written === undefined) throw new GlossaryProblem(path, 'a fact needs a "value"');
  fact.value = scaled(written.value!, written.factor * (unit?.factor ?? 1));
  if (written.unit && unit?.unit && written.unit !== unit.unit) {
    throw new GlossaryProblem([...path, 'unit'], `unit "${unit.unit}" contradicts the value's own "${written.unit}"`);
  }
  fact.unit = unit?.unit ?? written.unit;
  if (fact.unit && fact.unit !== '%' && fact.unit !== '$' && !/^[\p{L}][\p{L}'’-]*(?: [\p{L}][\p{L}'’-]*)*$/u.test(fact.unit)) {
    notes.push({
      path: [...path, 'unit'],
      what: `unit "${fact.unit}" is never found in text (a fact's unit is %, $, a scale word or the noun counted, such as "people"): fact-number never checks this fact`,
    });
  }
  return fact as GlossaryFact;
}

/** A value or a unit as written in the glossary: the number (if any), its scale factor, and the unit left over. */
interface WrittenValue {
  value?: number;
  factor: number;
  /** `%`, `$`, or the remaining words, lower-cased and single-spaced; undefined when nothing is left. */
  unit?: string;
}

const SCALE_FACTOR = new Map(SCALE_WORDS);
const NUMBER_PART = /^(?:(us\$|\$)\s*)?([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)(?:e[+-]?\d+)?(?=\s|%|$)/i;

/**
 * Read `40 billion`, `$1.1 billion`, `2.5 per cent`, `45,000`, or a unit
 * such as `billion dollars`, `million people`, `percent`: scale words are
 * part of the value, percent and dollar words become `%` and `$`.
 */
function readWrittenValue(text: string): WrittenValue {
  let rest = text.trim().toLowerCase().replace(/[\s\u00a0]+/g, ' ');
  const result: WrittenValue = { factor: 1 };
  const number = NUMBER_PART.exec(rest);
  if (number) {
    result.value = Number(number[0].replace(/^(us\$|\$)\s*/, '').replace(/,/g, ''));
    if (number[1]) result.unit = '$';
    rest = rest.slice(number[0].length).trim();
  } else if (/\d/.test(rest)) {
    result.value = NaN;
    return result;
  }
  for (let scale = /^(\p{L}+)\b ?/u.exec(rest); scale && SCALE_FACTOR.has(scale[1]!); scale = /^(\p{L}+)\b ?/u.exec(rest)) {
    result.factor *= SCALE_FACTOR.get(scale[1]!)!;
    rest = rest.slice(scale[0].length);
  }
  rest = rest.trim();
  if (PERCENT_WORDS.includes(rest)) result.unit = '%';
  else if (DOLLAR_WORDS.includes(rest)) result.unit = '$';
  else if (rest) {
    if (result.unit === '$') result.value = NaN; // `$40 people`
    else result.unit = rest;
  }
  return result;
}

/** A fact with its unit's scale words applied to the value (`value: 40, unit: billion` as a library caller may give it); a fact read from a file has them applied already. */
function wholeValue(fact: GlossaryFact): GlossaryFact {
  if (!fact.unit) return fact;
  const unit = readWrittenValue(fact.unit);
  if (unit.value !== undefined || (unit.factor === 1 && unit.unit === fact.unit)) return fact;
  return { ...fact, value: scaled(fact.value, unit.factor), unit: unit.unit };
}

/** `value * factor` without the binary fraction's noise (`1.1 * 1e9` is 1100000000). */
function scaled(value: number, factor: number): number {
  return factor === 1 ? value : Number((value * factor).toPrecision(15));
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
