/**
 * The split review: the counterpart of the merge review (review.ts). Online, an item joins a
 * story of one or two members on a single good pair; when that story later grows on both
 * sides of the pair, it holds two groups that only the one early pair links (chaining). The
 * split review looks for the weakest cut of each story and splits it when the two parts
 * would not have been merged: their link (the merge review's rule, the mean of the best
 * min(link members, |A| × |B|) cross pairs, a pair never scored counting 0) stays below the
 * join threshold (times the time factor of the two parts' spans, as in the merge review). As
 * merge and split use one rule, a split story is never merged back.
 */
import type { ReviewTiming, ScoredPair } from './review.js';
import { spanOf, spanTimeFactor } from './time.js';

/** Fewest items each part of a split must have: a lone item that matched well enough to join stays. */
export const MIN_SPLIT_PART = 2;
/**
 * Largest story examined. Each cut costs one pass over the story's scored pairs, and a story
 * has at most size − 1 cuts to try; 500 items keep that under a few million steps, and larger
 * stories are the long-running ones whose parts are linked many times over.
 */
export const MAX_SPLIT_ITEMS = 500;

/** Mean of the best `k` of `scores` (missing ones count 0). */
function topMean(scores: number[], k: number): number {
  scores.sort((x, y) => y - x);
  let sum = 0;
  for (let i = 0; i < Math.min(k, scores.length); i++) sum += scores[i] as number;
  return sum / k;
}

/** The maximum spanning forest of `members` over `pairs` (Kruskal): adjacency lists by position. */
function spanningForest(members: readonly number[], pairs: readonly ScoredPair[]): Map<number, number[]> {
  const parent = new Map(members.map((m) => [m, m]));
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as number;
    parent.set(x, r);
    return r;
  };
  const adjacency = new Map<number, number[]>(members.map((m) => [m, []]));
  for (const pair of [...pairs].sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b)) {
    const x = find(pair.a);
    const y = find(pair.b);
    if (x === y) continue;
    parent.set(x, y);
    adjacency.get(pair.a)?.push(pair.b);
    adjacency.get(pair.b)?.push(pair.a);
  }
  return adjacency;
}

/** Members reachable from `start` in the forest without crossing the edge `start`–`blocked`. */
function side(adjacency: Map<number, number[]>, start: number, blocked: number): Set<number> {
  const seen = new Set([start]);
  const stack = [start];
  while (stack.length > 0) {
    const at = stack.pop() as number;
    for (const next of adjacency.get(at) ?? []) {
      if (seen.has(next) || (at === start && next === blocked)) continue;
      seen.add(next);
      stack.push(next);
    }
  }
  return seen;
}

/** The weakest cut of one story into two parts of at least {@link MIN_SPLIT_PART}, or null when none is below `threshold`. */
function weakestCut(
  members: readonly number[],
  pairs: readonly ScoredPair[],
  threshold: number,
  linkMembers: number,
  timing: ReviewTiming | undefined,
): [number[], number[]] | null {
  const adjacency = spanningForest(members, pairs);
  let best: { part: Set<number>; link: number } | null = null;
  const tried = new Set<string>();
  for (const [a, neighbours] of adjacency) {
    for (const b of neighbours) {
      const key = a < b ? `${a}:${b}` : `${b}:${a}`;
      if (tried.has(key)) continue;
      tried.add(key);
      const part = side(adjacency, a, b);
      if (part.size < MIN_SPLIT_PART || members.length - part.size < MIN_SPLIT_PART) continue;
      const cross = pairs.filter((pair) => part.has(pair.a) !== part.has(pair.b)).map((pair) => pair.score);
      const rest = members.filter((m) => !part.has(m));
      const time = timing ? spanTimeFactor(spanOf([...part], timing.times), spanOf(rest, timing.times), timing.windowDays) : 1;
      const link = time * topMean(cross, Math.min(linkMembers, part.size * rest.length));
      if (link < threshold && (!best || link < best.link)) best = { part, link };
    }
  }
  if (!best) return null;
  const chosen = best.part;
  return [members.filter((m) => chosen.has(m)), members.filter((m) => !chosen.has(m))];
}

/**
 * Splits stories (groups of positions) at their weakest cut while that cut's link is below
 * `threshold` and both parts keep {@link MIN_SPLIT_PART} items; parts are examined again.
 * `pairs` are the scored pairs of the online pass (scores without time; `timing` judges time
 * between the parts, as the merge review does). Returns the groups (each sorted, in order of
 * their first position) and how many splits were made.
 */
export function splitReview(
  groups: readonly (readonly number[])[],
  pairs: readonly ScoredPair[],
  threshold: number,
  linkMembers: number,
  timing?: ReviewTiming,
): { groups: number[][]; splits: number } {
  const groupOf = new Map<number, number>();
  groups.forEach((group, index) => group.forEach((position) => groupOf.set(position, index)));
  const inside: ScoredPair[][] = groups.map(() => []);
  for (const pair of pairs) {
    const g = groupOf.get(pair.a);
    if (g !== undefined && g === groupOf.get(pair.b)) (inside[g] as ScoredPair[]).push(pair);
  }
  const result: number[][] = [];
  let splits = 0;
  const queue: { members: number[]; pairs: ScoredPair[] }[] = groups.map((group, index) => ({ members: [...group], pairs: inside[index] as ScoredPair[] }));
  while (queue.length > 0) {
    const { members, pairs: own } = queue.pop() as { members: number[]; pairs: ScoredPair[] };
    const cut = members.length >= 2 * MIN_SPLIT_PART && members.length <= MAX_SPLIT_ITEMS ? weakestCut(members, own, threshold, linkMembers, timing) : null;
    if (!cut) {
      result.push(members.sort((p, q) => p - q));
      continue;
    }
    splits++;
    for (const part of cut) {
      const set = new Set(part);
      queue.push({ members: part, pairs: own.filter((pair) => set.has(pair.a) && set.has(pair.b)) });
    }
  }
  result.sort((p, q) => (p[0] as number) - (q[0] as number));
  return { groups: result, splits };
}
