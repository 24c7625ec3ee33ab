/**
 * Reading the entity data files under data/. Each loader checks the shape it needs and throws
 * an Error naming the file and the fix when the file is missing or malformed (a broken
 * installation, not bad input).
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../pipeline/paths.js';
import type { EntityType } from '../pipeline/types.js';

/** Names of one catalogue entry per language code; `*` = matched in every language. */
export type NamesByLanguage = Record<string, string[]>;

/** One entry of a hand-written catalogue file (organisations, equipment, agreements …). */
export interface CatalogueEntry {
  id: string;
  type: EntityType;
  name: string;
  names: NamesByLanguage;
}

const ENTITY_TYPES: ReadonlySet<string> = new Set(['PER', 'ORG', 'GPE', 'LOC', 'FAC', 'EQUIPMENT', 'AGREEMENT', 'EVENT', 'MISC']);

function fail(file: string, problem: string): never {
  throw new Error(`data/${file}: ${problem}; restore the file from the Dossier package (or fix it and rerun the tests).`);
}

/** Parses a JSON file under data/. */
export function readDataJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(dataPath(file), 'utf8');
  } catch {
    fail(file, 'cannot be read');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(file, `is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** The non-comment lines of a text list under data/ (`#` starts a comment line). */
export function readDataList(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(dataPath(file), 'utf8');
  } catch {
    fail(file, 'cannot be read');
  }
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}

function isNames(value: unknown): value is NamesByLanguage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((list) => Array.isArray(list) && list.every((name) => typeof name === 'string' && name.trim() !== ''));
}

/** Reads a catalogue file: `{ entries: [{ id, type, name, names }] }`, ids starting with `prefix`. */
export function readCatalogueFile(file: string, prefixes: readonly string[]): CatalogueEntry[] {
  const data = readDataJson(file) as { entries?: unknown };
  if (!Array.isArray(data.entries)) fail(file, 'has no "entries" array');
  return data.entries.map((raw: unknown, index: number) => {
    const entry = raw as Partial<CatalogueEntry>;
    const where = `entry ${index} (${String(entry.id)})`;
    if (typeof entry.id !== 'string' || !prefixes.some((p) => entry.id!.startsWith(p))) fail(file, `${where} needs an id starting with ${prefixes.join(' or ')}`);
    if (typeof entry.type !== 'string' || !ENTITY_TYPES.has(entry.type)) fail(file, `${where} has an unknown type`);
    if (typeof entry.name !== 'string') fail(file, `${where} has no display name`);
    if (!isNames(entry.names)) fail(file, `${where} needs "names": { lang: [name, …] }`);
    return { id: entry.id, type: entry.type, name: entry.name, names: entry.names };
  });
}

/** Reads a `{ key: { lang: [names] } }` map (country variants, demonyms). */
export function readNamesMap(file: string, key: string): Record<string, NamesByLanguage> {
  const data = readDataJson(file) as Record<string, unknown>;
  const map = data[key];
  if (typeof map !== 'object' || map === null) fail(file, `has no "${key}" object`);
  for (const [code, names] of Object.entries(map)) if (!isNames(names)) fail(file, `"${key}.${code}" needs { lang: [name, …] }`);
  return map as Record<string, NamesByLanguage>;
}
