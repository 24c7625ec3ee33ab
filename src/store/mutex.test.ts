/**
 * Mutex: functions run one at a time in call order; a failure does not block later callers.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setImmediate as tick } from 'node:timers/promises';
import { Mutex } from './mutex.js';

test('holders never overlap and run in call order', async () => {
  const mutex = new Mutex();
  const log: string[] = [];
  let inside = 0;
  const hold = (name: string) =>
    mutex.run(async () => {
      inside++;
      assert.equal(inside, 1, `${name} overlapped another holder`);
      log.push(`${name}+`);
      await tick();
      await tick();
      log.push(`${name}-`);
      inside--;
      return name;
    });
  assert.deepEqual(await Promise.all([hold('a'), hold('b'), hold('c')]), ['a', 'b', 'c']);
  assert.deepEqual(log, ['a+', 'a-', 'b+', 'b-', 'c+', 'c-']);
});

test('a holder that throws passes its error on and releases the lock', async () => {
  const mutex = new Mutex();
  const failed = mutex.run(async () => {
    throw new Error('boom');
  });
  const next = mutex.run(async () => 'ran');
  await assert.rejects(failed, /boom/);
  assert.equal(await next, 'ran');
});
