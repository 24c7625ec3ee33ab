/**
 * Finding the one stored entity a name (in any language) or an id stands for, for
 * `dossier entity`. Exact matches first (an id, a catalogue name, a person's id spelling, a
 * stored name), then whole words of stored names (`Kihara`, `Lawrow`); more than one match is
 * ambiguous and is reported, never guessed.
 */
import { annotate, lookupEntity } from '../../entities/index.js';
import { personId, spellingsOf } from '../../entities/names.js';
import type { Entity } from '../../pipeline/types.js';
import type { EntitySummary, Store } from '../../store/store.js';

/**
 * Most candidates listed for an ambiguous name. A name shared by more entities than this is
 * too vague to pick from a list anyway; the message says to add a given name or use an id.
 */
export const MAX_CANDIDATES = 20;

/** How a name was resolved. */
export type LookupBasis = 'id' | 'name' | 'catalogue' | 'person-id' | 'word';

/** The outcome of a lookup. */
export type Lookup =
  | { kind: 'found'; entity: EntitySummary; basis: LookupBasis }
  | { kind: 'ambiguous'; candidates: EntitySummary[]; basis: LookupBasis }
  | { kind: 'unknown'; known: Entity | null };

/** The catalogue entity a whole text names in `lang` (`Lüttich` → Liège), or null. */
function catalogueId(text: string, lang: string): string | null {
  const mentions = annotate(text, lang);
  const only = mentions.length === 1 ? mentions[0] : undefined;
  return only && only.start === 0 && only.end === text.length ? only.entity : null;
}

/** The summaries of `ids` that are stored, with the basis of each, by mentions then id. */
function merge(found: Map<string, { entity: EntitySummary; basis: LookupBasis }>): { entity: EntitySummary; basis: LookupBasis }[] {
  return [...found.values()].sort((a, b) => b.entity.mentions - a.entity.mentions || (a.entity.id < b.entity.id ? -1 : 1));
}

/** The outcome for the matches of one step: null when there were none. */
function outcome(matches: { entity: EntitySummary; basis: LookupBasis }[]): Lookup | null {
  const [first] = matches;
  if (!first) return null;
  if (matches.length === 1) return { kind: 'found', entity: first.entity, basis: first.basis };
  return { kind: 'ambiguous', candidates: matches.map((m) => m.entity).slice(0, MAX_CANDIDATES), basis: first.basis };
}

/**
 * Resolves `query` (an entity id, or a name written in any language; only names of language
 * `lang` when given) to one stored entity.
 */
export async function lookupStoredEntity(store: Store, query: string, lang?: string): Promise<Lookup> {
  const text = query.trim();
  const byId = await store.getEntity(text);
  if (byId) return { kind: 'found', entity: byId, basis: 'id' };

  const exact = new Map<string, { entity: EntitySummary; basis: LookupBasis }>();
  const fromCatalogue = catalogueId(text, lang ?? 'und');
  const words = text.split(/\s+/);
  const asPerson = words.length >= 2 ? personId(words) : null;
  const known = await store.getEntities([fromCatalogue, asPerson].filter((id): id is string => id !== null));
  for (const entity of known) exact.set(entity.id, { entity, basis: entity.id === fromCatalogue ? 'catalogue' : 'person-id' });
  for (const entity of await store.findEntities(text, { ...(lang ? { lang } : {}), limit: MAX_CANDIDATES })) {
    if (!exact.has(entity.id)) exact.set(entity.id, { entity, basis: 'name' });
  }
  // A bare surname stored on its own (`per:biden`, never linked) is no answer while full names share it.
  const surnameOnly = [...exact.values()].every(({ entity }) => entity.type === 'PER' && !/\s/.test(entity.name.trim()));
  const exactOutcome = surnameOnly ? null : outcome(merge(exact));
  if (exactOutcome) return exactOutcome;

  // Whole words of stored names, in every spelling ids treat as one (`Lawrow` finds `Sergej Lavrov`).
  const partial = new Map<string, { entity: EntitySummary; basis: LookupBasis }>(exact);
  const spellings = words.length === 1 ? spellingsOf(text) : [text];
  for (const spelling of spellings) {
    for (const entity of await store.findEntities(spelling, { ...(lang ? { lang } : {}), words: true, limit: MAX_CANDIDATES })) {
      partial.set(entity.id, { entity, basis: 'word' });
    }
  }
  const partialOutcome = outcome(merge(partial));
  if (partialOutcome) return partialOutcome;
  return { kind: 'unknown', known: fromCatalogue ? lookupEntity(fromCatalogue) : null };
}
