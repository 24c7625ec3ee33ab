/**
 * Sparse vectors and the weighting of raw features into them: sublinear counts times IDF
 * (times an entity-type prior for entities), normalised to unit length so cosine is a dot product.
 */
import type { EntityType } from '../pipeline/types.js';

/**
 * A unit-length sparse vector, packed for fast comparison: entries sorted by interned
 * feature id, so a dot product is one merge of two sorted arrays.
 */
export interface SparseVector {
  /** Interned feature ids (see {@link KeyInterner}), ascending. */
  readonly ids: Int32Array;
  /** Feature keys, parallel to `ids`. */
  readonly keys: readonly string[];
  /** Weights, parallel to `ids`; unit length unless all zero (then the vector is empty). */
  readonly weights: Float64Array;
  /** Optional per-entry evidence values (entity type priors), parallel to `ids`. */
  readonly evidence?: Float64Array;
}

/** Assigns small integer ids to feature keys, in first-seen order. */
export class KeyInterner {
  private readonly ids = new Map<string, number>();

  /** The id of `key`, assigned on first sight. */
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
}

/**
 * Packs weighted entries into a unit-length {@link SparseVector}. Entries with weight 0 are
 * dropped; `evidence` gives each kept key an evidence value.
 */
export function packVector(entries: Map<string, number>, interner: KeyInterner, evidence?: (key: string) => number): SparseVector {
  const kept = [...entries].filter(([, weight]) => weight !== 0).map(([key, weight]) => ({ id: interner.id(key), key, weight }));
  kept.sort((x, y) => x.id - y.id);
  let sum = 0;
  for (const entry of kept) sum += entry.weight * entry.weight;
  const norm = Math.sqrt(sum);
  const vector: SparseVector = {
    ids: Int32Array.from(kept, (entry) => entry.id),
    keys: kept.map((entry) => entry.key),
    weights: Float64Array.from(kept, (entry) => entry.weight / norm),
  };
  return evidence ? { ...vector, evidence: Float64Array.from(kept, (entry) => evidence(entry.key)) } : vector;
}

/** Number of entries of a vector. */
export function size(vector: SparseVector): number {
  return vector.ids.length;
}

/** Dot product of two vectors (their cosine, as both are unit length). */
export function dot(a: SparseVector, b: SparseVector): number {
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] as number;
    const y = bi[j] as number;
    if (x === y) sum += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** What {@link measure} finds: the dot product, and over the entries both vectors have, their count and the sum of the first vector's evidence values (entries without evidence count 0). */
export interface Measure {
  dot: number;
  count: number;
  evidence: number;
}

/**
 * The dot product of two vectors together with the count and evidence of their shared
 * entries, in one merge of the two sorted id arrays (the clustering hot path needs all three
 * in four spaces for every candidate pair).
 */
export function measure(a: SparseVector, b: SparseVector): Measure {
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let sum = 0;
  let count = 0;
  let evidence = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] as number;
    const y = bi[j] as number;
    if (x === y) {
      sum += (a.weights[i] as number) * (b.weights[j] as number);
      count++;
      evidence += a.evidence?.[i] ?? 0;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return { dot: sum, count, evidence };
}

/** Keys present in both vectors, sorted. */
export function sharedKeys(a: SparseVector, b: SparseVector): string[] {
  const other = new Set(b.keys);
  return a.keys.filter((key) => other.has(key)).sort();
}

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

