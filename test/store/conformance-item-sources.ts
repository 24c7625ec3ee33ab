/**
 * Conformance tests of `Store.itemSources` (registered inside the suite of `conformance.ts`).
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { itemId, type ItemSource } from '../../src/store/store.js';
import type { OpenStore } from './conformance.js';
import { addAll, withStore } from './conformance.js';
import { ferryPage, harbourPage } from './fixtures.js';

const byId = (a: ItemSource, b: ItemSource): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Registers the itemSources tests for the stores `open` returns. */
export function storeItemSourcesConformance(open: OpenStore): void {
  it('itemSources lists the source and URL of every item, and agrees with itemIdsFromSource', () =>
    withStore(open, async (store) => {
      assert.deepEqual(await store.itemSources(), []);
      const h = harbourPage();
      const f = ferryPage();
      await addAll(store, h, f);
      const sources = (await store.itemSources()).sort(byId);
      const expected: ItemSource[] = [
        { id: itemId(h.raw.hash, 0), source: 'captures/harbour.txt', url: 'https://example.org/nl/haven' },
        { id: itemId(h.raw.hash, 1), source: 'captures/harbour.txt', url: 'https://example.org/nl/haven' },
        { id: itemId(f.raw.hash, 0), source: 'captures/faehre.txt', url: null },
      ];
      assert.deepEqual(sources, expected.sort(byId));
      for (const text of ['HARBOUR', 'example.org/nl', 'captures/', 'faehre', 'nowhere']) {
        const wanted = text.toLowerCase();
        const inMemory = sources.filter((s) => s.source.toLowerCase().includes(wanted) || (s.url ?? '').toLowerCase().includes(wanted)).map((s) => s.id);
        assert.deepEqual(inMemory.sort(), (await store.itemIdsFromSource(text)).sort(), text);
      }
      await store.deleteDocument(h.raw.hash);
      assert.deepEqual(await store.itemSources(), [{ id: itemId(f.raw.hash, 0), source: 'captures/faehre.txt', url: null }]);
    }));
}
