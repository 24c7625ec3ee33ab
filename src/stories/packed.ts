/**
 * Item vectors packed into one growing Float64Array, in processing order, for the clustering
 * hot path. Scored as objects (five SparseVectors of typed arrays each, plus a features
 * object), an item was spread over a dozen places in memory, and a comparison with an item
 * from months back cost cache misses that grew with the archive (bench:stories: 1.0 µs for a
 * recent candidate, 2.6–3.4 µs for one more than 2,000 items back). Packed, an item is one
 * contiguous run, and recent items (most candidates) lie next to each other.
 * {@link PackedVectors.score} computes exactly what `vectorScore` in similarity.ts computes.
 */
import type { ItemVectors } from './corpus.js';
import {
  ENTITY_WEIGHT,
  EVIDENCE_POWER,
  FULL_EVIDENCE_ARTICLES,
  FULL_EVIDENCE_WITH_BRIEF,
  GRAM_WEIGHT,
  NAME_WEIGHT,
  NUMBER_BONUS,
  SINGLE_FEATURE_FACTOR,
  TERM_EVIDENCE,
  TERM_WEIGHT,
} from './similarity.js';
import { TIME_DECAY_DAYS, TIME_FLOOR } from './time.js';
import type { SparseVector } from './vectors.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Header slots: language, brief?, time (ms, NaN when unknown), published?, then the entry count of each of the five spaces. */
const HEADER = 9;
const SPACES = ['entities', 'terms', 'grams', 'names', 'numbers'] as const;

/** The packed vectors of items added in order; item `i` is the i-th added. */
export class PackedVectors {
  private pool = new Float64Array(1 << 16);
  private used = 0;
  private readonly starts: number[] = [];
  private readonly languages = new Map<string, number>();
  /** Time factor of the last {@link score} call (so callers can undo it without scoring twice). */
  lastTimeFactor = 1;

  /** Number of items added. */
  get size(): number {
    return this.starts.length;
  }

  /** Appends an item's vectors; returns its index. */
  add(vectors: ItemVectors): number {
    const f = vectors.features;
    let length = HEADER;
    for (const space of SPACES) length += 2 * vectors[space].ids.length;
    length += vectors.entities.ids.length; // entity evidence
    if (this.used + length > this.pool.length) {
      const grown = new Float64Array(Math.max(this.pool.length * 2, this.used + length));
      grown.set(this.pool.subarray(0, this.used));
      this.pool = grown;
    }
    const p = this.pool;
    const start = this.used;
    let lang = -1;
    if (f.lang !== null) {
      lang = this.languages.get(f.lang) ?? this.languages.size;
      this.languages.set(f.lang, lang);
    }
    p[start] = lang;
    p[start + 1] = f.kind === 'brief' ? 1 : 0;
    p[start + 2] = f.time.ms ?? Number.NaN;
    p[start + 3] = f.time.published ? 1 : 0;
    let at = start + HEADER;
    SPACES.forEach((space, s) => {
      const vector: SparseVector = vectors[space];
      const n = vector.ids.length;
      p[start + 4 + s] = n;
      p.set(vector.ids, at);
      p.set(vector.weights, at + n);
      at += 2 * n;
      if (space === 'entities') {
        for (let i = 0; i < n; i++) p[at + i] = vector.evidence?.[i] ?? 0;
        at += n;
      }
    });
    this.used = at;
    this.starts.push(start);
    return this.starts.length - 1;
  }

  /**
   * The similarity of items `i` and `j` (as `vectorScore(vectors of i, vectors of j)`); sets
   * {@link lastTimeFactor}.
   */
  score(i: number, j: number, windowDays: number): number {
    const p = this.pool;
    const a = this.starts[i] as number;
    const b = this.starts[j] as number;
    // Offsets of each space: ids at o, weights at o + n (entities: evidence at o + 2n).
    let ao = a + HEADER;
    let bo = b + HEADER;
    const an0 = p[a + 4] as number;
    const bn0 = p[b + 4] as number;
    // entities
    let eDot = 0;
    let eCount = 0;
    let eEvidence = 0;
    for (let x = 0, y = 0; x < an0 && y < bn0; ) {
      const u = p[ao + x] as number;
      const v = p[bo + y] as number;
      if (u === v) {
        eDot += (p[ao + an0 + x] as number) * (p[bo + bn0 + y] as number);
        eCount++;
        eEvidence += p[ao + 2 * an0 + x] as number;
        x++;
        y++;
      } else if (u < v) x++;
      else y++;
    }
    ao += 3 * an0;
    bo += 3 * bn0;
    const [tDot, tCount, an1, bn1] = this.merge(ao, bo, p[a + 5] as number, p[b + 5] as number);
    ao += 2 * an1;
    bo += 2 * bn1;
    const [gDot, , an2, bn2] = this.merge(ao, bo, p[a + 6] as number, p[b + 6] as number);
    ao += 2 * an2;
    bo += 2 * bn2;
    const [nDot, nCount, an3, bn3] = this.merge(ao, bo, p[a + 7] as number, p[b + 7] as number);
    ao += 2 * an3;
    bo += 2 * bn3;
    const [mDot, mCount] = this.merge(ao, bo, p[a + 8] as number, p[b + 8] as number);

    const la = p[a] as number;
    const lb = p[b] as number;
    const sameLanguage = la < 0 || lb < 0 ? null : la === lb;
    let weights = 0;
    let sum = 0;
    if (an0 > 0 || bn0 > 0) {
      weights += ENTITY_WEIGHT;
      sum += ENTITY_WEIGHT * eDot;
    }
    if (an2 > 0 || bn2 > 0) {
      weights += GRAM_WEIGHT;
      sum += GRAM_WEIGHT * gDot;
    }
    const withoutTerms = weights === 0 ? 0 : sum / weights;
    const hasTerms = an1 > 0 || bn1 > 0;
    const withTerms = hasTerms ? (sum + TERM_WEIGHT * tDot) / (weights + TERM_WEIGHT) : withoutTerms;
    const crossing = sameLanguage !== true && nDot > 0;
    const withNames = (used: number, usedWeights: number): number =>
      crossing ? Math.max(used, (used * usedWeights + NAME_WEIGHT * nDot) / (usedWeights + NAME_WEIGHT)) : used;
    const termWeights = weights + (hasTerms ? TERM_WEIGHT : 0);
    const content =
      sameLanguage === false ? Math.max(withNames(withoutTerms, weights), withNames(withTerms, termWeights)) : withNames(withTerms, termWeights);
    const sharedNames = crossing ? nCount : 0;
    const sharedWords = Math.max(tCount, sharedNames) + mCount;
    const evidenceMass = eEvidence + sharedWords * TERM_EVIDENCE;
    const full = p[a + 1] === 1 || p[b + 1] === 1 ? FULL_EVIDENCE_WITH_BRIEF : FULL_EVIDENCE_ARTICLES;
    const single = eCount + sharedWords === 1 ? SINGLE_FEATURE_FACTOR : 1;
    const evidence = single * Math.min(1, evidenceMass / full) ** EVIDENCE_POWER;
    let time = 1;
    const ta = p[a + 2] as number;
    const tb = p[b + 2] as number;
    if (p[a + 3] === 1 && p[b + 3] === 1 && !Number.isNaN(ta) && !Number.isNaN(tb)) {
      const beyond = Math.abs(ta - tb) / DAY_MS - windowDays;
      if (beyond > 0) time = TIME_FLOOR + (1 - TIME_FLOOR) * Math.exp(-beyond / TIME_DECAY_DAYS);
    }
    this.lastTimeFactor = time;
    return Math.min(1, content + NUMBER_BONUS * mDot) * evidence * time;
  }

  /** Dot product and shared count of the spaces at `ao` (length an) and `bo` (length bn), with the lengths. */
  private merge(ao: number, bo: number, an: number, bn: number): [number, number, number, number] {
    const p = this.pool;
    let dot = 0;
    let count = 0;
    for (let x = 0, y = 0; x < an && y < bn; ) {
      const u = p[ao + x] as number;
      const v = p[bo + y] as number;
      if (u === v) {
        dot += (p[ao + an + x] as number) * (p[bo + bn + y] as number);
        count++;
        x++;
        y++;
      } else if (u < v) x++;
      else y++;
    }
    return [dot, count, an, bn];
  }
}
