import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoredItem } from '../store/store.js';
import { runClusteringBenchmark, syntheticCorpus } from './benchmark.js';
import { MAX_CANDIDATES } from './candidates.js';
import { clusterStories } from './cluster.js';

test('the synthetic corpus is deterministic and sized as asked', () => {
  const a = syntheticCorpus(120, 7);
  const b = syntheticCorpus(120, 7);
  assert.equal(a.items.length, 120);
  assert.deepEqual(a.items, b.items);
  assert.notDeepEqual(syntheticCorpus(120, 8).items, a.items);
});

test('cost per item stays bounded as the corpus grows (comparisons, not time)', () => {
  const small = runClusteringBenchmark(300, 3);
  const large = runClusteringBenchmark(2400, 3);
  assert.ok(large.comparisonsPerItem <= MAX_CANDIDATES);
  assert.ok(large.comparisonsPerItem < small.comparisonsPerItem * 4, `${small.comparisonsPerItem} → ${large.comparisonsPerItem}`);
});

test('synthetic events are recovered: pairwise precision and recall', () => {
  const result = runClusteringBenchmark(800, 11);
  assert.ok(result.precision > 0.8, `precision ${result.precision}`);
  assert.ok(result.recall > 0.8, `recall ${result.recall}`);
});

test('clustering the synthetic corpus puts every item in exactly one story', () => {
  const { items } = syntheticCorpus(500, 5);
  const ids = clusterStories(items).flatMap((story) => story.itemIds);
  assert.equal(ids.length, items.length);
  assert.equal(new Set(ids).size, items.length);
});

test('a negative or fractional size is refused', () => {
  assert.throws(() => runClusteringBenchmark(-1), /whole number/);
  assert.throws(() => runClusteringBenchmark(2.5), /whole number/);
});

test('a constant arrival rate spreads a larger corpus over more days', () => {
  const days = (items: readonly StoredItem[]) => {
    const times = items.flatMap((item) => (item.published?.date ? [Date.parse(item.published.date)] : []));
    return (Math.max(...times) - Math.min(...times)) / 86_400_000;
  };
  assert.ok(days(syntheticCorpus(300, 2, 100).items) < 7, 'three days of items, plus up to three days of report delay');
  assert.ok(days(syntheticCorpus(3000, 2, 100).items) > 25);
  assert.throws(() => syntheticCorpus(10, 1, 0), /itemsPerDay/);
});
