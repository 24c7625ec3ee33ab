import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoredItem } from '../store/store.js';
import { clusterStories, clusterStoriesWithStats } from './cluster.js';
import { syntheticCorpus } from './benchmark.js';
import {
  allFixtures,
  busAccidentBrief,
  coffeeEn,
  harbourClosedBrief,
  harbourReopenedBrief,
  rentBrief,
  SATELLITE_ACTORS,
  satelliteDe,
  satelliteEn,
  satelliteNl,
} from './fixtures.js';
import { storyId } from './record.js';
import { sampleItem } from './sample-items.js';

function storyOf(stories: ReturnType<typeof clusterStories>, id: string): string {
  const story = stories.find((candidate) => candidate.itemIds.includes(id));
  assert.ok(story, `item ${id} is in no story`);
  return story.id;
}

test('a story reported in Dutch, German and English joins across languages', () => {
  const stories = clusterStories(allFixtures());
  const satellite = stories.find((story) => story.itemIds.includes('a1:0'));
  assert.ok(satellite);
  assert.deepEqual(satellite.itemIds, ['a1:0', 'b2:0', 'c3:0']);
  assert.deepEqual(satellite.languages, ['de', 'en', 'nl']);
});

test('items sharing only a country with the story stay out of it', () => {
  const stories = clusterStories(allFixtures());
  const satellite = storyOf(stories, 'a1:0');
  assert.notEqual(storyOf(stories, busAccidentBrief().id), satellite, 'bus accident in Argentina');
  assert.notEqual(storyOf(stories, coffeeEn().id), satellite, 'coffee harvest in Brazil');
});

test('two briefs on the same event join; a brief of the same digest on another topic does not', () => {
  const stories = clusterStories(allFixtures());
  assert.equal(storyOf(stories, harbourClosedBrief().id), storyOf(stories, harbourReopenedBrief().id));
  assert.notEqual(storyOf(stories, rentBrief().id), storyOf(stories, harbourClosedBrief().id));
});

test('output does not depend on input order', () => {
  const expected = clusterStories(allFixtures());
  const items = allFixtures();
  for (let round = 0; round < 6; round++) {
    const shuffled = items.map((item, i) => ({ item, key: (i * 7919 + round * 104729) % 97 })).sort((a, b) => a.key - b.key);
    assert.deepEqual(clusterStories(shuffled.map((entry) => entry.item)), expected);
  }
  assert.deepEqual(clusterStories([...items].reverse()), expected);
});

test('every item belongs to exactly one story', () => {
  const items = allFixtures();
  const stories = clusterStories(items);
  const seen = stories.flatMap((story) => story.itemIds);
  assert.equal(new Set(seen).size, seen.length, 'no item twice');
  assert.deepEqual([...seen].sort(), items.map((item) => item.id).sort());
  for (const story of stories) assert.ok(story.itemIds.length > 0);
});

test('story ids come from the earliest member and stay when the story grows', () => {
  const before = clusterStories([satelliteNl(), satelliteDe(), busAccidentBrief()]);
  const after = clusterStories([satelliteNl(), satelliteDe(), satelliteEn(), busAccidentBrief(), coffeeEn()]);
  assert.equal(storyOf(before, 'a1:0'), storyId('a1:0'));
  assert.equal(storyOf(after, 'a1:0'), storyOf(before, 'a1:0'));
  assert.equal(storyOf(after, 'a1:1'), storyOf(before, 'a1:1'));
});

test('the story title is the most central article, not a brief', () => {
  const brief = sampleItem({
    id: 'a0:9',
    kind: 'brief',
    lang: 'nl',
    published: '2025-02-04T08:00:00Z',
    title: 'Satelliet voor Brazilië en Argentinië',
    text: 'Minister Carla Mendes en collega Tomás Ibarra tekenen vandaag voor een weersatelliet van INPE, lancering 2027.',
    mentions: [
      ['Brazilië', 'gpe:BR', 'GPE'],
      ['Argentinië', 'gpe:AR', 'GPE'],
      ...SATELLITE_ACTORS,
    ],
  });
  const stories = clusterStories([brief, satelliteNl(), satelliteDe(), satelliteEn()]);
  assert.equal(stories.length, 1);
  const story = stories[0];
  assert.ok(story);
  assert.equal(story.id, storyId('a0:9'), 'the brief is earliest, so it founds the story');
  assert.notEqual(story.title, brief.title);
  assert.ok([satelliteNl(), satelliteDe(), satelliteEn()].some((item) => item.title === story.title));
  assert.equal(story.first, '2025-02-04T08:00:00Z');
  assert.equal(story.last, '2025-02-04T15:30:00Z', 'the latest publication date; a capture time never stands in for one');
});

test('an empty input gives no stories', () => {
  assert.deepEqual(clusterStories([]), []);
  assert.deepEqual(clusterStoriesWithStats([]).stats, { items: 0, stories: 0, comparisons: 0, merges: 0, splits: 0 });
});

test('a lone item without title, language or mentions is its own story', () => {
  const lone = sampleItem({ id: 'z:0', text: '   Wind\nand   rain.  ', lang: 'und' });
  const [story] = clusterStories([lone]);
  assert.deepEqual(story, {
    id: storyId('z:0'),
    title: 'Wind and rain',
    languages: [],
    first: null,
    last: null,
    itemIds: ['z:0'],
  });
});

test('misuse throws an error naming the fix', () => {
  const twice: StoredItem[] = [satelliteNl(), satelliteNl()];
  assert.throws(() => clusterStories(twice), /unique id/);
  assert.throws(() => clusterStories([satelliteNl()], { threshold: 0 }), /threshold/);
  assert.throws(() => clusterStories([satelliteNl()], { threshold: Number.NaN }), /threshold/);
  assert.throws(() => clusterStories([satelliteNl()], { windowDays: -1 }), /windowDays/);
});

test('a higher threshold splits what a lower one joins', () => {
  const items = [satelliteNl(), satelliteDe(), satelliteEn()];
  assert.equal(clusterStories(items, { threshold: 0.3 }).length, 1);
  assert.equal(clusterStories(items, { threshold: 0.99 }).length, 3);
});
