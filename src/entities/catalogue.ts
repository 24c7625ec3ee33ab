/**
 * The entity catalogue: every entity known before reading any text (countries, cities,
 * organisations, places, rivers, equipment, agreements, events), and the lexicon of their surface
 * forms per language. Both are built once, on first use.
 */
import type { Entity } from '../pipeline/types.js';
import { entityLocale } from './locales/index.js';
import { lexEntry, type LexEntry } from './lexicon.js';
import { catalogueEntities, catalogueLexicon } from './sources/catalogue-files.js';
import { cityEntities, cityLexicon } from './sources/cities.js';
import { countryEntities, countryLexicon } from './sources/countries.js';
import { riverEntities, riverLexicon } from './sources/rivers.js';

let entities: Map<string, Entity> | undefined;

function allEntities(): Map<string, Entity> {
  if (entities) return entities;
  entities = new Map();
  for (const entity of [...countryEntities(), ...cityEntities(), ...catalogueEntities(), ...riverEntities()]) entities.set(entity.id, entity);
  return entities;
}

/** The catalogue entity with this id, or undefined (persons are never in the catalogue). */
export function catalogueEntity(id: string): Entity | undefined {
  return allEntities().get(id);
}

/** True when a form in data maps to two entities of the same kind in one language (en `Congo`). */
function dropConflicts(entries: LexEntry[]): LexEntry[] {
  const owners = new Map<string, Set<string>>();
  const keyOf = (e: LexEntry): string => `${e.kind}\u0000${e.keys.join('\u0001')}`;
  for (const entry of entries) {
    const key = keyOf(entry);
    const set = owners.get(key) ?? new Set<string>();
    set.add(entry.id);
    owners.set(key, set);
  }
  return entries.filter((entry) => entry.kind === 'role' || (owners.get(keyOf(entry))?.size ?? 0) === 1);
}

/** Every surface form to look for in text of language `lang`, roles included. */
export function lexiconFor(lang: string): LexEntry[] {
  const roles = entityLocale(lang)
    .rolePhrases.map((phrase) => lexEntry(phrase, 'role', 'ROLE', 'role'))
    .filter((entry): entry is LexEntry => entry !== null);
  return dropConflicts([...countryLexicon(lang), ...cityLexicon(lang), ...catalogueLexicon(lang), ...riverLexicon(lang), ...roles]);
}
