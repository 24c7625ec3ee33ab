import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterStoriesWithStats } from './cluster.js';
import { syntheticCorpus } from './benchmark.js';
import { mergeReview } from './review.js';
import { splitReview } from './split.js';

/** Two tight triangles {0,1,2} and {3,4,5}, linked by the single pair 2–3. */
const BRIDGED = [
  { a: 0, b: 1, score: 0.8 },
  { a: 0, b: 2, score: 0.7 },
  { a: 1, b: 2, score: 0.75 },
  { a: 3, b: 4, score: 0.8 },
  { a: 3, b: 5, score: 0.7 },
  { a: 4, b: 5, score: 0.75 },
  { a: 2, b: 3, score: 0.5 },
];

test('a story of two groups linked by one pair is split at that pair', () => {
  const { groups, splits } = splitReview([[0, 1, 2, 3, 4, 5], [6]], BRIDGED, 0.35, 3);
  assert.equal(splits, 1);
  assert.deepEqual(groups, [[0, 1, 2], [3, 4, 5], [6]]);
});

test('a story whose groups are linked by several good pairs stays whole', () => {
  const linked = [...BRIDGED, { a: 1, b: 4, score: 0.4 }, { a: 0, b: 5, score: 0.4 }];
  const { groups, splits } = splitReview([[0, 1, 2, 3, 4, 5]], linked, 0.35, 3);
  assert.equal(splits, 0);
  assert.deepEqual(groups, [[0, 1, 2, 3, 4, 5]]);
});

test('a lone item that joined on one pair is not split off, and a small story is left alone', () => {
  const pairs = [...BRIDGED.slice(0, 3), { a: 2, b: 3, score: 0.5 }];
  assert.deepEqual(splitReview([[0, 1, 2, 3]], pairs, 0.35, 3).groups, [[0, 1, 2, 3]]);
  assert.deepEqual(splitReview([[0, 1, 2]], [{ a: 0, b: 1, score: 0.9 }], 0.35, 3).groups, [[0, 1, 2]]);
});

test('the merge review does not merge back what the split review parted (one rule)', () => {
  const { groups } = splitReview([[0, 1, 2, 3, 4, 5]], BRIDGED, 0.35, 3);
  assert.equal(mergeReview(groups, BRIDGED, 0.35, 3).merges, 0);
});

test('with the reviews, stories = stories of the pass − merges + splits, and every item is in one story', () => {
  const { items } = syntheticCorpus(400, 9);
  const without = clusterStoriesWithStats(items, { review: false });
  const reviewed = clusterStoriesWithStats(items);
  assert.deepEqual([without.stats.merges, without.stats.splits], [0, 0]);
  assert.equal(reviewed.stories.length, without.stories.length - reviewed.stats.merges + reviewed.stats.splits);
  const ids = reviewed.stories.flatMap((story) => story.itemIds);
  assert.equal(new Set(ids).size, items.length);
  assert.equal(ids.length, items.length);
});
