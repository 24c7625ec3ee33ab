/**
 * Sparse vectors and the weighting of raw features into them: sublinear counts times IDF
 * (times an entity-type prior for entities), normalised to unit length so cosine is a dot product.
 */
import type { EntityType } from '../pipeline/types.js';

/** A sparse vector: feature key → weight. */
export type SparseVector = Map<string, number>;

/**
 * Prior weight of an entity by type, multiplied with its IDF. IDF alone needs a large corpus
 * to learn that places are shared by unrelated reports; the prior encodes that from the
 * start: persons, organisations, equipment, agreements, facilities and events name one
 * development far more specifically than a place does.
 */
export const ENTITY_TYPE_WEIGHTS: Readonly<Record<EntityType, number>> = {
  PER: 1,
  ORG: 1,
  EQUIPMENT: 1,
  AGREEMENT: 1,
  EVENT: 1,
  FAC: 1,
  GPE: 0.8,
  LOC: 0.8,
  MISC: 0.7,
};

/**
 * Weight of a country (`gpe:` plus an ISO 3166 alpha-2 code, e.g. `gpe:JP`) instead of the
 * GPE weight. There are only ~200 countries, so any two reports about the same region share
 * one; a fire in a Japanese city and a US–Japan summit both mention Japan. Half weight makes
 * a shared country count, but never decide a match alone.
 */
export const COUNTRY_WEIGHT = 0.5;

/** True for a country-level entity id such as `gpe:JP`. */
export function isCountryId(entity: string): boolean {
  return /^gpe:[A-Z]{2}$/.test(entity);
}

/** The type prior of one entity: {@link COUNTRY_WEIGHT} for countries, else by type (1 when unknown). */
export function entityPrior(entity: string, type: EntityType | undefined): number {
  if (isCountryId(entity)) return COUNTRY_WEIGHT;
  return type !== undefined ? ENTITY_TYPE_WEIGHTS[type] : 1;
}

/** Sublinear count: 1 + ln(count) for counts ≥ 1, so the tenth mention adds less than the second. */
export function sublinear(count: number): number {
  return count >= 1 ? 1 + Math.log(count) : count;
}

/** Scales a vector to unit length in place (an all-zero vector stays empty) and returns it. */
export function normalise(vector: SparseVector): SparseVector {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  if (sum === 0) {
    vector.clear();
    return vector;
  }
  const norm = Math.sqrt(sum);
  for (const [key, value] of vector) vector.set(key, value / norm);
  return vector;
}

/** Dot product of two sparse vectors (the cosine when both are unit length). */
export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, value] of small) {
    const other = large.get(key);
    if (other !== undefined) sum += value * other;
  }
  return sum;
}

/** Keys present in both vectors, sorted. */
export function sharedKeys(a: SparseVector, b: SparseVector): string[] {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return [...small.keys()].filter((key) => large.has(key)).sort();
}
