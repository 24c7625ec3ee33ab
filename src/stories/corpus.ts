/**
 * Corpus statistics for story similarity: how many items use each feature (document
 * frequency), turned into IDF so that features every report has (`gpe:US`, "minister")
 * weigh less than rare ones. Also caches each item's features and weighted vectors.
 */
import type { StoredItem } from '../store/store.js';
import { itemFeatures, type ItemFeatures } from './features.js';
import { entityPrior, KeyInterner, packVector, sublinear, type SparseVector } from './vectors.js';

/**
 * Factor on the weight of an entity no other item of the corpus names. Such an entity can
 * never be shared, yet at full weight (its IDF is the highest) it dominates the vector and
 * lowers every similarity of a detailed report. Its weight is not removed: it still marks
 * the item as being about something else, which keeps short items from matching on one
 * shared place alone.
 */
export const UNSHARED_ENTITY_DAMPING = 0.3;

/** The five feature spaces of an item. */
export type FeatureSpace = 'entities' | 'terms' | 'grams' | 'names' | 'numbers';

/** An item's features with their IDF-weighted, unit-length vectors (entity entries carry their type prior as evidence). */
export interface ItemVectors {
  features: ItemFeatures;
  entities: SparseVector;
  terms: SparseVector;
  grams: SparseVector;
  names: SparseVector;
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
    names: new Map(),
    numbers: new Map(),
  };
  private readonly interners: Record<FeatureSpace, KeyInterner> = {
    entities: new KeyInterner(),
    terms: new KeyInterner(),
    grams: new KeyInterner(),
    names: new KeyInterner(),
    numbers: new KeyInterner(),
  };
  /** Name key → the one language seen using it, or '*' once two languages have (see {@link crossLanguageName}). */
  private readonly nameLanguages = new Map<string, string>();
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
      for (const space of ['entities', 'terms', 'grams', 'names', 'numbers'] as const) {
        for (const key of features[space].keys()) this.df[space].set(key, (this.df[space].get(key) ?? 0) + 1);
      }
      const lang = features.lang ?? '?';
      for (const key of features.names.keys()) {
        const seen = this.nameLanguages.get(key);
        if (seen === undefined) this.nameLanguages.set(key, lang);
        else if (seen !== lang) this.nameLanguages.set(key, '*');
      }
    }
  }

  /**
   * True when items of at least two languages (or of an unknown one) use the name key. The
   * name space exists to carry evidence across languages; a key only one language uses is
   * either a word that language capitalises (German nouns: "Montag", "Strecke") or a name
   * its shared terms already cover.
   */
  crossLanguageName(key: string): boolean {
    const seen = this.nameLanguages.get(key);
    return seen === '*' || seen === '?';
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
    return this.build(item, true);
  }

  /**
   * The vectors of an item of the corpus, computed once more and never again: neither they nor
   * the item's features are kept afterwards (a later call treats the item as outside the
   * corpus). For a single pass over a large corpus: the features of 100,000 items are millions
   * of small objects that every garbage collection would otherwise walk (bench:stories).
   */
  vectorsOnce(item: StoredItem): ItemVectors {
    const vectors = this.build(item, false);
    this.featureCache.delete(item.id);
    return vectors;
  }

  private build(item: StoredItem, cache: boolean): ItemVectors {
    const cached = this.vectorCache.get(item.id);
    if (cached) return cached;
    const features = this.features(item);
    // Entities weigh linearly with their position-weighted count: what a report keeps coming
    // back to is what it is about (a logarithm would let one passing mention of China weigh
    // almost as much as the twenty mentions of Japan), times IDF, times the type prior.
    // An entity only this item names is damped (see UNSHARED_ENTITY_DAMPING). Words and
    // numbers repeat for style, not topic, so they count sublinearly.
    const own = this.featureCache.has(item.id) ? 1 : 0;
    const entities = new Map<string, number>();
    for (const [entity, weight] of features.entities) {
      const damping = this.documentFrequency('entities', entity) > own ? 1 : UNSHARED_ENTITY_DAMPING;
      entities.set(entity, damping * weight * this.idf('entities', entity) * entityPrior(entity, features.entityTypes.get(entity)));
    }
    const terms = new Map<string, number>();
    for (const [term, count] of features.terms) terms.set(term, sublinear(count) * this.idf('terms', term));
    const grams = new Map<string, number>();
    for (const [gram, weight] of features.grams) grams.set(gram, weight * this.idf('grams', gram));
    // Names weigh like entities (they are the entities the entity stage did not know).
    const names = new Map<string, number>();
    for (const [name, weight] of features.names) {
      if (!this.crossLanguageName(name)) continue;
      const damping = this.documentFrequency('names', name) > own ? 1 : UNSHARED_ENTITY_DAMPING;
      names.set(name, damping * weight * this.idf('names', name));
    }
    const numbers = new Map<string, number>();
    for (const [number, count] of features.numbers) numbers.set(number, sublinear(count) * this.idf('numbers', number));
    const vectors: ItemVectors = {
      features,
      entities: packVector(entities, this.interners.entities, (entity) => entityPrior(entity, features.entityTypes.get(entity))),
      terms: packVector(terms, this.interners.terms),
      grams: packVector(grams, this.interners.grams),
      names: packVector(names, this.interners.names),
      numbers: packVector(numbers, this.interners.numbers),
    };
    if (cache && this.featureCache.has(item.id)) this.vectorCache.set(item.id, vectors);
    return vectors;
  }
}
