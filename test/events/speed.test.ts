/**
 * Throughput of the events stage: the goal is at least 1,000 sentences per second on one core.
 * Measured on the gold sentences, each an item with its mentions, after one warm-up pass.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findEvents } from '../../src/events/index.js';
import { packageRoot } from '../../src/pipeline/paths.js';
import { itemFor, readGold } from './evaluate.js';

/** The throughput goal from the task; measured about 15,000 sentences/s on a loaded two-core machine. */
const MIN_SENTENCES_PER_SECOND = 1000;

describe('events speed', () => {
  it(`reads at least ${MIN_SENTENCES_PER_SECOND} sentences per second`, () => {
    const gold = readGold(join(packageRoot(), 'test', 'events', 'gold.jsonl'));
    const items = gold.map(itemFor);
    for (const item of items) findEvents(item);
    const rounds = 20;
    const started = performance.now();
    for (let r = 0; r < rounds; r++) for (const item of items) findEvents(item);
    const seconds = (performance.now() - started) / 1000;
    const rate = (rounds * items.length) / seconds;
    assert.ok(rate >= MIN_SENTENCES_PER_SECOND, `only ${Math.round(rate)} sentences/s`);
  });
});
