/**
 * The merge review after the online pass. Online, an item joins the best story it matches
 * at the moment it arrives; when the first reports of one development in two languages
 * arrive before anything links them, they found two stories, and later reports that match
 * both can only join one. The review compares the stories with each other, using the item
 * pairs the online pass already scored, and merges two stories whose closest cross pairs
 * match as well as an item must match a story to join it (same link rule and threshold).
 */
import { joinSpans, spanOf, spanTimeFactor, type ItemTime, type TimeSpan } from './time.js';

/** A scored pair of item positions, kept from the online pass. */
export interface ScoredPair {
  a: number;
  b: number;
  /** The pair's similarity without its time factor (the reviews judge time between stories). */
  score: number;
}

/**
 * How the reviews judge time: between the spans of the two stories (see spanTimeFactor in
 * time.ts), from the items' times by position. Without it, time is not judged.
 */
export interface ReviewTiming {
  times: readonly ItemTime[];
  windowDays: number;
}

/**
 * Pairs scoring below this share of the join threshold are not kept for the review: three
 * of them cannot average up to the threshold, and dropping them keeps the kept pairs to a
 * few per item (a pair not kept counts as 0, which only makes a merge harder).
 */
export const REVIEW_PAIR_SHARE = 0.5;

/**
 * Merges stories (groups of positions) whose link reaches `threshold`: the mean of the
 * best min(`linkMembers`, |A| × |B|) cross-pair scores, so two stories of two items each need
 * three good cross pairs, not one chance match (an item joining online needs min(3, story size)). Merges the best-linked
 * pair first and repeats until no pair qualifies. With `timing`, the link is multiplied by
 * the time factor of the two stories' spans. Returns the new groups (each sorted, in
 * order of their first position) and how many merges were made.
 */
export function mergeReview(
  groups: readonly (readonly number[])[],
  pairs: readonly ScoredPair[],
  threshold: number,
  linkMembers: number,
  timing?: ReviewTiming,
): { groups: number[][]; merges: number } {
  const storyOf = new Map<number, number>();
  groups.forEach((group, story) => group.forEach((position) => storyOf.set(position, story)));
  const parent = groups.map((_, story) => story);
  const size = groups.map((group) => group.length);
  const spans: TimeSpan[] = groups.map((group) => (timing ? spanOf(group, timing.times) : null));
  const root = (story: number): number => {
    while (parent[story] !== story) {
      parent[story] = parent[parent[story] as number] as number;
      story = parent[story] as number;
    }
    return story;
  };
  let merges = 0;
  for (;;) {
    const cross = new Map<string, { x: number; y: number; scores: number[] }>();
    for (const pair of pairs) {
      const x = root(storyOf.get(pair.a) as number);
      const y = root(storyOf.get(pair.b) as number);
      if (x === y) continue;
      const key = x < y ? `${x}:${y}` : `${y}:${x}`;
      const entry = cross.get(key) ?? { x: Math.min(x, y), y: Math.max(x, y), scores: [] };
      entry.scores.push(pair.score);
      cross.set(key, entry);
    }
    const links: { x: number; y: number; link: number }[] = [];
    for (const { x, y, scores } of cross.values()) {
      const k = Math.min(linkMembers, (size[x] as number) * (size[y] as number));
      const time = timing ? spanTimeFactor(spans[x] ?? null, spans[y] ?? null, timing.windowDays) : 1;
      const link = (time * scores.sort((p, q) => q - p).slice(0, k).reduce((sum, s) => sum + s, 0)) / k;
      if (link >= threshold) links.push({ x, y, link });
    }
    if (links.length === 0) break;
    links.sort((p, q) => q.link - p.link || p.x - q.x || p.y - q.y);
    const touched = new Set<number>();
    for (const { x, y } of links) {
      if (touched.has(x) || touched.has(y)) continue; // its links changed: judge it again next round
      touched.add(x).add(y);
      parent[y] = x;
      size[x] = (size[x] as number) + (size[y] as number);
      spans[x] = joinSpans(spans[x] ?? null, spans[y] ?? null);
      merges++;
    }
  }
  const merged = new Map<number, number[]>();
  groups.forEach((group, story) => {
    const r = root(story);
    const list = merged.get(r) ?? [];
    list.push(...group);
    merged.set(r, list);
  });
  const result = [...merged.values()].map((group) => group.sort((p, q) => p - q));
  result.sort((p, q) => (p[0] as number) - (q[0] as number));
  return { groups: result, merges };
}
