import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dot, KeyInterner, measure, packVector } from './vectors.js';

test('measure gives the dot product with the count and evidence of the shared entries in one merge', () => {
  const interner = new KeyInterner();
  const a = packVector(new Map([['x', 3], ['y', 4], ['z', 1]]), interner, (key) => (key === 'x' ? 0.5 : 1));
  const b = packVector(new Map([['y', 1], ['x', 1], ['w', 2]]), interner);
  const found = measure(a, b);
  assert.ok(Math.abs(found.dot - dot(a, b)) < 1e-12);
  assert.equal(found.count, 2);
  assert.equal(found.evidence, 1.5);
  assert.deepEqual(measure(b, a).count, 2);
  assert.equal(measure(b, a).evidence, 0, 'the first vector carries the evidence');
});
