/**
 * How alike two items are as coverage of the same development: a weighted combination of
 * entity cosine, term cosine and title n-gram cosine (across languages also the cosine of
 * name-like words, see names.ts; plus a small bonus for shared numbers), damped when the two
 * share little evidence (and halved when they share a single feature) and when their
 * publication dates lie far apart.
 */
import type { StoredItem } from '../store/store.js';
import type { CorpusStats, ItemVectors } from './corpus.js';
import { checkWindowDays, DEFAULT_WINDOW_DAYS, TIME_FLOOR, timeFactor } from './time.js';
import { dot, measure, sharedKeys, size } from './vectors.js';

/**
 * Weight of the entity cosine. Entities are the only language-independent evidence about
 * who and what a report concerns, so they carry most of the score.
 */
export const ENTITY_WEIGHT = 0.6;
/**
 * Weight of the title-and-lead term cosine. Within one language, shared wording ("fire",
 * "airport") separates two reports about the same actors doing different things.
 */
export const TERM_WEIGHT = 0.25;
/** Weight of the title n-gram cosine: cognates across languages, inflections within one. */
export const GRAM_WEIGHT = 0.15;
/**
 * Weight of the name cosine (capitalised words the entity stage did not resolve, keyed by
 * their start; see names.ts). Like a term, but language-independent. It may only raise a
 * score: most names of a report are absent from a short brief on the same development.
 */
export const NAME_WEIGHT = 0.25;
/**
 * Bonus for shared numbers (years, counts), times their cosine. A bonus rather than a
 * component because most pairs share no number and that says little.
 */
export const NUMBER_BONUS = 0.1;

/**
 * How much shared evidence a pair with a brief needs for its score to count in full: the sum
 * over shared entities of their type prior (a person or organisation 1, a city 0.8, a
 * country 0.5) plus {@link TERM_EVIDENCE} per shared term or number. A brief names two to
 * four entities, so its cosine with any article about the same place is high: a brief naming
 * only Japan and Tokyo matches every Japan-heavy article. 2 is "two shared actors", or an
 * actor and two words, or two countries and a city.
 */
export const FULL_EVIDENCE_WITH_BRIEF = 2;
/**
 * The same for two articles. An article's entity vector rests on many mentions, so its
 * cosine is trustworthy once the overlap is more than one place: 1 is two shared countries
 * (a bilateral relation), one actor, or a city and a few words.
 */
export const FULL_EVIDENCE_ARTICLES = 1;
/**
 * Exponent of the evidence factor (evidence / full evidence, capped at 1). Squared, because
 * coincidences fall off faster than linearly: with a brief, one shared country and its
 * capital (1.3 of 2, factor 0.42) happen between unrelated reports all the time, two
 * countries and a city (1.8, factor 0.81) much less often.
 */
export const EVIDENCE_POWER = 2;
/**
 * Factor on the evidence of a pair that shares a single feature (one entity, or one word, or
 * one number). One shared thing is a coincidence far more often than a story: on the demo
 * corpus 456 pairs from different stories share exactly one feature (8 of them, each sharing
 * only a city, scored 0.22–0.37, up to the join threshold) and no pair of the same story does;
 * on the seeds, the weakest same-story pair shares three. Halving keeps such a pair below
 * the join threshold whatever its cosines.
 */
export const SINGLE_FEATURE_FACTOR = 0.5;
/** Evidence of one shared title/lead term or number (half a shared actor: words are weaker signs). */
export const TERM_EVIDENCE = 0.5;

/** Why two items scored as they did. */
export interface SimilarityReasons {
  /** Cosine of the IDF-weighted entity vectors. */
  entities: number;
  /** Cosine of the title-and-lead term vectors. */
  terms: number;
  /** Cosine of the title n-gram vectors. */
  grams: number;
  /** Cosine of the name vectors. */
  names: number;
  /** Cosine of the number vectors. */
  numbers: number;
  /** Shared-evidence factor in [0, 1] (see {@link FULL_EVIDENCE_WITH_BRIEF}). */
  evidence: number;
  /** Time-proximity factor in [{@link TIME_FLOOR}, 1]; 1 when either date is unknown. */
  time: number;
  /** True when both languages are known and equal, false when known and different, null otherwise. */
  sameLanguage: boolean | null;
  sharedEntities: string[];
  sharedTerms: string[];
  sharedNames: string[];
  sharedNumbers: string[];
}

/** Options of {@link storySimilarity}. */
export interface SimilarityOptions {
  /** Days two publication dates may lie apart without penalty (default {@link DEFAULT_WINDOW_DAYS}). */
  windowDays?: number;
}

/** The parts of a similarity computed for every compared pair: the score and its reasons but the key lists. */
type Parts = { score: number } & Omit<SimilarityReasons, 'sharedEntities' | 'sharedTerms' | 'sharedNames' | 'sharedNumbers'>;

function parts(a: ItemVectors, b: ItemVectors, windowDays: number): Parts {
  const entityMeasure = measure(a.entities, b.entities);
  const termMeasure = measure(a.terms, b.terms);
  const nameMeasure = measure(a.names, b.names);
  const numberMeasure = measure(a.numbers, b.numbers);
  const entities = entityMeasure.dot;
  const terms = termMeasure.dot;
  const grams = dot(a.grams, b.grams);
  const names = nameMeasure.dot;
  const numbers = numberMeasure.dot;
  const la = a.features.lang;
  const lb = b.features.lang;
  const sameLanguage = la === null || lb === null ? null : la === lb;

  // A component takes part when at least one side has features in it; an empty space on
  // both sides says nothing. Across languages, few words can match, so terms may only help.
  let weights = 0;
  let sum = 0;
  if (size(a.entities) > 0 || size(b.entities) > 0) {
    weights += ENTITY_WEIGHT;
    sum += ENTITY_WEIGHT * entities;
  }
  if (size(a.grams) > 0 || size(b.grams) > 0) {
    weights += GRAM_WEIGHT;
    sum += GRAM_WEIGHT * grams;
  }
  const withoutTerms = weights === 0 ? 0 : sum / weights;
  const hasTerms = size(a.terms) > 0 || size(b.terms) > 0;
  const withTerms = hasTerms ? (sum + TERM_WEIGHT * terms) / (weights + TERM_WEIGHT) : withoutTerms;
  // Across languages, names stand in for the words that cannot match; they may only help.
  // Within one language a shared name is a shared term already, so names are left out.
  const crossing = sameLanguage !== true && names > 0;
  const withNames = (used: number, usedWeights: number): number =>
    crossing ? Math.max(used, (used * usedWeights + NAME_WEIGHT * names) / (usedWeights + NAME_WEIGHT)) : used;
  const termWeights = weights + (hasTerms ? TERM_WEIGHT : 0);
  const content =
    sameLanguage === false ? Math.max(withNames(withoutTerms, weights), withNames(withTerms, termWeights)) : withNames(withTerms, termWeights);

  // Words two languages share are mostly names, counted as terms and as names: count the larger.
  const sharedNames = crossing ? nameMeasure.count : 0;
  const sharedWords = Math.max(termMeasure.count, sharedNames) + numberMeasure.count;
  const sharedEntities = entityMeasure;
  const evidenceMass = sharedEntities.evidence + sharedWords * TERM_EVIDENCE;
  const full = a.features.kind === 'brief' || b.features.kind === 'brief' ? FULL_EVIDENCE_WITH_BRIEF : FULL_EVIDENCE_ARTICLES;
  const single = sharedEntities.count + sharedWords === 1 ? SINGLE_FEATURE_FACTOR : 1;
  const evidence = single * Math.min(1, evidenceMass / full) ** EVIDENCE_POWER;
  const time = timeFactor(a.features.time, b.features.time, windowDays);
  const score = Math.min(1, content + NUMBER_BONUS * numbers) * evidence * time;
  return { score, entities, terms, grams, names, numbers, evidence, time, sameLanguage };
}

/** The similarity score of two weighted items, without reasons (the clustering hot path). */
export function vectorScore(a: ItemVectors, b: ItemVectors, windowDays: number): number {
  return parts(a, b, windowDays).score;
}

/** Similarity of two weighted items with its reasons (see {@link storySimilarity}). */
export function vectorSimilarity(a: ItemVectors, b: ItemVectors, windowDays: number): { score: number; reasons: SimilarityReasons } {
  const { score, ...rest } = parts(a, b, windowDays);
  return {
    score,
    reasons: {
      ...rest,
      sharedEntities: sharedKeys(a.entities, b.entities),
      sharedTerms: sharedKeys(a.terms, b.terms),
      sharedNames: sharedKeys(a.names, b.names),
      sharedNumbers: sharedKeys(a.numbers, b.numbers),
    },
  };
}

/**
 * How alike two items are as coverage of one development, in [0, 1], with the parts that
 * made the score. Symmetric. `context` supplies IDF (build it once over the whole corpus).
 * @throws when `windowDays` is not a positive finite number
 */
export function storySimilarity(
  a: StoredItem,
  b: StoredItem,
  context: CorpusStats,
  options: SimilarityOptions = {},
): { score: number; reasons: SimilarityReasons } {
  const windowDays = checkWindowDays(options.windowDays);
  return vectorSimilarity(context.vectors(a), context.vectors(b), windowDays);
}
