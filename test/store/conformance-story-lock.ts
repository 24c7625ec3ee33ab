/**
 * Conformance tests of `Store.withStoryLock` (registered inside the suite of `conformance.ts`):
 * holders in one process never overlap, results and errors pass through, and a failed holder
 * releases the lock.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { OpenStore } from './conformance.js';
import { withStore } from './conformance.js';

/** Registers the story-lock tests for the stores `open` returns. */
export function storeStoryLockConformance(open: OpenStore): void {
  it('withStoryLock runs holders one at a time and passes results and errors through', () =>
    withStore(open, async (store) => {
      let inside = 0;
      let most = 0;
      const hold = (value: number) =>
        store.withStoryLock(async () => {
          inside++;
          most = Math.max(most, inside);
          await store.counts(); // the store stays usable while the lock is held
          await sleep(5);
          inside--;
          return value;
        });
      const failing = assert.rejects(
        store.withStoryLock(async () => {
          throw new Error('holder failed');
        }),
        /holder failed/,
      );
      assert.deepEqual(await Promise.all([hold(1), hold(2), hold(3)]), [1, 2, 3]);
      await failing;
      assert.equal(most, 1, 'two holders were inside the lock at once');
      assert.equal(await store.withStoryLock(async () => 'free again'), 'free again');
    }));
}
