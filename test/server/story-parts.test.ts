/**
 * The story page's two halves (`/api/stories/:id/items`, paged, and `/api/stories/:id/events`),
 * the item list, and the cache of derived views, over the demo corpus.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventGroups } from '../../src/cli/store-access.js';
import { testServer, type TestServer } from './support.js';

let t: TestServer;
before(async () => {
  t = await testServer({ demo: true });
});
after(async () => {
  await t.stop();
});

const readingTime = (i: any): string => i.published?.date ?? i.capturedAt;

describe('story parts', () => {
  it('GET /api/stories/:id/items pages the items in reading order, with the names they mention', async () => {
    const [first] = (await t.get('/api/stories?limit=1')).body.stories;
    const all = await t.get(`/api/stories/${encodeURIComponent(first.id)}/items?limit=500`);
    assert.equal(all.status, 200);
    assert.equal(all.body.total, first.size);
    assert.deepEqual(all.body.story, first);
    const times = all.body.items.map(readingTime);
    assert.deepEqual(times, [...times].sort());
    const page = await t.get(`/api/stories/${encodeURIComponent(first.id)}/items?limit=2&offset=1`);
    assert.deepEqual(page.body.items, all.body.items.slice(1, 3));
    assert.equal(page.body.total, first.size);
    for (const item of page.body.items) for (const span of item.spans) if (span.kind === 'mention') assert.ok(page.body.entities[span.ref], span.ref);
    const full = await t.get(`/api/stories/${encodeURIComponent(first.id)}?limit=2&offset=1`);
    assert.deepEqual(full.body.items, page.body.items);
    assert.deepEqual(full.body.itemPage, { total: first.size, offset: 1, limit: 2 });
    assert.equal((await t.get(`/api/stories/${encodeURIComponent(first.id)}/items?limit=0`)).status, 400);
    assert.equal((await t.get('/api/stories/s-none/items')).status, 404);
  });

  it('GET /api/stories/:id/events gives the merged events, graph, places and the item of each evidence sentence', async () => {
    const [first] = (await t.get('/api/stories?limit=1')).body.stories;
    const story = await t.store.getStory(first.id);
    const r = await t.get(`/api/stories/${encodeURIComponent(first.id)}/events`);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.timeline, await eventGroups(t.store, story?.itemIds));
    assert.ok(r.body.timeline.length > 0 && r.body.graph.nodes.length > 0 && r.body.places.points.length > 0);
    for (const group of r.body.timeline) {
      for (const a of group.actors) assert.ok(r.body.entities[a.id], a.id);
      for (const ev of group.evidence) {
        const found = r.body.evidenceItems.find((x: any) => x.source === ev.source && x.index === ev.item);
        assert.ok(found && story?.itemIds.includes(found.id), ev.sentence);
      }
    }
    assert.equal((await t.get('/api/stories/s-none/events')).status, 404);
  });

  it('GET /api/items lists every item in store order, paged', async () => {
    const counts = await t.store.counts();
    const r = await t.get('/api/items?limit=500');
    assert.equal(r.status, 200);
    assert.equal(r.body.total, counts.items);
    assert.deepEqual(r.body.items.map((i: any) => i.id), (await t.store.listItems()).map((i) => i.id));
    const page = await t.get('/api/items?limit=3&offset=4');
    assert.deepEqual(page.body.items, r.body.items.slice(4, 7));
    assert.deepEqual((await t.get(`/api/items?offset=${counts.items + 10}`)).body.items, []);
    assert.equal((await t.get('/api/items?offset=-1')).status, 400);
  });

  it('GET /api/items/:id names its document hash and its stories', async () => {
    const [story] = await t.store.listStories();
    const id = story?.itemIds[0] ?? '';
    const r = await t.get(`/api/items/${encodeURIComponent(id)}`);
    assert.equal(r.body.document.hash.slice(0, 16), id.split(':')[0]);
    assert.ok(r.body.stories.some((s: any) => s.id === story?.id));
  });

  it('serves views from the cache until the store changes, then recomputes them', async () => {
    const [first] = (await t.get('/api/stories?limit=1')).body.stories;
    const before = (await t.get('/api/stories?limit=500')).body.total;
    const story = await t.store.getStory(first.id);
    assert.ok(story);
    // Another writer (as `dossier recluster` would) splits the largest story in two.
    const rest = (await t.store.listStories()).filter((s) => s.id !== first.id);
    const [a, ...b] = story.itemIds;
    await t.store.replaceStories([...rest, { ...story, itemIds: [a as string] }, { ...story, id: `${story.id}-split`, itemIds: b }]);
    assert.equal((await t.get('/api/stories?limit=500')).body.total, before + 1);
    assert.equal((await t.get(`/api/stories/${encodeURIComponent(first.id)}/items`)).body.total, 1);
    assert.equal((await t.get(`/api/items/${encodeURIComponent(b[0] ?? '')}`)).body.stories[0].id, `${story.id}-split`);
    await t.store.replaceStories([...rest, story]);
    assert.equal((await t.get(`/api/stories/${encodeURIComponent(first.id)}/items`)).body.total, story.itemIds.length);
  });
});
