import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allFixtures, satelliteDe, satelliteEn, satelliteNl } from './fixtures.js';
import { sampleItem } from './sample-items.js';
import { similarItems } from './similar.js';

test('the most similar items come first, with their reasons and time apart', () => {
  const hits = similarItems(satelliteNl().id, allFixtures());
  const ids = hits.map((hit) => hit.item.id);
  assert.ok(ids.includes(satelliteDe().id) && ids.includes(satelliteEn().id));
  assert.ok(ids.indexOf(satelliteDe().id) < 2 && ids.indexOf(satelliteEn().id) < 2, `order ${ids.join(', ')}`);
  const first = hits[0]!;
  assert.ok(first.reasons.sharedEntities.includes('per:carla-mendes'));
  assert.ok(first.daysApart !== null && first.daysApart < 7);
  for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.score >= hits[i]!.score);
  assert.ok(!ids.includes(satelliteNl().id), 'the item itself is not listed');
  assert.equal(similarItems(satelliteNl().id, allFixtures(), { limit: 1 }).length, 1);
});

test('a republished copy is flagged as a near-duplicate', () => {
  const text = 'The port authority of Velmar closed the northern locks on Monday after a ship hit the gate; repairs will take until Friday, a spokesman said.';
  const items = [
    sampleItem({ id: 'n:1', title: 'Locks closed in Velmar', text, mentions: [['Velmar', 'gpe:city:1', 'GPE']] }),
    sampleItem({ id: 'n:2', title: 'Ship hits lock gate in Velmar', text, mentions: [['Velmar', 'gpe:city:1', 'GPE']] }),
  ];
  const [hit] = similarItems('n:1', items);
  assert.equal(hit?.item.id, 'n:2');
  assert.equal(hit?.nearDuplicate, true);
});

test('an unknown item id or a bad limit is refused with the fix', () => {
  assert.throws(() => similarItems('zz:9', allFixtures()), /No item has id "zz:9"/);
  assert.throws(() => similarItems(satelliteNl().id, allFixtures(), { limit: 0 }), /whole number/);
});
