/**
 * Merging what several documents say about one entity. The stored entity keeps its type,
 * display name and coordinates; its per-language names become the union of all names seen,
 * each list sorted by code point without duplicates. SQLite merges here; PostgreSQL merges in
 * SQL with the same rules (`dossier_merge_names` in its schema).
 */
import type { Entity } from '../pipeline/types.js';

/**
 * Orders strings by Unicode code point, the order of PostgreSQL's "C" collation (UTF-8 bytes),
 * so both adapters sort names alike (JavaScript's default sort uses UTF-16 code units, which
 * differs for characters beyond U+FFFF).
 */
export function byCodePoint(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** `names` with each language's list sorted by code point and without duplicates (languages kept as given). */
export function normaliseNames(names: Record<string, string[]>): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [lang, list] of Object.entries(names)) result[lang] = [...new Set(list)].sort(byCodePoint);
  return result;
}

/** The union of two per-language name maps, normalised. */
export function mergeNames(a: Record<string, string[]>, b: Record<string, string[]>): Record<string, string[]> {
  const result: Record<string, string[]> = { ...a };
  for (const [lang, list] of Object.entries(b)) result[lang] = [...(result[lang] ?? []), ...list];
  return normaliseNames(result);
}

/** True when two normalised name maps hold the same names. */
export function sameNames(a: Record<string, string[]>, b: Record<string, string[]>): boolean {
  const langs = Object.keys(a);
  if (langs.length !== Object.keys(b).length) return false;
  return langs.every((lang) => {
    const x = a[lang];
    const y = b[lang];
    return x !== undefined && y !== undefined && x.length === y.length && x.every((name, i) => name === y[i]);
  });
}

/**
 * `incoming` merged into `stored`: names united; type and display name stay as stored; the
 * stored coordinates stay, or the incoming ones fill a gap.
 */
export function mergeEntity(stored: Entity, incoming: Entity): Entity {
  const merged: Entity = { id: stored.id, type: stored.type, name: stored.name, names: mergeNames(stored.names, incoming.names) };
  const geo = stored.geo ?? incoming.geo;
  if (geo) merged.geo = geo;
  return merged;
}

/**
 * One entity per id (later duplicates merged into the first), names normalised, sorted by id
 * so that concurrent writers lock entity rows in the same order.
 */
export function collapseEntities(entities: readonly Entity[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const entity of entities) {
    const seen = byId.get(entity.id);
    byId.set(entity.id, seen ? mergeEntity(seen, entity) : { ...entity, names: normaliseNames(entity.names) });
  }
  return [...byId.values()].sort((a, b) => byCodePoint(a.id, b.id));
}
