/**
 * How alike two items are as coverage of the same development: a weighted combination of
 * entity cosine, term cosine and title n-gram cosine (plus a small bonus for shared numbers),
 * damped when the two share little evidence and when their publication dates lie far apart.
 */
import type { StoredItem } from '../store/store.js';
import type { CorpusStats, ItemVectors } from './corpus.js';
import { dot, entityPrior, sharedKeys } from './vectors.js';

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
 * Bonus for shared numbers (years, counts), times their cosine. A bonus rather than a
 * component because most pairs share no number and that says little.
 */
export const NUMBER_BONUS = 0.1;

/**
 * How much shared evidence a pair needs for its score to count in full: the sum over shared
 * entities of their type prior (a person or organisation 1, a country 0.5) plus
 * {@link TERM_EVIDENCE} per shared term or number. Cosine alone rewards short items: a brief
 * naming only Japan has a high cosine with every Japan-heavy article. With 2, a pair sharing
 * just one country and one city scores at most about two thirds of its cosine, while a pair
 * sharing two actors or an actor and a few words counts in full.
 */
export const FULL_EVIDENCE = 2;
/** Evidence of one shared title/lead term or number (half a shared actor: words are weaker signs). */
export const TERM_EVIDENCE = 0.5;

/** Default days two publication dates may lie apart without any penalty. */
export const DEFAULT_WINDOW_DAYS = 7;
/**
 * Lowest time factor, reached for dates far beyond the window. A long-running story (an
 * alliance upgraded over 18 months) keeps being covered, so distance in time only weakens a
 * match: 0.7 lets strongly related reports join across a year, but not loosely related ones.
 */
export const TIME_FLOOR = 0.7;
/** Days beyond the window over which the time factor falls about two thirds of the way to {@link TIME_FLOOR}. */
export const TIME_DECAY_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Why two items scored as they did. */
export interface SimilarityReasons {
  /** Cosine of the IDF-weighted entity vectors. */
  entities: number;
  /** Cosine of the title-and-lead term vectors. */
  terms: number;
  /** Cosine of the title n-gram vectors. */
  grams: number;
  /** Cosine of the number vectors. */
  numbers: number;
  /** Shared-evidence factor in (0, 1] (see {@link FULL_EVIDENCE}). */
  evidence: number;
  /** Time-proximity factor in [{@link TIME_FLOOR}, 1]; 1 when either date is unknown. */
  time: number;
  /** True when both languages are known and equal, false when known and different, null otherwise. */
  sameLanguage: boolean | null;
  sharedEntities: string[];
  sharedTerms: string[];
  sharedNumbers: string[];
}

/** Options of {@link storySimilarity}. */
export interface SimilarityOptions {
  /** Days two publication dates may lie apart without penalty (default {@link DEFAULT_WINDOW_DAYS}). */
  windowDays?: number;
}

/**
 * Time factor of two items: 1 when either has no publication date or they lie within
 * `windowDays`; beyond, decays towards {@link TIME_FLOOR}.
 */
export function timeFactor(a: ItemVectors, b: ItemVectors, windowDays: number): number {
  const at = a.features.time;
  const bt = b.features.time;
  if (!at.published || !bt.published || at.ms === null || bt.ms === null) return 1;
  const beyond = Math.abs(at.ms - bt.ms) / DAY_MS - windowDays;
  if (beyond <= 0) return 1;
  return TIME_FLOOR + (1 - TIME_FLOOR) * Math.exp(-beyond / TIME_DECAY_DAYS);
}

function combine(parts: [weight: number, value: number][]): number {
  let weights = 0;
  let sum = 0;
  for (const [weight, value] of parts) {
    weights += weight;
    sum += weight * value;
  }
  return weights === 0 ? 0 : sum / weights;
}

/** Similarity of two weighted items (see {@link storySimilarity}). */
export function vectorSimilarity(a: ItemVectors, b: ItemVectors, windowDays: number): { score: number; reasons: SimilarityReasons } {
  const entities = dot(a.entities, b.entities);
  const terms = dot(a.terms, b.terms);
  const grams = dot(a.grams, b.grams);
  const numbers = dot(a.numbers, b.numbers);
  const la = a.features.lang;
  const lb = b.features.lang;
  const sameLanguage = la === null || lb === null ? null : la === lb;

  // A component takes part when at least one side has features in it; an empty space on
  // both sides says nothing. Across languages, few words can match, so terms may only help.
  const base: [number, number][] = [];
  if (a.entities.size > 0 || b.entities.size > 0) base.push([ENTITY_WEIGHT, entities]);
  if (a.grams.size > 0 || b.grams.size > 0) base.push([GRAM_WEIGHT, grams]);
  const withTerms: [number, number][] = a.terms.size > 0 || b.terms.size > 0 ? [...base, [TERM_WEIGHT, terms]] : base;
  const content = sameLanguage === false ? Math.max(combine(base), combine(withTerms)) : combine(withTerms);

  const sharedEntities = sharedKeys(a.entities, b.entities);
  const sharedTerms = sharedKeys(a.terms, b.terms);
  const sharedNumbers = sharedKeys(a.numbers, b.numbers);
  let evidenceMass = (sharedTerms.length + sharedNumbers.length) * TERM_EVIDENCE;
  for (const entity of sharedEntities) evidenceMass += entityPrior(entity, a.features.entityTypes.get(entity) ?? b.features.entityTypes.get(entity));
  const evidence = Math.min(1, evidenceMass / FULL_EVIDENCE);
  const time = timeFactor(a, b, windowDays);

  const score = Math.min(1, content + NUMBER_BONUS * numbers) * evidence * time;
  return {
    score,
    reasons: { entities, terms, grams, numbers, evidence, time, sameLanguage, sharedEntities, sharedTerms, sharedNumbers },
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

/** Validates a `windowDays` option, returning the default when absent. */
export function checkWindowDays(windowDays: number | undefined): number {
  if (windowDays === undefined) return DEFAULT_WINDOW_DAYS;
  if (!Number.isFinite(windowDays) || windowDays < 0) {
    throw new Error(`windowDays must be a finite number of days ≥ 0 (got ${windowDays}); omit it for the default of ${DEFAULT_WINDOW_DAYS}.`);
  }
  return windowDays;
}
