/**
 * The read API over a real SQLite store built from the demo corpus.
 */
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { eventGroups } from '../../src/cli/store-access.js';
import { coordinates } from '../../src/server/places.js';
import { webRoot } from '../../src/server/static-files.js';
import { STORY_SEARCH_HITS } from '../../src/server/story-filter.js';
import { testServer, type TestServer } from './support.js';

let t: TestServer;
before(async () => {
  t = await testServer({ demo: true });
});
after(async () => {
  await t.stop();
});

describe('GET /api/stories', () => {
  it('lists every story, largest first, with paging', async () => {
    const all = await t.get('/api/stories?limit=500');
    assert.equal(all.status, 200);
    assert.equal(all.body.total, (await t.store.listStories()).length);
    assert.ok(all.body.total > 5);
    const sizes = all.body.stories.map((s: any) => s.size);
    assert.deepEqual(sizes, [...sizes].sort((a: number, b: number) => b - a));
    const page = await t.get('/api/stories?limit=2&offset=1');
    assert.deepEqual(page.body.stories, all.body.stories.slice(1, 3));
    assert.equal(page.body.limit, 2);
    assert.equal(page.body.offset, 1);
  });

  it('filters by language and time range', async () => {
    const de = await t.get('/api/stories?lang=de&limit=500');
    assert.ok(de.body.total > 0);
    assert.ok(de.body.stories.every((s: any) => s.languages.includes('de')));
    assert.ok(de.body.total < (await t.get('/api/stories')).body.total);
    assert.equal((await t.get('/api/stories?from=2099-01-01')).body.total, 0);
    assert.equal((await t.get('/api/stories?to=1999-12-31')).body.total, 0);
    const march = await t.get('/api/stories?from=2025-03-01&to=2025-03-31&limit=500');
    assert.ok(march.body.total > 0);
    for (const s of march.body.stories) assert.ok(Date.parse(s.last) >= Date.parse('2025-03-01') && Date.parse(s.first) < Date.parse('2025-04-01'));
  });

  it('filters by search words: stories holding a matching item', async () => {
    const hits = new Set((await t.store.search('Rotterdam', { limit: STORY_SEARCH_HITS })).map((h) => h.itemId));
    assert.ok(hits.size > 0);
    const expected = (await t.store.listStories()).filter((s) => s.itemIds.some((id) => hits.has(id))).map((s) => s.id);
    const got = await t.get('/api/stories?q=Rotterdam&limit=500');
    assert.deepEqual(got.body.stories.map((s: any) => s.id), expected);
  });

  it('filters by entity and by source', async () => {
    const got = await t.get('/api/stories?entity=gpe:NL&limit=500');
    assert.ok(got.body.total > 0);
    for (const s of got.body.stories) {
      const story = await t.store.getStory(s.id);
      const items = await t.store.listItems({ ids: story?.itemIds ?? [] });
      assert.ok(items.some((i) => i.mentions.some((m) => m.entity === 'gpe:NL')), s.id);
    }
    assert.equal((await t.get('/api/stories?entity=per:nobody-at-all')).body.total, 0);
    const fr = await t.get('/api/stories?source=/fr/&limit=500');
    assert.ok(fr.body.total > 0 && fr.body.total < (await t.get('/api/stories')).body.total);
  });

  it('answers 400 with the parameter named for bad filters', async () => {
    for (const [query, name] of [['lang=dutch', 'lang'], ['from=yesterday', 'from'], ['to=2025-13-45', 'to'], ['limit=0', 'limit'], ['limit=501', 'limit'], ['offset=-1', 'offset'], [`q=${'x'.repeat(201)}`, 'q']] as const) {
      const r = await t.get(`/api/stories?${query}`);
      assert.equal(r.status, 400, query);
      assert.equal(r.body.error, 'bad_parameter');
      assert.match(r.body.message, new RegExp(`^${name} `), query);
    }
  });
});

describe('GET /api/stories/:id', () => {
  it('gives the items, the merged timeline, the actor graph and the map points', async () => {
    const [first] = (await t.get('/api/stories?limit=1')).body.stories;
    const r = await t.get(`/api/stories/${encodeURIComponent(first.id)}`);
    assert.equal(r.status, 200);
    const story = await t.store.getStory(first.id);
    assert.deepEqual(r.body.items.map((i: any) => i.id).sort(), [...(story?.itemIds ?? [])].sort());
    assert.deepEqual(r.body.timeline, await eventGroups(t.store, story?.itemIds));
    const actors = new Set(r.body.timeline.flatMap((g: any) => g.actors.map((a: any) => a.id)));
    assert.deepEqual(new Set(r.body.graph.nodes.map((n: any) => n.id)), actors);
    for (const edge of r.body.graph.edges) {
      for (const id of edge.events) {
        const group = r.body.timeline.find((g: any) => g.id === id);
        assert.ok(group.actors.some((a: any) => a.id === edge.source) && group.actors.some((a: any) => a.id === edge.target));
      }
    }
    assert.ok(r.body.places.points.length > 0);
    for (const p of r.body.places.points) assert.ok(Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180 && p.kinds.length > 0);
  });

  it('marks mentions and evidence at the right offsets of the body', async () => {
    const [first] = (await t.get('/api/stories?limit=1')).body.stories;
    const r = await t.get(`/api/stories/${encodeURIComponent(first.id)}`);
    let mentions = 0;
    let evidence = 0;
    for (const item of r.body.items) {
      const stored = await t.store.getItem(item.id);
      const events = await t.store.listEvents({ itemIds: [item.id] });
      for (const span of item.spans) {
        const text = item.text.slice(span.start, span.end);
        if (span.kind === 'mention') {
          mentions++;
          assert.ok(stored?.mentions.some((m) => m.entity === span.ref && m.text === text), `${span.ref} "${text}"`);
        } else {
          evidence++;
          assert.equal(text, events.find((e) => e.id === span.ref)?.sentence);
        }
      }
    }
    assert.ok(mentions > 0 && evidence > 0);
  });

  it('answers 404 for an unknown story, quoting at most 200 characters of its id', async () => {
    const r = await t.get('/api/stories/s-none');
    assert.equal(r.status, 404);
    assert.equal(r.body.error, 'not_found');
    assert.match(r.body.message, /s-none/);
    const long = await t.get(`/api/stories/${'x'.repeat(5000)}`);
    assert.equal(long.status, 404);
    assert.ok(long.body.message.length < 300, long.body.message.length);
  });
});

describe('items, entities, events, search and map', () => {
  it('GET /api/items/:id gives the item with its document and stories', async () => {
    const [item] = await t.store.listItems({ limit: 1 });
    const r = await t.get(`/api/items/${encodeURIComponent(item?.id ?? '')}`);
    assert.equal(r.status, 200);
    assert.equal(r.body.item.text, item?.text);
    assert.equal(r.body.document.source, item?.source);
    assert.ok(r.body.stories.length >= 1);
    assert.equal((await t.get('/api/items/0000000000000000:9')).status, 404);
  });

  it('GET /api/entities lists, filters by type and by any name', async () => {
    const all = await t.get('/api/entities?limit=500');
    const counts = all.body.entities.map((e: any) => e.mentions);
    assert.deepEqual(counts, [...counts].sort((a: number, b: number) => b - a));
    const gpe = await t.get('/api/entities?type=GPE&limit=500');
    assert.ok(gpe.body.total > 0 && gpe.body.entities.every((e: any) => e.type === 'GPE'));
    assert.ok((await t.get('/api/entities?q=nederland')).body.entities.some((e: any) => e.id === 'gpe:NL'));
    assert.equal((await t.get('/api/entities?type=CITY')).status, 400);
  });

  it('GET /api/entities/:id gives names per language, mentions per day and related stories', async () => {
    const r = await t.get('/api/entities/gpe:NL');
    assert.equal(r.status, 200);
    assert.ok(r.body.entity.names.nl.includes('Nederland'));
    const total = r.body.mentions.reduce((n: number, m: any) => n + m.count, 0);
    assert.equal(r.body.timeline.reduce((n: number, d: any) => n + d.count, 0) + r.body.undated, total);
    assert.ok(r.body.stories.length > 0);
    for (const m of r.body.mentions) {
      const item = await t.store.getItem(m.itemId);
      const texts = new Set(item?.mentions.filter((x) => x.entity === 'gpe:NL').map((x) => x.text));
      assert.ok(m.contexts.length > 0 && m.contexts.every((c: any) => texts.has(c.text)), m.itemId);
    }
    assert.equal((await t.get('/api/entities/gpe:XX')).status, 404);
  });

  it('GET /api/events gives a story\'s merged events', async () => {
    const [first] = (await t.get('/api/stories?limit=1')).body.stories;
    const story = await t.store.getStory(first.id);
    const r = await t.get(`/api/events?story=${encodeURIComponent(first.id)}&limit=500`);
    assert.deepEqual(r.body.events, await eventGroups(t.store, story?.itemIds));
    assert.equal((await t.get('/api/events?story=s-none')).status, 404);
    assert.ok((await t.get('/api/events?limit=3')).body.events.length <= 3);
  });

  it('GET /api/search finds items and validates its words', async () => {
    const r = await t.get('/api/search?q=Rotterdam&limit=5');
    assert.ok(r.body.hits.length > 0 && r.body.hits.length <= 5);
    assert.deepEqual(r.body.hits, await t.store.search('Rotterdam', { limit: 5 }));
    assert.equal((await t.get('/api/search')).status, 400);
    assert.equal((await t.get('/api/search?q=%20')).body.error, 'missing_parameter');
    assert.equal((await t.get('/api/search?q=x&limit=1000')).status, 400);
  });

  it('GET /api/map/world gives country outlines; countries are placed at their centroid', async () => {
    const r = await t.get('/api/map/world');
    assert.equal(r.body.width, 720);
    assert.ok(r.body.countries.length > 150);
    const japan = r.body.countries.find((c: any) => c.id === '392');
    assert.ok(japan.d.startsWith('M'));
    const c = coordinates({ id: 'gpe:JP' });
    assert.ok(c && c.lon > 133 && c.lon < 142 && c.lat > 33 && c.lat < 40, JSON.stringify(c));
    assert.deepEqual(coordinates({ id: 'gpe:city:1', geo: { lat: 1, lon: 2 } }), { lat: 1, lon: 2 });
    assert.equal(coordinates({ id: 'org:nato' }), null);
  });
});

describe('web UI and unknown paths', () => {
  it('preloads every module of the UI from index.html, so none waits for the one importing it', async () => {
    const index = (await t.get('/')).body as string;
    const preloaded = new Set([...index.matchAll(/<link rel="modulepreload" href="\/([^"]+)">/g)].map((m) => m[1]));
    const modules: string[] = [];
    const walk = (dir: string, prefix: string): void => {
      for (const name of readdirSync(dir)) {
        if (statSync(join(dir, name)).isDirectory()) walk(join(dir, name), `${prefix}${name}/`);
        else if (name.endsWith('.js') && `${prefix}${name}` !== 'app.js') modules.push(`${prefix}${name}`);
      }
    };
    walk(webRoot(), '');
    assert.ok(modules.length > 5);
    assert.deepEqual([...preloaded].sort(), modules.sort());
  });

  it('serves the UI files and answers 404 JSON elsewhere', async () => {
    const index = await t.get('/');
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-type') ?? '', /text\/html/);
    assert.match(index.body, /<script type="module" src="\/app.js"><\/script>/);
    assert.match((await t.get('/app.js')).headers.get('content-type') ?? '', /javascript/);
    for (const path of ['/api/nothing', '/nothing.js', '/..%2Fpackage.json', '/tsconfig.json']) {
      const r = await t.get(path);
      assert.equal(r.status, 404, path);
      assert.equal(r.body.error, 'not_found');
    }
  });
});
