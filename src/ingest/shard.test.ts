/**
 * Shards: K/N parsing with clear errors; every path in exactly one shard; shards roughly even.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inShard, parseShard } from './shard.js';

test('K/N parses; bad forms throw an error naming the option and the form', () => {
  assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
  assert.deepEqual(parseShard(' 1 / 1 '), { index: 1, count: 1 });
  for (const bad of ['0/4', '5/4', '1/0', '2', 'a/b', '1/2/3', '-1/2']) assert.throws(() => parseShard(bad), /--shard must be K\/N/, bad);
});

test('every path falls in exactly one of N shards, and the shards are even', () => {
  const paths = Array.from({ length: 3000 }, (_, i) => `captures/site-${i % 7}/page-${i}.html`);
  const count = 3;
  const sizes = [0, 0, 0];
  for (const path of paths) {
    const owners = [1, 2, 3].filter((index) => inShard(path, { index, count }));
    assert.equal(owners.length, 1, path);
    sizes[owners[0]! - 1]!++;
  }
  for (const size of sizes) assert.ok(Math.abs(size - 1000) < 100, `uneven shards: ${sizes.join(', ')}`);
});
