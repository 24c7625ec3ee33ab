import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeReview } from './review.js';

test('two stories whose closest cross pairs reach the threshold are merged', () => {
  const groups = [[0, 2], [1, 3], [4]];
  const pairs = [
    { a: 0, b: 1, score: 0.6 },
    { a: 2, b: 3, score: 0.5 },
    { a: 0, b: 3, score: 0.4 },
    { a: 3, b: 4, score: 0.2 },
  ];
  const { groups: merged, merges } = mergeReview(groups, pairs, 0.35, 3);
  assert.equal(merges, 1);
  assert.deepEqual(merged, [[0, 1, 2, 3], [4]]);
});

test('one chance match between two stories is not enough; nothing linked is left alone', () => {
  const groups = [[0, 2], [1, 3]];
  const { groups: kept, merges } = mergeReview(groups, [{ a: 0, b: 1, score: 0.9 }], 0.35, 3);
  assert.equal(merges, 0);
  assert.deepEqual(kept, [[0, 2], [1, 3]]);
  assert.deepEqual(mergeReview([[0], [1]], [], 0.35, 3).groups, [[0], [1]]);
});

test('merges chain over rounds when the merged story links on', () => {
  const groups = [[0], [1], [2]];
  const pairs = [
    { a: 0, b: 1, score: 0.8 },
    { a: 1, b: 2, score: 0.5 },
    { a: 0, b: 2, score: 0.45 },
  ];
  // Round 1 merges {0},{1} (best link); round 2 links {0,1} with {2}: best two of 0.5, 0.45 → 0.475.
  const { groups: merged, merges } = mergeReview(groups, pairs, 0.35, 3);
  assert.equal(merges, 2);
  assert.deepEqual(merged, [[0, 1, 2]]);
});
