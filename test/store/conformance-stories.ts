/**
 * Conformance tests of the story partition (registered inside the suite of `conformance.ts`).
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { itemId, type StoryRecord } from '../../src/store/store.js';
import type { OpenStore } from './conformance.js';
import { addAll, withStore } from './conformance.js';
import { ferryPage, harbourPage, lighthousePage } from './fixtures.js';

/** Registers the story tests for the stores `open` returns. */
export function storeStoryConformance(open: OpenStore): void {
  it('replaceStories replaces the whole partition; stories list by size, then latest time', () =>
    withStore(open, async (store) => {
      const h = harbourPage();
      const f = ferryPage();
      const c = lighthousePage();
      await addAll(store, h, f, c);
      const ferry: StoryRecord = {
        id: 'story:ferry', title: 'Ferry to Westersand', languages: ['de', 'nl'],
        first: '2024-03-12T09:30:00+01:00', last: '2024-03-15T08:00:00Z', itemIds: [itemId(f.raw.hash, 0), itemId(h.raw.hash, 0)],
      };
      const library: StoryRecord = { id: 'story:library', title: 'Reading room', languages: ['nl'], first: null, last: null, itemIds: [itemId(h.raw.hash, 1)] };
      // By the clock, midnight UTC on the 14th is later than 01:00 on the 14th at +02:00 (23:00 UTC on the 13th).
      const keeper: StoryRecord = { id: 'story:keeper', title: 'Keeper retires', languages: ['en'], first: '2024-03-14', last: '2024-03-14', itemIds: [itemId(c.raw.hash, 1)] };
      const market: StoryRecord = {
        id: 'story:market', title: 'Market hours', languages: ['en'], first: '2024-03-14T01:00:00+02:00', last: '2024-03-14T01:00:00+02:00', itemIds: [itemId(c.raw.hash, 2)],
      };
      await store.replaceStories([library, market, ferry, keeper]);
      assert.deepEqual(await store.listStories(), [ferry, keeper, market, library]);
      assert.deepEqual(await store.getStory('story:ferry'), ferry);
      assert.deepEqual(await store.getStory('story:library'), library);
      assert.equal((await store.counts()).stories, 4);

      await store.replaceStories([keeper]);
      assert.deepEqual(await store.listStories(), [keeper]);
      assert.equal(await store.getStory('story:ferry'), null);

      const broken: StoryRecord = { ...library, id: 'story:broken', itemIds: ['0000000000000000:9'] };
      await assert.rejects(store.replaceStories([ferry, broken]));
      assert.deepEqual(await store.listStories(), [keeper]);
      await assert.rejects(store.replaceStories([ferry, ferry]), /twice/);

      await store.replaceStories([]);
      assert.deepEqual(await store.listStories(), []);
      assert.equal((await store.counts()).stories, 0);
      assert.equal((await store.counts()).items, 6);
    }));
}
