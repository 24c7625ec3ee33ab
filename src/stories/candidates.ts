/**
 * The inverted index that finds clustering candidates: entity id → recent items, rare term →
 * recent items. Each item is indexed and looked up by its strongest few features only, and
 * each posting list keeps only its most recent items, so the cost per item stays bounded
 * however large the corpus (a key like `gpe:US` never fans out to every item).
 */
import type { ItemVectors } from './corpus.js';
import type { SparseVector } from './vectors.js';

/**
 * Entities per item used as index keys: the strongest by weight. Reports name a handful of
 * main actors; 12 covers them with room for places, while the long tail of passing mentions
 * (which rarely decides a match) stays out of the index.
 */
export const INDEX_ENTITIES = 12;
/** Title/lead terms per item used as index keys, the strongest (rarest, most repeated) first. */
export const INDEX_TERMS = 8;
/**
 * Items kept per posting list, most recent first. Items arrive in time order, so a key's
 * recent items are the ones a new report can continue; 200 reports on one key is several
 * days of heavy coverage.
 */
export const MAX_POSTING = 200;
/**
 * Candidates scored in full per item: those sharing the most keys. Bounds the cost of one
 * item at this many similarity computations.
 */
export const MAX_CANDIDATES = 150;

function strongest(vector: SparseVector, count: number, prefix: string): string[] {
  return vector.keys
    .map((key, i): [string, number] => [key, vector.weights[i] ?? 0])
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .slice(0, count)
    .map(([key]) => prefix + key);
}

/** The index keys of an item: its strongest entities (`e:` prefix) and terms (`t:` prefix). */
export function indexKeys(vectors: ItemVectors): string[] {
  return [...strongest(vectors.entities, INDEX_ENTITIES, 'e:'), ...strongest(vectors.terms, INDEX_TERMS, 't:')];
}

/** An inverted index over item positions (0, 1, 2 … in processing order). */
export class CandidateIndex {
  private readonly postings = new Map<string, number[]>();

  /** Adds the item at `position` under `keys`; positions must be added in increasing order. */
  add(position: number, keys: readonly string[]): void {
    for (const key of keys) {
      let list = this.postings.get(key);
      if (!list) {
        list = [];
        this.postings.set(key, list);
      }
      list.push(position);
      if (list.length > MAX_POSTING) list.shift();
    }
  }

  /**
   * Positions of indexed items sharing at least one of `keys`: the {@link MAX_CANDIDATES}
   * sharing the most keys (ties: the most recent), returned in increasing position order.
   */
  candidates(keys: readonly string[]): number[] {
    // Count shared keys per position, then take positions bucketed by count (highest first),
    // most recent first within a bucket: a bucket sort, as counts are at most keys.length.
    const counts = new Map<number, number>();
    for (const key of keys) {
      for (const position of this.postings.get(key) ?? []) counts.set(position, (counts.get(position) ?? 0) + 1);
    }
    if (counts.size <= MAX_CANDIDATES) return [...counts.keys()].sort((x, y) => x - y);
    const buckets: number[][] = Array.from({ length: keys.length + 1 }, () => []);
    for (const [position, count] of counts) (buckets[count] as number[]).push(position);
    const chosen: number[] = [];
    for (let count = keys.length; count > 0 && chosen.length < MAX_CANDIDATES; count--) {
      const bucket = (buckets[count] as number[]).sort((x, y) => y - x);
      chosen.push(...bucket.slice(0, MAX_CANDIDATES - chosen.length));
    }
    return chosen.sort((x, y) => x - y);
  }
}
