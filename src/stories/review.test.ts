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

test('with timing, time is judged between the stories’ spans: overlapping stories count in full, distant ones lose up to 30%', async () => {
  const { itemTime } = await import('./time.js');
  const at = (date: string | null) => itemTime({ published: { date, precision: 'day', basis: 'metadata', evidence: date }, capturedAt: '2025-06-01T00:00:00Z' });
  // Story A (0, 1) in April 2024; story B (2, 3) in February 2025; one item of B (3) undated.
  const times = [at('2024-04-09'), at('2024-04-10'), at('2025-02-18'), at(null)];
  const pairs = [
    { a: 0, b: 2, score: 0.45 },
    { a: 1, b: 2, score: 0.44 },
    { a: 0, b: 3, score: 0.43 },
  ];
  // Untimed link 0.44 ≥ 0.35, but ten months apart the span factor is ~0.7: 0.31 < 0.35.
  assert.equal(mergeReview([[0, 1], [2, 3]], pairs, 0.35, 3, { times, windowDays: 7 }).merges, 0);
  assert.equal(mergeReview([[0, 1], [2, 3]], pairs, 0.3, 3, { times, windowDays: 7 }).merges, 1);
  // The same scores between stories of the same week merge at 0.35.
  const close = [at('2025-02-17'), at('2025-02-18'), at('2025-02-18'), at(null)];
  assert.equal(mergeReview([[0, 1], [2, 3]], pairs, 0.35, 3, { times: close, windowDays: 7 }).merges, 1);
});
