/**
 * Conformance tests of event times set after clustering (registered inside the suite of
 * `conformance.ts`): an open time survives the round trip, an inferred time is stored with its
 * provenance and can be taken back.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { EventTime, OpenTime } from '../../src/pipeline/types.js';
import { itemId } from '../../src/store/store.js';
import type { OpenStore } from './conformance.js';
import { addAll, withStore } from './conformance.js';
import { ferryPage, harbourPage } from './fixtures.js';

/** Registers the event time tests for the stores `open` returns. */
export function storeEventTimeConformance(open: OpenStore): void {
  it('setEventTimes stores an inferred time beside the open expression, and takes it back', () =>
    withStore(open, async (store) => {
      const h = harbourPage();
      const f = ferryPage();
      const openTime: OpenTime = { text: 'in april', date: '--04', precision: 'month', start: 120, month: 4, day: null, weekday: null };
      const planned = h.items[0]?.events[1];
      assert.ok(planned);
      planned.openTime = openTime;
      await addAll(store, h, f);
      const id = `${itemId(h.raw.hash, 0)}:e1`;
      const stored = async () => (await store.listEvents({ itemIds: [itemId(h.raw.hash, 0)] })).find((e) => e.id === id);
      assert.deepEqual((await stored())?.openTime, openTime);
      assert.equal((await stored())?.time, null);

      const inferred: EventTime = { date: '2024-04', precision: 'month', provenance: { certainty: 'inferred', rule: 'dates/across/same-item', evidence: 'the council agreed on 12 March 2024' } };
      await store.setEventTimes([{ id, time: inferred, openTime }, { id: 'ffffffffffffffff:0:e0', time: inferred }]);
      assert.deepEqual((await stored())?.time, inferred);
      assert.deepEqual((await stored())?.openTime, openTime);
      const item = await store.getItem(itemId(h.raw.hash, 0));
      assert.deepEqual(item?.events[1]?.time, inferred);
      assert.deepEqual(item?.events[0]?.time, { date: '2024-03-12', precision: 'day' }, 'other events keep their times');

      await store.setEventTimes([{ id, time: null, openTime }]);
      assert.equal((await stored())?.time, null);
      assert.deepEqual((await stored())?.openTime, openTime);
      await store.setEventTimes([]);
    }));
}
