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
 * Days a posting stays in a busy list. Entries older than this (measured from the item being
 * added) are dropped from a list holding more than {@link RARE_POSTING} entries. Without it, a
 * key of middling frequency (a country in 1% of reports) fills its list only after tens of
 * thousands of items, so the postings scanned per item grew with the archive: 788 per item at
 * 10,000 synthetic items, 1,153 at 50,000 (+46%), and the far-back entries among them cost
 * cache misses (bench:stories, 150 items a day). 60 days makes every list reach its steady
 * length within the first ~9,000 items of that stream; a continuing story keeps adding fresh
 * postings, so its recent coverage is always found.
 */
export const POSTING_DAYS = 60;
/**
 * A posting list of at most this many entries is never trimmed by age: the key is rare, and a
 * rare key (a person, an agreement) is what links the chapters of a long-running story across a
 * gap of months. Trimming happens only when an item is added under the key, so a list untouched
 * during a gap still holds its old entries when the next chapter looks it up.
 */
export const RARE_POSTING = 16;
/**
 * Candidates scored in full per item: those sharing the most keys. Bounds the cost of one
 * item at this many similarity computations.
 */
export const MAX_CANDIDATES = 150;

const DAY_MS = 24 * 60 * 60 * 1000;

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

/** One key's postings: positions oldest first, from `head` on (a queue without shifting). */
interface Posting {
  positions: number[];
  head: number;
}

/** An inverted index over item positions (0, 1, 2 … in processing order). */
export class CandidateIndex {
  private readonly postings = new Map<string, Posting>();
  /** Time (epoch ms, or NaN when unknown) of each added position. */
  private readonly times: number[] = [];
  /** Shared-key counts by position, all zero between calls (reused, so a lookup allocates no map). */
  private counts = new Int32Array(1024);

  /**
   * Adds the item at `position` (at its publication time `timeMs`, epoch ms, NaN when unknown)
   * under `keys`; positions must be added in increasing order, and times should not decrease
   * (processing order).
   */
  add(position: number, keys: readonly string[], timeMs = Number.NaN): void {
    this.times[position] = timeMs;
    const oldest = timeMs - POSTING_DAYS * DAY_MS;
    for (const key of keys) {
      let posting = this.postings.get(key);
      if (!posting) {
        posting = { positions: [], head: 0 };
        this.postings.set(key, posting);
      }
      posting.positions.push(position);
      const list = posting.positions;
      if (list.length - posting.head > MAX_POSTING) posting.head++;
      // Age out busy lists. An undated item (NaN) never trims; an undated entry at the head of
      // a busy list goes with the aged ones (it is older in processing order than all the rest).
      if (!Number.isNaN(oldest)) {
        while (list.length - posting.head > RARE_POSTING && !((this.times[list[posting.head] as number] as number) >= oldest)) posting.head++;
      }
      if (posting.head > MAX_POSTING) {
        posting.positions = list.slice(posting.head);
        posting.head = 0;
      }
    }
  }

  /**
   * Positions of indexed items sharing at least one of `keys`: the {@link MAX_CANDIDATES}
   * sharing the most keys (ties: the most recent), returned in increasing position order.
   */
  candidates(keys: readonly string[]): number[] {
    if (this.counts.length < this.times.length) {
      const grown = new Int32Array(Math.max(this.times.length, this.counts.length * 2));
      grown.set(this.counts);
      this.counts = grown;
    }
    const counts = this.counts;
    const seen: number[] = [];
    for (const key of keys) {
      const posting = this.postings.get(key);
      if (!posting) continue;
      const list = posting.positions;
      for (let i = posting.head; i < list.length; i++) {
        const position = list[i] as number;
        if (counts[position] === 0) seen.push(position);
        counts[position] = (counts[position] as number) + 1;
      }
    }
    let chosen: number[];
    if (seen.length <= MAX_CANDIDATES) chosen = seen;
    else {
      // Bucket sort by shared-key count (at most keys.length), most recent first in a bucket.
      const buckets: number[][] = Array.from({ length: keys.length + 1 }, () => []);
      for (const position of seen) (buckets[counts[position] as number] as number[]).push(position);
      chosen = [];
      for (let count = keys.length; count > 0 && chosen.length < MAX_CANDIDATES; count--) {
        const bucket = (buckets[count] as number[]).sort((x, y) => y - x);
        for (let i = 0; i < bucket.length && chosen.length < MAX_CANDIDATES; i++) chosen.push(bucket[i] as number);
      }
    }
    for (const position of seen) counts[position] = 0;
    return chosen.sort((x, y) => x - y);
  }
}
