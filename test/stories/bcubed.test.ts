import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bcubed } from './bcubed.js';

const map = (entries: [string, string][]) => new Map(entries);

describe('bcubed', () => {
  it('is perfect when the clustering equals the gold', () => {
    const gold = map([['a', 'x'], ['b', 'x'], ['c', 'y']]);
    const s = bcubed(map([['a', '1'], ['b', '1'], ['c', '2']]), gold);
    assert.deepEqual([s.precision, s.recall, s.f1, s.pairAccuracy], [1, 1, 1, 1]);
  });

  it('loses precision when two classes are merged', () => {
    const gold = map([['a', 'x'], ['b', 'x'], ['c', 'y']]);
    const s = bcubed(map([['a', '1'], ['b', '1'], ['c', '1']]), gold);
    assert.equal(s.recall, 1);
    assert.ok(Math.abs(s.precision - (2 / 3 + 2 / 3 + 1 / 3) / 3) < 1e-12);
    assert.ok(Math.abs(s.pairAccuracy - 1 / 3) < 1e-12);
  });

  it('loses recall when a class is split', () => {
    const gold = map([['a', 'x'], ['b', 'x']]);
    const s = bcubed(map([['a', '1'], ['b', '2']]), gold);
    assert.equal(s.precision, 1);
    assert.equal(s.recall, 0.5);
    assert.equal(s.pairAccuracy, 0);
  });

  it('scores only items both sides know', () => {
    const s = bcubed(map([['a', '1'], ['z', '1']]), map([['a', 'x'], ['b', 'x']]));
    assert.equal(s.items, 1);
  });
});
