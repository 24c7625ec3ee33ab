/**
 * Conformance tests of deleting a document and of the change mark (registered inside the suite
 * of `conformance.ts`).
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { itemId, type StoryRecord } from '../../src/store/store.js';
import type { OpenStore } from './conformance.js';
import { addAll, expectedItems, withStore } from './conformance.js';
import { COUNCIL, ISLAND, TOWN, ferryPage, harbourPage, lighthousePage } from './fixtures.js';

/** Registers the delete tests for the stores `open` returns. */
export function storeDeleteConformance(open: OpenStore): void {
  it('deleteDocument removes a document with its items, mentions, events, story places and unused entities', () =>
    withStore(open, async (store) => {
      const h = harbourPage();
      const f = ferryPage();
      const c = lighthousePage();
      await addAll(store, h, f, c);
      const ferry: StoryRecord = { id: 'story:ferry', title: 'Ferry', languages: ['de', 'nl'], first: null, last: null, itemIds: [itemId(f.raw.hash, 0), itemId(h.raw.hash, 0)] };
      const library: StoryRecord = { id: 'story:library', title: 'Reading room', languages: ['nl'], first: null, last: null, itemIds: [itemId(h.raw.hash, 1)] };
      const keeper: StoryRecord = { id: 'story:keeper', title: 'Keeper', languages: ['en'], first: null, last: null, itemIds: [itemId(c.raw.hash, 1)] };
      await store.replaceStories([ferry, library, keeper]);
      const before = await store.changeMark();
      assert.equal(typeof before, 'string');

      assert.deepEqual(await store.deleteDocument(h.raw.hash), { deleted: true, itemIds: [itemId(h.raw.hash, 0), itemId(h.raw.hash, 1)] });
      assert.notEqual(await store.changeMark(), before);
      assert.equal(await store.hasDocument(h.raw.hash), false);
      assert.equal(await store.getDocument(h.raw.hash), null);
      assert.equal(await store.getItem(itemId(h.raw.hash, 0)), null);
      assert.deepEqual(await store.listItems(), expectedItems(f, c));
      assert.deepEqual((await store.listEvents()).map((e) => e.itemId), [itemId(f.raw.hash, 0)]);
      assert.deepEqual(await store.search('Havenraad'), []);
      assert.equal(await store.getEntity(ISLAND.id), null, 'an entity only the deleted items named goes');
      assert.equal((await store.getEntity(COUNCIL.id))?.mentions, 1);
      assert.equal((await store.getEntity(TOWN.id))?.mentions, 1);
      assert.deepEqual(await store.getStory('story:ferry'), { ...ferry, itemIds: [itemId(f.raw.hash, 0)] });
      assert.equal(await store.getStory('story:library'), null, 'a story left empty goes');
      assert.deepEqual((await store.listStories()).map((s) => s.id).sort(), ['story:ferry', 'story:keeper']);
      assert.deepEqual(await store.counts(), { documents: 2, items: 4, entities: 2, events: 1, stories: 2 });

      assert.deepEqual(await store.deleteDocument(h.raw.hash), { deleted: false, itemIds: [] });
      assert.deepEqual(await store.deleteDocument('0'.repeat(64)), { deleted: false, itemIds: [] });
      await assert.rejects(store.deleteDocument(''), /hash/);
      assert.equal((await store.addDocument(h.record, h.items, h.entities)).added, true, 'a deleted document can be added again');
      assert.equal((await store.getEntity(ISLAND.id))?.mentions, 1);
    }));

  it('itemIdsFromSource finds items by a part of their source or URL, ignoring case', () =>
    withStore(open, async (store) => {
      const h = harbourPage();
      const f = ferryPage();
      await addAll(store, h, f);
      const both = expectedItems(h, f).map((i) => i.id);
      assert.deepEqual(await store.itemIdsFromSource('HARBOUR.txt'), [itemId(h.raw.hash, 0), itemId(h.raw.hash, 1)]);
      assert.deepEqual(await store.itemIdsFromSource('example.org/nl'), [itemId(h.raw.hash, 0), itemId(h.raw.hash, 1)]);
      assert.deepEqual(await store.itemIdsFromSource('captures/'), both);
      assert.deepEqual(await store.itemIdsFromSource('nowhere'), []);
      assert.deepEqual(await store.itemIdsFromSource(''), []);
      assert.deepEqual(await store.itemIdsFromSource('%'), [], 'no pattern characters');
    }));

  it('changeMark moves with every committed change', () =>
    withStore(open, async (store) => {
      const marks = [await store.changeMark()];
      const h = harbourPage();
      await addAll(store, h);
      marks.push(await store.changeMark());
      await store.replaceStories([{ id: 'story:one', title: 'One', languages: ['nl'], first: null, last: null, itemIds: [itemId(h.raw.hash, 0)] }]);
      marks.push(await store.changeMark());
      await store.deleteDocument(h.raw.hash);
      marks.push(await store.changeMark());
      assert.equal(new Set(marks).size, marks.length, marks.join(' | '));
    }));
}
