// The reference glossary: people, places and organisations with their correct
// spellings and time-bound roles, and key figures. Loaded and validated once
// per run, then handed to every rule as one indexed, read-only object.
import { isScalar, type Node } from 'yaml';
import { parseDateBound } from './dates.js';
import {
  entries,
  expectMap,
  expectSeq,
  expectString,
  fileStamp,
  isNullNode,
  readStructuredFile,
  seqOrScalar,
  toValue,
  type StructuredFile,
} from './structured.js';

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
  const glossary = buildGlossary(mergeGlossaryData(paths.map((p) => readGlossaryData(readStructuredFile(p)))));
  loaded.set(key, { stamps, glossary });
  return glossary;
}

// --- validation: every problem is reported as `file:line:col: what` --------

export function readGlossaryData(file: StructuredFile): GlossaryData {
  const root = file.doc.contents;
  if (isNullNode(root)) return {};
  const top = expectMap(file, root, 'the glossary');
  const data: GlossaryData = {};
  for (const [key, keyNode, value] of entries(file, top)) {
    if (key === 'asOf') data.asOf = dateValue(file, value, 'asOf', 'from');
    else if (key === 'entities') data.entities = isNullNode(value) ? [] : expectSeq(file, value, 'entities').map((n) => readEntity(file, n));
    else if (key === 'facts') data.facts = isNullNode(value) ? [] : expectSeq(file, value, 'facts').map((n) => readFact(file, n));
    else file.fail(keyNode, `unknown key "${key}" (expected asOf, entities, facts)`);
  }
  return data;
}

function readEntity(file: StructuredFile, node: Node): GlossaryEntity {
  const map = expectMap(file, node, 'an entity');
  const entity: GlossaryEntity = { name: '', aliases: [], misspellings: [], roles: [] };
  for (const [key, keyNode, value] of entries(file, map)) {
    if (key === 'name') entity.name = expectString(file, value, 'name');
    else if (key === 'aliases') entity.aliases = stringList(file, value, 'aliases');
    else if (key === 'misspellings') entity.misspellings = stringList(file, value, 'misspellings');
    else if (key === 'type') {
      const type = expectString(file, value, 'type') as EntityType;
      if (!ENTITY_TYPES.has(type)) file.fail(value, `type must be one of person, organization, place, other (got "${type}")`);
      entity.type = type;
    } else if (key === 'roles') entity.roles = isNullNode(value) ? [] : expectSeq(file, value, 'roles').map((n) => readRole(file, n));
    else file.fail(keyNode, `unknown entity key "${key}" (expected name, aliases, misspellings, type, roles)`);
  }
  if (!entity.name) file.fail(node, 'an entity needs a name');
  return entity;
}

function readRole(file: StructuredFile, node: Node): GlossaryRole {
  const map = expectMap(file, node, 'a role');
  const role: GlossaryRole = { title: '', titleAliases: [] };
  for (const [key, keyNode, value] of entries(file, map)) {
    if (key === 'title') role.title = expectString(file, value, 'title');
    else if (key === 'titleAliases') role.titleAliases = stringList(file, value, 'titleAliases');
    else if (key === 'of') role.of = isNullNode(value) ? undefined : expectString(file, value, 'of');
    else if (key === 'from') role.from = isNullNode(value) ? undefined : dateValue(file, value, 'from', 'from');
    else if (key === 'to') role.to = isNullNode(value) ? undefined : dateValue(file, value, 'to', 'to');
    else file.fail(keyNode, `unknown role key "${key}" (expected title, titleAliases, of, from, to)`);
  }
  if (!role.title) file.fail(node, 'a role needs a title');
  if (role.from && role.to && role.from > role.to) file.fail(node, `role "${role.title}" ends (${role.to}) before it starts (${role.from})`);
  return role;
}

function readFact(file: StructuredFile, node: Node): GlossaryFact {
  const map = expectMap(file, node, 'a fact');
  const fact: Partial<GlossaryFact> = {};
  for (const [key, keyNode, value] of entries(file, map)) {
    if (key === 'id') fact.id = expectString(file, value, 'id');
    else if (key === 'about') fact.about = stringList(file, value, 'about');
    else if (key === 'value') {
      const raw = isScalar(value) ? value.value : undefined;
      const number = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.replace(/,/g, '')) : NaN;
      if (!Number.isFinite(number)) file.fail(value, 'value must be a number');
      fact.value = number;
    } else if (key === 'unit') fact.unit = expectString(file, value, 'unit');
    else if (key === 'note') fact.note = String(toValue(file, value) ?? '');
    else file.fail(keyNode, `unknown fact key "${key}" (expected id, about, value, unit, note)`);
  }
  if (!fact.about?.length) file.fail(node, 'a fact needs "about" words');
  if (fact.value === undefined) file.fail(node, 'a fact needs a "value"');
  return fact as GlossaryFact;
}

function stringList(file: StructuredFile, node: Node | null, what: string): string[] {
  if (isNullNode(node)) return [];
  return seqOrScalar(file, node, what).map((item) => expectString(file, item, `each of ${what}`));
}

function dateValue(file: StructuredFile, node: Node | null, what: string, bound: 'from' | 'to'): string {
  const raw = isScalar(node) ? node.value : undefined;
  const date = raw === undefined || raw === null ? undefined : parseDateBound(raw, bound);
  if (!date) return file.fail(node, `${what} must be a date (YYYY-MM-DD) or a year (got "${String(raw)}")`);
  return date;
}
