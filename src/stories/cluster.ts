/**
 * Story clustering: a single pass over items in time order. Each item is compared with the
 * candidates the inverted index finds; it joins the story whose members it matches best on
 * average (over the story's closest few members), if that average reaches the threshold, and
 * otherwise founds a new story. A merge review then joins stories that the pass kept apart
 * (see review.ts), and a split review parts stories that hold two weakly linked groups (see
 * split.ts); both judge time between the stories' spans, not between single reports, so a
 * long-running story stays one (its chapters: chapters.ts). Every item ends in exactly one story.
 */
import type { StoredItem, StoryRecord } from '../store/store.js';
import { CandidateIndex, indexKeys } from './candidates.js';
import { CorpusStats } from './corpus.js';
import { storyRecord, type StoryMember } from './record.js';
import { mergeReview, REVIEW_PAIR_SHARE, type ScoredPair } from './review.js';
import { PackedVectors } from './packed.js';
import { splitReview } from './split.js';
import { checkWindowDays, compareByTimeThenId, itemTime } from './time.js';

/** Options of {@link clusterStories}. */
export interface ClusterOptions {
  /** Days two publication dates may lie apart without penalty (default 7, see similarity.ts). */
  windowDays?: number;
  /** Score an item needs against a story to join it, in (0, 1] (default {@link DEFAULT_THRESHOLD}). */
  threshold?: number;
  /** Run the merge and split reviews after the online pass (default true; false shows what the pass alone does). */
  review?: boolean;
}

/**
 * Default join threshold. On the seed captures the weakest pair that must join (two German
 * articles on the US–Japan alliance sharing only the two countries and Tokyo) scores 0.40,
 * the strongest pair that must not (the China–Russia article against the US–Japan article
 * that also names China, Russia and NATO) 0.29; 0.35 lies midway. Our own fixtures agree
 * (same event across languages ≥ 0.7, shared country only ≤ 0.1), and on the synthetic corpus
 * of benchmark.ts 0.35 keeps pairwise precision near 0.96 at recall near 0.87.
 */
export const DEFAULT_THRESHOLD = 0.35;

/**
 * How many of a story's members the join score averages over: the item's similarities to
 * the story's closest members, best first, over min(this, story size). Averaging (rather
 * than taking the single best member) stops chaining, where A–B and B–C pull unrelated A and
 * C together; limiting it to the closest 3 lets a long story evolve without every new
 * report having to match its oldest coverage.
 */
export const LINK_MEMBERS = 3;

/** Counters of one clustering run, for benchmarks and scaling tests. */
export interface ClusterRunStats {
  items: number;
  stories: number;
  /** Similarity computations made (at most items × MAX_CANDIDATES). */
  comparisons: number;
  /** Story merges made by the review. */
  merges: number;
  /** Story splits made by the review (see split.ts). */
  splits: number;
}

/** Validates a `threshold` option, returning the default when absent. */
export function checkThreshold(threshold: number | undefined): number {
  if (threshold === undefined) return DEFAULT_THRESHOLD;
  if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 1) {
    throw new Error(`threshold must be a number in (0, 1] (got ${threshold}); omit it for the default of ${DEFAULT_THRESHOLD}.`);
  }
  return threshold;
}

interface Entry {
  item: StoredItem;
  id: string;
  time: StoryMember['time'];
}

/**
 * Clusters items into stories and reports counters. Output does not depend on input order:
 * items are processed by time (`published.date ?? capturedAt`), then id.
 * @throws when two items share an id, or an option is out of range
 */
export function clusterStoriesWithStats(
  items: readonly StoredItem[],
  options: ClusterOptions = {},
): { stories: StoryRecord[]; stats: ClusterRunStats } {
  const windowDays = checkWindowDays(options.windowDays);
  const threshold = checkThreshold(options.threshold);
  // Sort before anything is built, and pack each item's vectors (packed.ts) as it is
  // processed: an item and its recent neighbours in time (most of its candidates) then lie
  // next to each other in memory. Built in input order and scored as objects, they scattered
  // over the heap, and the cost of a comparison grew with the archive (cache misses).
  const ordered = items
    .map((item) => ({ item, id: item.id, time: itemTime(item) }))
    .sort(compareByTimeThenId);
  const corpus = new CorpusStats(ordered.map((entry) => entry.item));
  const entries: Entry[] = ordered;
  const packed = new PackedVectors();

  const groups: number[][] = [];
  const storyOf: number[] = [];
  const centrality = new Float64Array(entries.length);
  const index = new CandidateIndex();
  const kept: ScoredPair[] = [];
  const keepFrom = threshold * REVIEW_PAIR_SHARE;
  let comparisons = 0;

  entries.forEach((entry, position) => {
    const vectors = corpus.vectorsOnce(entry.item);
    const keys = indexKeys(vectors);
    packed.add(vectors);
    const byStory = new Map<number, { position: number; score: number }[]>();
    for (const candidate of index.candidates(keys)) {
      const score = packed.score(position, candidate, windowDays);
      comparisons++;
      if (score <= 0) continue;
      // The reviews judge time between stories, so they get the score without the pair's time factor.
      const untimed = score / packed.lastTimeFactor;
      if (untimed >= keepFrom) kept.push({ a: candidate, b: position, score: untimed });
      const story = storyOf[candidate] as number;
      const list = byStory.get(story) ?? [];
      list.push({ position: candidate, score });
      byStory.set(story, list);
    }

    let best = -1;
    let bestScore = -1;
    for (const story of [...byStory.keys()].sort((x, y) => x - y)) {
      const scores = (byStory.get(story) ?? []).map((pair) => pair.score).sort((x, y) => y - x);
      const k = Math.min(LINK_MEMBERS, (groups[story] as number[]).length);
      const linkScore = scores.slice(0, k).reduce((sum, score) => sum + score, 0) / k;
      if (linkScore >= threshold && linkScore > bestScore) {
        best = story;
        bestScore = linkScore;
      }
    }

    if (best >= 0) {
      (groups[best] as number[]).push(position);
      storyOf[position] = best;
      for (const pair of byStory.get(best) ?? []) {
        centrality[position] = (centrality[position] ?? 0) + pair.score;
        centrality[pair.position] = (centrality[pair.position] ?? 0) + pair.score;
      }
    } else {
      storyOf[position] = groups.length;
      groups.push([position]);
    }
    // Only a publication date ages the index: an undated item's capture time can lie far
    // after the reports it belongs with (a page read weeks later).
    index.add(position, keys, entry.time.published && entry.time.ms !== null ? entry.time.ms : Number.NaN);
  });

  const timing = { times: entries.map((entry) => entry.time), windowDays };
  const merged = options.review === false ? { groups, merges: 0 } : mergeReview(groups, kept, threshold, LINK_MEMBERS, timing);
  const reviewed =
    options.review === false ? { ...merged, splits: 0 } : { ...splitReview(merged.groups, kept, threshold, LINK_MEMBERS, timing), merges: merged.merges };
  const stories = reviewed.groups.map((group) =>
    storyRecord(
      group.map((position) => {
        const entry = entries[position] as Entry;
        return { item: entry.item, time: entry.time, centrality: centrality[position] ?? 0 };
      }),
    ),
  );
  return { stories, stats: { items: entries.length, stories: stories.length, comparisons, merges: reviewed.merges, splits: reviewed.splits } };
}

/**
 * Groups items into stories: every item in exactly one story, stories in order of their
 * earliest item. Deterministic and independent of input order.
 * @throws when two items share an id, or an option is out of range
 */
export function clusterStories(items: readonly StoredItem[], options: ClusterOptions = {}): StoryRecord[] {
  return clusterStoriesWithStats(items, options).stories;
}
