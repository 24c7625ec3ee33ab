import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nestedModel, type SparseWeights } from './model.js';
import { averageModels } from './train.js';

const model = (entries: [string, number[]][]) => nestedModel(['O', 'B-PER'], new Map(entries.map(([name, w]) => [name, Int32Array.from(w) as SparseWeights])));

test('averaged models: weights are the mean per feature and tag, small means are dropped', () => {
  const a = model([['w=ada', [1, 100]], ['sh=Xx', [0, 40, 1, 30]]]);
  const b = model([['w=ada', [1, 60]], ['w=bob', [0, 50]]]);
  const mean = averageModels([a, b], 20);
  assert.deepEqual([...mean.weights.get('w')!.get('ada')!], [1, 80]);
  assert.deepEqual([...mean.weights.get('w')!.get('bob')!], [0, 25]);
  assert.deepEqual([...mean.weights.get('sh')!.get('Xx')!], [0, 20]);
  assert.throws(() => averageModels([], 20), /at least one model/);
  assert.throws(() => averageModels([a, nestedModel(['O'], new Map())], 20), /different tags/);
});
