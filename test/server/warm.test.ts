/**
 * Background warming of story views after a store change: the largest stories' merged events are
 * computed while the server is idle, served from memory afterwards, never stale after another change,
 * and the work waits while a request is under way.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { eventGroups } from '../../src/cli/store-access.js';
import { ingestDemo } from '../../src/cli/commands/demo.js';
import { buildApp } from '../../src/server/app.js';
import { Activity, WARM_STORIES } from '../../src/server/warm.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from '../helpers/cli.js';
import { ingestInferred } from './inferred-fixture.js';

describe('warming story views in the background', () => {
  const { dir, cleanup } = tempDir('dossier-warm-');
  let store: Store;
  let built: ReturnType<typeof buildApp>;
  let reads = 0;
  before(async () => {
    store = await openStore(join(dir, 'store.db'));
    await ingestDemo(store);
    // A story view reads its items (with their events) from the store: count those reads.
    const listItems = store.listItems.bind(store);
    store.listItems = (query) => {
      if (query?.ids) reads++;
      return listItems(query);
    };
    built = buildApp({ store, warm: true });
  });
  after(async () => {
    built.warmer?.stop();
    await built.warmer?.settled();
    await store.close();
    cleanup();
  });

  it('after the first read, warms the largest stories; their events are then served without reading the store', async () => {
    const list = (await (await built.app.request('/api/stories?limit=10')).json()) as any;
    await built.warmer?.settled();
    const largest = list.stories.slice(0, WARM_STORIES).map((s: any) => s.id);
    assert.deepEqual(built.warmer?.warmed, largest);
    const before = reads;
    const got = (await (await built.app.request(`/api/stories/${encodeURIComponent(largest[0])}/events`)).json()) as any;
    assert.equal(reads, before, 'served from the warmed view');
    assert.deepEqual(got.timeline, await eventGroups(store, (await store.getStory(largest[0]))?.itemIds));
  });

  it('after another change the views are warmed again from the new state, not kept from the old', async () => {
    await ingestInferred(store);
    const list = (await (await built.app.request('/api/stories?limit=10')).json()) as any;
    await built.warmer?.settled();
    assert.deepEqual(built.warmer?.warmed, list.stories.slice(0, WARM_STORIES).map((s: any) => s.id));
    for (const id of built.warmer?.warmed ?? []) {
      const got = (await (await built.app.request(`/api/stories/${encodeURIComponent(id)}/events`)).json()) as any;
      assert.deepEqual(got.timeline, await eventGroups(store, (await store.getStory(id))?.itemIds), id);
    }
  });

  it('notices a write by another writer while idle (polling the change mark) and warms again', async () => {
    built.warmer?.poll(50);
    const before = reads;
    await store.replaceStories(await store.listStories());
    const deadline = Date.now() + 10_000;
    while (reads === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await built.warmer?.settled();
    assert.ok(reads > before, 'the largest stories were read again without any request');
  });

  it('is quiet only with no request under way and none just ended', async () => {
    const activity = new Activity();
    assert.equal(activity.quietFor(0), true);
    const end = activity.begin();
    assert.equal(activity.quietFor(0), false);
    end();
    assert.equal(activity.quietFor(0), true);
    assert.equal(activity.quietFor(60_000), false);
  });
});
