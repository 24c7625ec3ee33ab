/**
 * A story's merged timeline is kept across store changes that leave its event mentions, items and
 * names alone (StoreCache.lasting), and merged again when any of them changes.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { eventGroups } from '../../src/cli/store-access.js';
import { ingestDemo } from '../../src/cli/commands/demo.js';
import { StoreCache } from '../../src/server/store-cache.js';
import { storyBase, storyEvents } from '../../src/server/story-view.js';
import { openStore } from '../../src/store/open.js';
import type { Store, StoryRecord } from '../../src/store/store.js';
import { tempDir } from '../helpers/cli.js';

describe('merged timelines across store changes', () => {
  const { dir, cleanup } = tempDir('dossier-memo-');
  let store: Store;
  let story: StoryRecord;
  before(async () => {
    store = await openStore(join(dir, 'store.db'));
    await ingestDemo(store);
    const stories = await store.listStories();
    const withEvents = [];
    for (const s of stories) if ((await store.listEvents({ itemIds: s.itemIds })).length > 1) withEvents.push(s);
    story = withEvents[0] as StoryRecord;
  });
  after(async () => {
    await store.close();
    cleanup();
  });

  it('reuses the merge when only other parts of the store changed, and merges again when an event changed', async () => {
    assert.ok(story, 'the demo has a story with events');
    const cache = new StoreCache(store);
    const first = await storyEvents(store, cache, (await storyBase(store, cache, story.id))!);
    await store.replaceStories(await store.listStories());
    const base = (await storyBase(store, cache, story.id))!;
    const again = await storyEvents(store, cache, base);
    assert.notEqual(again, first, 'the view itself is rebuilt for the new store state');
    assert.equal(again.timeline, first.timeline, 'the merged timeline is reused');
    const [event] = base.events;
    assert.ok(event);
    await store.setEventTimes([{ id: event.id, time: { date: '2031-07-04', precision: 'day', provenance: { certainty: 'inferred', rule: 'dates/across/test' } } }]);
    const changed = await storyEvents(store, cache, (await storyBase(store, cache, story.id))!);
    assert.notEqual(changed.timeline, first.timeline);
    assert.deepEqual(changed.timeline, await eventGroups(store, story.itemIds));
    assert.ok(JSON.stringify(changed.timeline).includes('2031-07-04'));
  });
});
