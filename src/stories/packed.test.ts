import assert from 'node:assert/strict';
import { test } from 'node:test';
import { syntheticCorpus } from './benchmark.js';
import { CorpusStats } from './corpus.js';
import { satelliteDe, satelliteEn, satelliteNl } from './fixtures.js';
import { tagusCorpus } from './long-story-fixtures.js';
import { PackedVectors } from './packed.js';
import { vectorScore } from './similarity.js';
import { timeFactor } from './time.js';

test('a packed score equals vectorScore for every pair, with its time factor', () => {
  const items = [...syntheticCorpus(120, 4).items, ...tagusCorpus(), satelliteNl(), satelliteDe(), satelliteEn()];
  const corpus = new CorpusStats(items);
  const packed = new PackedVectors();
  const vectors = items.map((item) => corpus.vectors(item));
  for (const v of vectors) packed.add(v);
  assert.equal(packed.size, items.length);
  let positive = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = 0; j < items.length; j++) {
      if (i === j) continue;
      const a = vectors[i]!;
      const b = vectors[j]!;
      for (const window of [0, 7]) {
        const expected = vectorScore(a, b, window);
        assert.ok(Math.abs(packed.score(i, j, window) - expected) < 1e-12, `${items[i]!.id} × ${items[j]!.id}`);
        assert.equal(packed.lastTimeFactor, timeFactor(a.features.time, b.features.time, window));
        if (expected > 0) positive++;
      }
    }
  }
  assert.ok(positive > 200, 'the pairs include related ones');
});
