/**
 * Conformance tests of the bound on ranked search matches (`rankedMatches`, default
 * `SEARCH_RANKED_MATCHES`): a term found in more items than the bound is ranked among its newest
 * matches only; a term found in fewer is ranked exactly as without a bound. Registered inside the
 * suite of `conformance.ts`.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { newItem } from '../../src/pipeline/item.js';
import { itemId } from '../../src/store/store.js';
import type { OpenStore } from './conformance.js';
import { addAll, withStore } from './conformance.js';
import { documentRecord, rawDocument, type Fixture } from './fixtures.js';

/**
 * Notice `n` of a made-up tide log, captured on day `n` of March and stored in that order, so
 * "newest" means the same on every store. Every notice says "beacon"; the older ones say it in
 * the title and more often, so they rank higher. Only notice 2 says "gannet".
 */
function tideNotice(n: number): Fixture {
  const day = String(n).padStart(2, '0');
  const raw = rawDocument(`captures/tide-${n}.txt`, `tide notice ${n}`, { capturedAt: `2024-03-${day}T06:00:00Z` });
  const old = n <= 3;
  const item = newItem(raw, {
    index: 0,
    kind: 'article',
    title: old ? `Beacon log ${n}` : `Tide log ${n}`,
    text: old
      ? `The beacon on the mole was lit at dusk; the beacon keeper wrote entry ${n}.${n === 2 ? ' A gannet sat on the rail.' : ''}`
      : `Entry ${n}: high water at noon, the channel buoys were checked and the beacon was seen from the quay.`,
  });
  return { raw, record: documentRecord(raw), items: [item], entities: [] };
}

/** Registers the tests of the ranked-match bound for the stores `open` returns. */
export function storeSearchBoundConformance(open: OpenStore): void {
  it('search ranks only the newest matches of a term found in more items than the bound', () =>
    withStore(open, async (store) => {
      const notices = [1, 2, 3, 4, 5, 6].map(tideNotice);
      await addAll(store, ...notices);
      const id = (n: number): string => itemId(notices[n - 1]?.raw.hash ?? '', 0);
      const all = await store.search('beacon');
      assert.equal(all.length, 6);
      assert.deepEqual(all.slice(0, 3).map((h) => h.itemId).sort(), [id(1), id(2), id(3)].sort(), 'without a bound, the title matches rank first');
      const bounded = await store.search('beacon', { rankedMatches: 3 });
      assert.deepEqual(bounded.map((h) => h.itemId).sort(), [id(4), id(5), id(6)].sort(), 'with a bound of 3, only the 3 newest are ranked');
      // Within the bound, the order and scores are those of the unbounded ranking.
      assert.deepEqual(bounded, all.filter((h) => [id(4), id(5), id(6)].includes(h.itemId)));
      assert.deepEqual(await store.search('beacon', { rankedMatches: 4, limit: 2 }), [all.find((h) => h.itemId === id(3))].concat(bounded.slice(0, 1)));
      assert.deepEqual(await store.search('beacon', { rankedMatches: 0 }), []);
      await assert.rejects(store.search('beacon', { rankedMatches: -1 }), /rankedMatches/);
    }));

  it('search ranks a term found in no more items than the bound exactly as without one', () =>
    withStore(open, async (store) => {
      const notices = [1, 2, 3, 4, 5, 6].map(tideNotice);
      await addAll(store, ...notices);
      const rare = await store.search('gannet');
      assert.deepEqual(rare.map((h) => h.itemId), [itemId(notices[1]?.raw.hash ?? '', 0)]);
      assert.deepEqual(await store.search('gannet', { rankedMatches: 1 }), rare);
      const all = await store.search('beacon');
      assert.deepEqual(await store.search('beacon', { rankedMatches: 6 }), all);
      assert.deepEqual(await store.search('beacon', { rankedMatches: 1_000_000 }), all);
      assert.deepEqual(await store.search('beacon keeper', { rankedMatches: 3 }), await store.search('beacon keeper'));
    }));
}
