/**
 * Lexicon entries: the surface forms the matcher looks for, each pointing to an entity id.
 */
import type { EntityType } from '../pipeline/types.js';
import { tokenizeForm } from './tokenize.js';

/** What kind of source a form comes from; decides priority and the provenance rule. */
export type LexKind = 'country' | 'org' | 'loc' | 'fac' | 'agreement' | 'equipment' | 'event' | 'demonym' | 'city' | 'role';

/**
 * Priority when two forms match the same span equally well: a country beats an organisation
 * of the same name, a demonym beats a city (`Brits` in Dutch), a city beats nothing else.
 */
export const KIND_PRIORITY: Readonly<Record<LexKind, number>> = {
  country: 9, org: 8, loc: 7, fac: 7, agreement: 6, equipment: 6, event: 6, demonym: 5, city: 4, role: 3,
};

/** The type a role cue would have if it were an entity (roles are cues, never output). */
export type LexType = EntityType | 'ROLE';

/** One surface form to match. */
export interface LexEntry {
  /** The form as written in data. */
  form: string;
  /** Token keys of the form (NFC, plain apostrophes). */
  keys: string[];
  /** Gap before each key (0 = glued, 1 = space); gaps[0] is unused. */
  gaps: number[];
  /** Keys in upper case, for matching all-caps datelines (`PARIJS`). */
  upper: string[];
  id: string;
  type: LexType;
  kind: LexKind;
  /** True when every letter of the form is a capital (an acronym such as `US`, `NAVO`). */
  acronym: boolean;
  /** True for a demonym that names a person (`Belg`, `Franzose`), not an adjective (`Belgisch`, `Philippine`). */
  inhabitant?: boolean;
}

/** Builds an entry from a form; null when the form has no word in it. */
export function lexEntry(form: string, id: string, type: LexType, kind: LexKind): LexEntry | null {
  const { keys, gaps } = tokenizeForm(form);
  if (keys.length === 0 || !keys.some((k) => /[\p{L}\p{N}]/u.test(k))) return null;
  const letters = form.replace(/[^\p{L}]/gu, '');
  return { form, keys, gaps, upper: keys.map((k) => k.toUpperCase()), id, type, kind, acronym: letters.length > 0 && letters === letters.toUpperCase() };
}
