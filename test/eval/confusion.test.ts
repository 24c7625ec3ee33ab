/**
 * Scores from confusion counts, and the plain table printer.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addConfusion, emptyConfusion, fmt, formatTable, scoresOf } from './confusion.js';

describe('scoresOf', () => {
  it('computes precision, recall, F1 and accuracy', () => {
    const s = scoresOf({ tp: 6, fp: 2, fn: 4, tn: 8 });
    assert.equal(s.precision, 0.75);
    assert.equal(s.recall, 0.6);
    assert.equal(s.f1, 12 / 18);
    assert.equal(s.accuracy, 0.7);
  });

  it('gives 0 for an empty denominator', () => {
    assert.deepEqual(scoresOf(emptyConfusion()), { precision: 0, recall: 0, f1: 0, accuracy: 0 });
  });

  it('adds counts in place', () => {
    const total = addConfusion({ tp: 1, fp: 2, fn: 3, tn: 4 }, { tp: 1, fp: 1, fn: 1, tn: 1 });
    assert.deepEqual(total, { tp: 2, fp: 3, fn: 4, tn: 5 });
  });
});

describe('fmt and formatTable', () => {
  it('writes scores with three decimals and no leading zero', () => {
    assert.equal(fmt(0.9236), '.924');
    assert.equal(fmt(1), '1.000');
    assert.equal(fmt(Number.NaN), '-');
  });

  it('aligns columns and rules off the header', () => {
    assert.equal(formatTable([['a', 'bb'], ['ccc', 'd']]), 'a    bb\n---  --\nccc  d');
  });
});
