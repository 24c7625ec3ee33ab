/**
 * The store conformance suite: the behaviour every {@link Store} adapter must show, run by
 * `sqlite.test.ts`, `pglite.test.ts` and `postgres.test.ts` against real databases.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Item } from '../../src/pipeline/types.js';
import { itemId, type Store, type StoredEvent, type StoredItem } from '../../src/store/store.js';
import { storeDeleteConformance } from './conformance-delete.js';
import { storeEntityConformance } from './conformance-entities.js';
import { storeEventTimeConformance } from './conformance-event-times.js';
import { storeSearchBoundConformance } from './conformance-search-bound.js';
import { storeItemSourcesConformance } from './conformance-item-sources.js';
import { storeStoryLockConformance } from './conformance-story-lock.js';
import { storeSearchConformance } from './conformance-search.js';
import { storeStoryConformance } from './conformance-stories.js';
import { COUNCIL, ISLAND, TOWN, ferryPage, harbourPage, lighthousePage, numberedPage, type Fixture } from './fixtures.js';

/** Opens a fresh, empty, migrated store for one test. */
export type OpenStore = () => Promise<Store>;

/** Runs `fn` on a fresh store and closes it afterwards. */
export async function withStore(open: OpenStore, fn: (store: Store) => Promise<void>): Promise<void> {
  const store = await open();
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

/** Adds each fixture and checks it was stored. */
export async function addAll(store: Store, ...fixtures: Fixture[]): Promise<void> {
  for (const f of fixtures) assert.equal((await store.addDocument(f.record, f.items, f.entities)).added, true);
}

/** What `getItem` must return for an item added with document `hash`. */
export function expectedItem(item: Item): StoredItem {
  return { ...item, id: itemId(item.documentHash, item.index), givenId: item.id };
}

/** Expected stored items of the fixtures, in store order (document hash, then index). */
export function expectedItems(...fixtures: Fixture[]): StoredItem[] {
  return fixtures
    .flatMap((f) => f.items)
    .sort((a, b) => (a.documentHash === b.documentHash ? a.index - b.index : a.documentHash < b.documentHash ? -1 : 1))
    .map(expectedItem);
}

/** Registers the conformance tests of the store `open` returns, under `name`. */
export function storeConformance(name: string, open: OpenStore): void {
  describe(`store conformance: ${name}`, () => {
    it('migrate is idempotent and starts empty', () =>
      withStore(open, async (store) => {
        const first = await store.migrate();
        const second = await store.migrate();
        assert.ok(first >= 1);
        assert.equal(second, first);
        assert.deepEqual(await store.counts(), { documents: 0, items: 0, entities: 0, events: 0, stories: 0 });
      }));

    it('keeps what extraction dropped on the single-item read, not in lists', () =>
      withStore(open, async (store) => {
        const f = harbourPage();
        const dropped = [
          { text: 'Home · Sport · Weer', role: 'navigation', rule: 'extract/html/chrome/tag' },
          { text: '12 minuten geleden', role: 'relative stamp', rule: 'extract/text/stamp' },
        ];
        const [article, brief] = f.items;
        assert.ok(article && brief);
        article.dropped = dropped;
        await addAll(store, f);
        assert.deepEqual((await store.getItem(itemId(f.raw.hash, 0)))?.dropped, dropped);
        assert.equal((await store.getItem(itemId(f.raw.hash, 1)))?.dropped, undefined, 'an item without the field reads back without it');
        assert.deepEqual(
          (await store.listItems()).map((item) => 'dropped' in item),
          [false, false],
        );
      }));

    it('round-trips a document, its items, entities and events', () =>
      withStore(open, async (store) => {
        const f = harbourPage();
        const result = await store.addDocument(f.record, f.items, f.entities);
        assert.deepEqual(result, { added: true, itemIds: [itemId(f.raw.hash, 0), itemId(f.raw.hash, 1)] });
        assert.equal(await store.hasDocument(f.raw.hash), true);
        assert.equal(await store.hasDocument('0'.repeat(64)), false);
        assert.deepEqual(await store.getDocument(f.raw.hash), f.record);
        assert.equal(await store.getDocument('0'.repeat(64)), null);
        for (const item of f.items) assert.deepEqual(await store.getItem(itemId(f.raw.hash, item.index)), expectedItem(item));
        assert.equal((await store.getItem(itemId(f.raw.hash, 0)))?.givenId, 'harbour-17');
        assert.equal(await store.getItem('nope:0'), null);
        assert.deepEqual(await store.listItems(), expectedItems(f));
        assert.deepEqual(await store.getEntity(ISLAND.id), { ...ISLAND, mentions: 1 });
        assert.deepEqual(await store.getEntity(COUNCIL.id), { ...COUNCIL, mentions: 1 });
        assert.equal(await store.getEntity('gpe:nowhere'), null);
        const articleId = itemId(f.raw.hash, 0);
        const events: StoredEvent[] = (f.items[0]?.events ?? []).map((e, n) => ({ ...e, id: `${articleId}:e${n}`, itemId: articleId }));
        assert.deepEqual(await store.listEvents(), events);
        assert.deepEqual(await store.counts(), { documents: 1, items: 2, entities: 3, events: 2, stories: 0 });
      }));

    it('lists items by id, with limit and offset', () =>
      withStore(open, async (store) => {
        const fixtures = [harbourPage(), ferryPage(), lighthousePage()];
        await addAll(store, ...fixtures);
        const all = expectedItems(...fixtures);
        assert.equal(all.length, 6);
        assert.deepEqual(await store.listItems({}), all);
        assert.deepEqual(await store.listItems({ limit: 2, offset: 1 }), all.slice(1, 3));
        assert.deepEqual(await store.listItems({ offset: 4 }), all.slice(4));
        const picked = [all[4]?.id ?? '', all[1]?.id ?? '', 'unknown:3'];
        assert.deepEqual(await store.listItems({ ids: picked }), [all[1], all[4]]);
        assert.deepEqual(await store.listItems({ ids: picked, limit: 1 }), [all[1]]);
        assert.deepEqual(await store.listItems({ ids: [] }), []);
        await assert.rejects(store.listItems({ limit: -1 }), /limit/);
      }));

    it('adds nothing for a hash already stored, also when added concurrently', () =>
      withStore(open, async (store) => {
        const f = harbourPage();
        const first = await store.addDocument(f.record, f.items, f.entities);
        const before = await store.counts();
        const again = await store.addDocument(f.record, f.items, f.entities);
        assert.deepEqual(again, { added: false, itemIds: first.itemIds });
        assert.deepEqual(await store.counts(), before);
        const g = ferryPage();
        const results = await Promise.all([1, 2, 3].map(() => store.addDocument(g.record, g.items, g.entities)));
        assert.equal(results.filter((r) => r.added).length, 1);
        assert.deepEqual(await store.counts(), { ...before, documents: 2, items: 3, events: 3 });
      }));

    it('stores concurrent documents that share an entity', () =>
      withStore(open, async (store) => {
        const pages = [1, 2, 3, 4, 5, 6].map(numberedPage);
        const results = await Promise.all(pages.map((f) => store.addDocument(f.record, f.items, f.entities)));
        assert.ok(results.every((r) => r.added));
        assert.equal((await store.getEntity('fac:station'))?.mentions, 6);
        assert.deepEqual(await store.counts(), { documents: 6, items: 6, entities: 1, events: 0, stories: 0 });
      }));

    it('leaves nothing behind when a document fails mid-way', () =>
      withStore(open, async (store) => {
        const good = harbourPage();
        await addAll(store, good);
        const before = await store.counts();
        const bad = ferryPage();
        const duplicate = { ...structuredClone(bad.items[0] as Item), title: 'Second item, same index' };
        await assert.rejects(store.addDocument(bad.record, [...bad.items, duplicate], bad.entities), /nothing of it was stored/);
        const badKind = { ...structuredClone(bad.items[0] as Item), index: 1, kind: 'rumour' as Item['kind'] };
        await assert.rejects(store.addDocument(bad.record, [...bad.items, badKind], bad.entities), /nothing of it was stored/);
        assert.equal(await store.hasDocument(bad.raw.hash), false);
        assert.equal(await store.getItem(itemId(bad.raw.hash, 0)), null);
        assert.deepEqual(await store.counts(), before);
        assert.deepEqual(await store.getEntity(TOWN.id), { ...TOWN, mentions: 2 });
        assert.deepEqual(await store.listItems(), expectedItems(good));
        assert.deepEqual(await store.addDocument(bad.record, bad.items, bad.entities), { added: true, itemIds: [itemId(bad.raw.hash, 0)] });
      }));

    it('rejects items of another document before writing anything', () =>
      withStore(open, async (store) => {
        const a = harbourPage();
        const b = ferryPage();
        await assert.rejects(store.addDocument(a.record, [...a.items, ...b.items], a.entities), /pass only the items extracted from this document/);
        assert.deepEqual(await store.counts(), { documents: 0, items: 0, entities: 0, events: 0, stories: 0 });
      }));

    it('merges the names of an entity across documents', () =>
      withStore(open, async (store) => {
        await addAll(store, harbourPage(), ferryPage());
        assert.deepEqual(await store.getEntity(TOWN.id), {
          id: TOWN.id,
          type: 'GPE',
          name: 'Northcape',
          names: { en: ['Northcape'], nl: ['Noord-Kaap', 'Noordkaap'], de: ['Nordkap'] },
          geo: { lat: 53.2, lon: 5.3 },
          mentions: 3,
        });
        assert.deepEqual(await store.getEntity(COUNCIL.id), {
          ...COUNCIL,
          names: { en: ['Harbour Council'], nl: ['Havenraad'], de: ['Hafenrat'] },
          mentions: 2,
        });
        assert.deepEqual(await store.getEntity(ISLAND.id), { ...ISLAND, mentions: 1 });
        // Duplicates collapse, empty lists stay, and names sort by code point (beyond U+FFFF too).
        const third = numberedPage(7);
        third.entities.push({ id: TOWN.id, type: 'LOC', name: 'Other', names: { fy: [], nl: ['Noordkaap', 'Noordkaap'], en: ['\u{1D4DD}orthcape', '\uFB01ne'] } });
        await addAll(store, third);
        assert.deepEqual((await store.getEntity(TOWN.id))?.names, {
          en: ['Northcape', '\uFB01ne', '\u{1D4DD}orthcape'], nl: ['Noord-Kaap', 'Noordkaap'], de: ['Nordkap'], fy: [],
        });
        assert.equal((await store.getEntity(TOWN.id))?.type, 'GPE');
      }));

    it('lists entities by mention count, then id, with filters', () =>
      withStore(open, async (store) => {
        const quiet = harbourPage();
        const extra = numberedPage(1);
        extra.entities.push({ id: 'per:nobody', type: 'PER', name: 'Nobody', names: {} });
        await addAll(store, quiet, ferryPage(), extra);
        const listed = await store.listEntities();
        assert.deepEqual(
          listed.map((e) => [e.id, e.mentions]),
          [[TOWN.id, 3], [COUNCIL.id, 2], ['fac:station', 1], [ISLAND.id, 1], ['per:nobody', 0]],
        );
        assert.deepEqual(listed[4], { id: 'per:nobody', type: 'PER', name: 'Nobody', names: {}, mentions: 0 });
        assert.deepEqual((await store.listEntities({ type: 'GPE' })).map((e) => e.id), [TOWN.id]);
        assert.deepEqual((await store.listEntities({ minMentions: 2 })).map((e) => e.id), [TOWN.id, COUNCIL.id]);
        assert.deepEqual((await store.listEntities({ type: 'LOC', minMentions: 1 })).map((e) => e.id), [ISLAND.id]);
        assert.deepEqual((await store.listEntities({ limit: 3 })).map((e) => e.id), [TOWN.id, COUNCIL.id, 'fac:station']);
        assert.deepEqual(await store.listEntities({ type: 'EVENT' }), []);
      }));

    it('lists events of given items, by item then position', () =>
      withStore(open, async (store) => {
        const h = harbourPage();
        const f = ferryPage();
        await addAll(store, h, f);
        const stored = (fixture: Fixture, index: number): StoredEvent[] => {
          const id = itemId(fixture.raw.hash, index);
          return (fixture.items[index]?.events ?? []).map((e, n) => ({ ...e, id: `${id}:e${n}`, itemId: id }));
        };
        const byItem = [...stored(h, 0), ...stored(f, 0)];
        const ordered = h.raw.hash < f.raw.hash ? byItem : [...stored(f, 0), ...stored(h, 0)];
        assert.deepEqual(await store.listEvents(), ordered);
        assert.deepEqual(await store.listEvents({ itemIds: [itemId(f.raw.hash, 0), itemId(h.raw.hash, 0)] }), ordered);
        assert.deepEqual(await store.listEvents({ itemIds: [itemId(h.raw.hash, 0)] }), stored(h, 0));
        assert.deepEqual(await store.listEvents({ itemIds: [itemId(h.raw.hash, 1)] }), []);
        assert.deepEqual(await store.listEvents({ itemIds: [] }), []);
      }));

    storeSearchConformance(open);
    storeSearchBoundConformance(open);
    storeItemSourcesConformance(open);
    storeStoryLockConformance(open);
    storeEntityConformance(open);
    storeStoryConformance(open);
    storeEventTimeConformance(open);
    storeDeleteConformance(open);

    it('closes, after which calls fail and closing again is harmless', async () => {
      const store = await open();
      await store.close();
      await assert.rejects(store.counts());
      await store.close();
    });
  });
}
