/**
 * Corpus statistics for story similarity: how many items use each feature (document
 * frequency), turned into IDF so that features every report has (`gpe:US`, "minister")
 * weigh less than rare ones. Also caches each item's features and weighted vectors.
 */
import type { StoredItem } from '../store/store.js';
import { itemFeatures, type ItemFeatures } from './features.js';
import { entityPrior, normalise, sublinear, type SparseVector } from './vectors.js';

/** The four feature spaces of an item. */
export type FeatureSpace = 'entities' | 'terms' | 'grams' | 'numbers';

/** An item's features with their IDF-weighted, unit-length vectors. */
export interface ItemVectors {
  features: ItemFeatures;
  entities: SparseVector;
  terms: SparseVector;
  grams: SparseVector;
  numbers: SparseVector;
}

/** Document frequencies over a corpus of items, with a cache of per-item vectors. */
export class CorpusStats {
  /** Number of items counted. */
  readonly size: number;
  private readonly df: Record<FeatureSpace, Map<string, number>> = {
    entities: new Map(),
    terms: new Map(),
    grams: new Map(),
    numbers: new Map(),
  };
  private readonly featureCache = new Map<string, ItemFeatures>();
  private readonly vectorCache = new Map<string, ItemVectors>();

  /**
   * Counts the features of `items`. Items are keyed by id: a second item with the same id
   * is a misuse and throws.
   */
  constructor(items: readonly StoredItem[]) {
    this.size = items.length;
    for (const item of items) {
      if (this.featureCache.has(item.id)) {
        throw new Error(`Story clustering got two items with id "${item.id}"; give every item a unique id (see itemId in src/store/store.ts).`);
      }
      const features = itemFeatures(item);
      this.featureCache.set(item.id, features);
      for (const space of ['entities', 'terms', 'grams', 'numbers'] as const) {
        for (const key of features[space].keys()) this.df[space].set(key, (this.df[space].get(key) ?? 0) + 1);
      }
    }
  }

  /** Number of counted items using `key` in `space`. */
  documentFrequency(space: FeatureSpace, key: string): number {
    return this.df[space].get(key) ?? 0;
  }

  /**
   * Inverse document frequency: ln(1 + N / df), with df at least 1 so features of items
   * outside the corpus still weigh (as the rarest). Always > 0, so a feature every item has
   * keeps some weight (ln 2) instead of vanishing in a tiny corpus.
   */
  idf(space: FeatureSpace, key: string): number {
    return Math.log(1 + Math.max(1, this.size) / Math.max(1, this.documentFrequency(space, key)));
  }

  /** The features of an item (cached by id; computed for items outside the corpus). */
  features(item: StoredItem): ItemFeatures {
    return this.featureCache.get(item.id) ?? itemFeatures(item);
  }

  /** The weighted unit vectors of an item (cached by id for items of the corpus). */
  vectors(item: StoredItem): ItemVectors {
    const cached = this.vectorCache.get(item.id);
    if (cached) return cached;
    const features = this.features(item);
    const entities: SparseVector = new Map();
    for (const [entity, weight] of features.entities) {
      entities.set(entity, sublinear(weight) * this.idf('entities', entity) * entityPrior(entity, features.entityTypes.get(entity)));
    }
    const terms: SparseVector = new Map();
    for (const [term, count] of features.terms) terms.set(term, sublinear(count) * this.idf('terms', term));
    const grams: SparseVector = new Map();
    for (const [gram, weight] of features.grams) grams.set(gram, weight * this.idf('grams', gram));
    const numbers: SparseVector = new Map();
    for (const [number, count] of features.numbers) numbers.set(number, sublinear(count) * this.idf('numbers', number));
    const vectors: ItemVectors = {
      features,
      entities: normalise(entities),
      terms: normalise(terms),
      grams: normalise(grams),
      numbers: normalise(numbers),
    };
    if (this.featureCache.has(item.id)) this.vectorCache.set(item.id, vectors);
    return vectors;
  }
}
