/**
 * The items most similar to one item, with the reasons (shared entities, names, terms,
 * numbers, distance in time, near-duplicate text): what `dossier similar ITEM` prints.
 */
import type { StoredItem } from '../store/store.js';
import { CorpusStats } from './corpus.js';
import { duplicateText, estimatedJaccard, minhashSignature, NEAR_DUPLICATE_JACCARD } from './near-duplicates.js';
import { vectorSimilarity, type SimilarityReasons } from './similarity.js';
import { checkWindowDays } from './time.js';

/** Default number of similar items returned. */
export const DEFAULT_SIMILAR_LIMIT = 10;

const DAY_MS = 24 * 60 * 60 * 1000;

/** One item similar to the asked one. */
export interface SimilarItem {
  item: StoredItem;
  score: number;
  reasons: SimilarityReasons;
  /** Days between the two items' times (publication date, else capture time); null when either does not parse. */
  daysApart: number | null;
  /** Estimated Jaccard overlap of the two texts' word shingles (see near-duplicates.ts). */
  textOverlap: number;
  /** True when {@link textOverlap} reaches {@link NEAR_DUPLICATE_JACCARD}: the same text, republished. */
  nearDuplicate: boolean;
}

/** Options of {@link similarItems}. */
export interface SimilarOptions {
  /** How many items to return (default {@link DEFAULT_SIMILAR_LIMIT}). */
  limit?: number;
  /** Days two publication dates may lie apart without penalty (see time.ts). */
  windowDays?: number;
}

/**
 * The items of `items` most similar to the one with id `itemId`, best first (ties by id),
 * leaving out items that share nothing with it. IDF comes from `items`, as in clustering.
 * @throws when no item has id `itemId`, or an option is out of range
 */
export function similarItems(itemId: string, items: readonly StoredItem[], options: SimilarOptions = {}): SimilarItem[] {
  const limit = options.limit ?? DEFAULT_SIMILAR_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`limit must be a whole number ≥ 1 (got ${limit}); omit it for ${DEFAULT_SIMILAR_LIMIT}.`);
  const windowDays = checkWindowDays(options.windowDays);
  const target = items.find((item) => item.id === itemId);
  if (!target) throw new Error(`No item has id "${itemId}"; item ids look like <16 hex>:<index>, see \`dossier search\` or \`dossier story ID\`.`);
  const corpus = new CorpusStats(items);
  const own = corpus.vectors(target);
  const signature = minhashSignature(duplicateText(target));
  const scored: { item: StoredItem; score: number }[] = [];
  for (const item of items) {
    if (item.id === itemId) continue;
    const score = vectorSimilarity(own, corpus.vectors(item), windowDays).score;
    if (score > 0) scored.push({ item, score });
  }
  scored.sort((x, y) => y.score - x.score || (x.item.id < y.item.id ? -1 : 1));
  return scored.slice(0, limit).map(({ item }) => {
    const other = corpus.vectors(item);
    const { score, reasons } = vectorSimilarity(own, other, windowDays);
    const at = own.features.time.ms;
    const bt = other.features.time.ms;
    const textOverlap = estimatedJaccard(signature, minhashSignature(duplicateText(item)));
    return {
      item,
      score,
      reasons,
      daysApart: at === null || bt === null ? null : Math.abs(at - bt) / DAY_MS,
      textOverlap,
      nearDuplicate: textOverlap >= NEAR_DUPLICATE_JACCARD,
    };
  });
}
