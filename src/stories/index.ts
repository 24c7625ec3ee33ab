/**
 * Story clustering: groups items (articles and briefs, in any language) that cover the same
 * real-world development. See cluster.ts for the algorithm and similarity.ts for the score.
 */
export { clusterStories, clusterStoriesWithStats, DEFAULT_THRESHOLD, LINK_MEMBERS } from './cluster.js';
export type { ClusterOptions, ClusterRunStats } from './cluster.js';
export { storySimilarity } from './similarity.js';
export { mergeReview } from './review.js';
export type { ScoredPair } from './review.js';
export { DEFAULT_WINDOW_DAYS } from './time.js';
export type { SimilarityOptions, SimilarityReasons } from './similarity.js';
export { CorpusStats } from './corpus.js';
export type { FeatureSpace, ItemVectors } from './corpus.js';
export { itemFeatures } from './features.js';
export type { ItemFeatures } from './features.js';
export { itemTitle, storyId } from './record.js';
export { estimatedJaccard, independentReports, minhashSignature, nearDuplicateGroups, NEAR_DUPLICATE_JACCARD } from './near-duplicates.js';
export { similarItems, DEFAULT_SIMILAR_LIMIT } from './similar.js';
export type { SimilarItem, SimilarOptions } from './similar.js';
export { runClusteringBenchmark } from './benchmark.js';
export type { ClusteringBenchmark } from './benchmark.js';
export { storyChapters, chapterId, CHAPTER_GAP_DAYS } from './chapters.js';
export type { Chapter } from './chapters.js';
export { storyView, keyEntities, sourceName, KEY_ENTITIES } from './view.js';
export type { KeyEntity, StorySource, StoryView } from './view.js';
export { summaryLines, SUMMARY_LINES } from './summary.js';
export type { SummaryLine } from './summary.js';
export { groupLabel, headlineOf, LABEL_MAX_WORDS } from './label.js';
export { splitReview } from './split.js';
