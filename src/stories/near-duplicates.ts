/**
 * Near-duplicates: the same wire copy republished by several outlets, or the same brief on two
 * captures. MinHash signatures of word 4-shingles estimate the Jaccard overlap of two texts;
 * locality-sensitive banding finds the candidate pairs without comparing every pair, so
 * grouping stays near linear in the number of items.
 */
import type { StoredItem } from '../store/store.js';
import { foldText } from './text.js';

/** Words per shingle. Four-word runs are shared by copies of one text and rarely by two texts written apart. */
export const SHINGLE_WORDS = 4;
/** Rows (hash values) per band of the signature. See {@link BANDS}. */
export const ROWS_PER_BAND = 3;
/**
 * Bands of the signature (signature length = BANDS × ROWS_PER_BAND = 63). With 21 bands of
 * 3 rows, a pair with Jaccard 0.5 becomes a candidate with probability 1 − (1 − 0.5³)²¹ ≈ 0.94,
 * one with 0.8 almost surely, one with 0.2 with probability 0.16 (then rejected on its estimate).
 */
export const BANDS = 21;
/**
 * Estimated Jaccard overlap of shingles from which two items are near-duplicates. Copies of
 * one wire text with a new headline or a cut last paragraph keep well over half their
 * shingles; two reports written apart on the same event share almost none (on the demo
 * corpus no two items of different captures exceed 0.1). 0.5 lies in the wide gap.
 */
export const NEAR_DUPLICATE_JACCARD = 0.5;
/**
 * Items kept per band bucket. A bucket that fills up holds a boilerplate passage many items
 * share; capping it keeps the cost per item bounded (copies of one text meet in many bands).
 */
export const MAX_BUCKET = 50;

const SIGNATURE_LENGTH = BANDS * ROWS_PER_BAND;

/** Seeds of the hash functions: fixed, so signatures are stable across runs and machines. */
const SEEDS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The folded word shingles of a text (a text shorter than one shingle is one shingle). */
export function shingles(text: string): Set<string> {
  const tokens = foldText(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
  const found = new Set<string>();
  if (tokens.length === 0) return found;
  if (tokens.length < SHINGLE_WORDS) found.add(tokens.join(' '));
  for (let at = 0; at + SHINGLE_WORDS <= tokens.length; at++) found.add(tokens.slice(at, at + SHINGLE_WORDS).join(' '));
  return found;
}

/** The MinHash signature of a text: per hash function, the least hash over its shingles (empty text: all 0xffffffff). */
export function minhashSignature(text: string): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const shingle of shingles(text)) {
    const base = fnv1a(shingle);
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const h = mix32(base ^ (SEEDS[i] as number));
      if (h < (signature[i] as number)) signature[i] = h;
    }
  }
  return signature;
}

/** Estimated Jaccard overlap of the shingles of two texts: the share of equal signature entries. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new Error('estimatedJaccard needs two signatures from minhashSignature (equal length).');
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) equal++;
  return equal / a.length;
}

/** The text an item's signature is made of: title and body. */
export function duplicateText(item: Pick<StoredItem, 'title' | 'text'>): string {
  return item.title ? `${item.title}\n${item.text}` : item.text;
}

/**
 * Groups of near-duplicate items (estimated Jaccard ≥ {@link NEAR_DUPLICATE_JACCARD}, joined
 * transitively): each group lists item ids sorted, groups ordered by their first id. Items
 * without a near-duplicate are in no group.
 */
export function nearDuplicateGroups(items: readonly Pick<StoredItem, 'id' | 'title' | 'text'>[]): string[][] {
  const signatures = items.map((item) => minhashSignature(duplicateText(item)));
  const parent = items.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const buckets = new Map<string, number[]>();
  signatures.forEach((signature, i) => {
    if (signature[0] === 0xffffffff) return; // no words at all
    for (let band = 0; band < BANDS; band++) {
      const key = `${band}:${signature.subarray(band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND).join(',')}`;
      const bucket = buckets.get(key) ?? [];
      for (const j of bucket) {
        if (root(i) !== root(j) && estimatedJaccard(signature, signatures[j] as Uint32Array) >= NEAR_DUPLICATE_JACCARD) parent[root(i)] = root(j);
      }
      if (bucket.length < MAX_BUCKET) bucket.push(i);
      buckets.set(key, bucket);
    }
  });
  const groups = new Map<number, string[]>();
  items.forEach((item, i) => {
    const r = root(i);
    const group = groups.get(r) ?? [];
    group.push(item.id);
    groups.set(r, group);
  });
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => group.sort())
    .sort((x, y) => ((x[0] as string) < (y[0] as string) ? -1 : 1));
}

/**
 * How many independent reports `items` are: near-duplicates (copies of one text, see
 * {@link nearDuplicateGroups}) count once. What a story view should show as its number of
 * sources, so that one wire text republished by five outlets is not five confirmations.
 */
export function independentReports(items: readonly Pick<StoredItem, 'id' | 'title' | 'text'>[]): number {
  const copies = nearDuplicateGroups(items).reduce((sum, group) => sum + group.length - 1, 0);
  return items.length - copies;
}
