/**
 * Floor checks and pinning.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkFloors, floorsOf, pinFloor } from './floors.js';

describe('checkFloors', () => {
  it('reports ok, below, unmeasured and no-floor', () => {
    const checks = checkFloors({ a: 0.9, b: 0.5, d: 0.3 }, { a: 0.85, b: 0.6, c: 0.4 });
    assert.deepEqual(
      checks.map((c) => [c.key, c.status]),
      [
        ['a', 'ok'],
        ['b', 'below'],
        ['c', 'unmeasured'],
        ['d', 'no-floor'],
      ],
    );
  });

  it('passes a value equal to its floor', () => {
    assert.equal(checkFloors({ a: 0.5 }, { a: 0.5 })[0]?.status, 'ok');
  });

  it('ignores the comment field of the floors file', () => {
    assert.deepEqual(floorsOf({ comment: 'pinned', a: 0.5 }), { a: 0.5 });
  });
});

describe('pinFloor', () => {
  it('subtracts the margin and rounds down to three decimals', () => {
    assert.equal(pinFloor(0.892), 0.887);
    assert.equal(pinFloor(0.8919), 0.886);
    assert.equal(pinFloor(0.002), 0);
  });
});
