/**
 * Conformance tests of `Store.search` (registered inside the suite of `conformance.ts`).
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { itemId } from '../../src/store/store.js';
import type { OpenStore } from './conformance.js';
import { addAll, withStore } from './conformance.js';
import { ferryPage, harbourPage, lighthousePage } from './fixtures.js';

/** User queries full of FTS syntax, quotes and punctuation; none may throw. */
const HOSTILE_QUERIES = [
  '"lighthouse', 'lighthouse"', '""', 'AND', 'OR lighthouse', 'lighthouse NOT', 'light*', '(lighthouse', 'lighthouse)',
  'title:lighthouse', 'NEAR(lighthouse keeper)', "'; DROP TABLE items; --", '-lighthouse', '^lighthouse', 'a & b | !c',
  ':*', 'lighthouse:*', '\\', '{keeper}', 'keeper + museum', "keeper's", '%_%', '<b>lighthouse</b>',
];

/** Registers the search tests for the stores `open` returns. */
export function storeSearchConformance(open: OpenStore): void {
  it('search finds words of the text and of the title, with a snippet', () =>
    withStore(open, async (store) => {
      const coast = lighthousePage();
      await addAll(store, coast, harbourPage());
      const body = await store.search('promenade');
      assert.equal(body.length, 1);
      assert.deepEqual({ ...body[0], snippet: undefined, score: undefined }, {
        itemId: itemId(coast.raw.hash, 0), source: 'captures/coast.txt', index: 0, title: 'Coastal notes', lang: 'en', snippet: undefined, score: undefined,
      });
      assert.match(body[0]?.snippet ?? '', /\[promenade\]/);
      assert.equal(typeof body[0]?.score, 'number');
      const title = await store.search('retires');
      assert.deepEqual(title.map((h) => h.itemId), [itemId(coast.raw.hash, 1)]);
      assert.match(title[0]?.snippet ?? '', /\[retires\]/);
      assert.deepEqual((await store.search('leeszaal')).map((h) => h.index), [1]);
    }));

  it('search ranks a title match first, requires every word and ignores case', () =>
    withStore(open, async (store) => {
      const coast = lighthousePage();
      await addAll(store, coast);
      const hits = await store.search('lighthouse');
      assert.deepEqual(hits.map((h) => h.index), [1, 0]);
      assert.ok((hits[0]?.score ?? 0) > (hits[1]?.score ?? 0));
      assert.deepEqual((await store.search('LightHouse')).map((h) => h.index), [1, 0]);
      assert.deepEqual((await store.search('keeper museum')).map((h) => h.index), [1]);
      assert.deepEqual((await store.search('lighthouse market')).map((h) => h.index), []);
      assert.deepEqual((await store.search('lighthouse', { limit: 1 })).map((h) => h.index), [1]);
    }));

  it('search handles non-ASCII words', () =>
    withStore(open, async (store) => {
      const ferry = ferryPage();
      await addAll(store, ferry, lighthousePage());
      assert.deepEqual((await store.search('Fähre')).map((h) => h.itemId), [itemId(ferry.raw.hash, 0)]);
      assert.deepEqual((await store.search('FÄHRE')).map((h) => h.itemId), [itemId(ferry.raw.hash, 0)]);
    }));

  it('search treats quotes, operators and punctuation in user input as text', () =>
    withStore(open, async (store) => {
      await addAll(store, lighthousePage());
      for (const query of HOSTILE_QUERIES) {
        const hits = await store.search(query);
        assert.ok(Array.isArray(hits), query);
      }
      assert.deepEqual((await store.search('"lighthouse"')).map((h) => h.index), [1, 0]);
      assert.deepEqual((await store.search('(lighthouse)')).map((h) => h.index), [1, 0]);
      // "AND" is a word here, not an operator: only the first item says "and".
      assert.deepEqual((await store.search('lighthouse AND')).map((h) => h.index), [0]);
      assert.deepEqual((await store.search('lighthouse NOT keeper')).map((h) => h.index), []);
      for (const empty of ['', '   ', '!!!', '"', '*', '()']) assert.deepEqual(await store.search(empty), [], JSON.stringify(empty));
      assert.equal((await store.counts()).items, 3);
    }));
}
