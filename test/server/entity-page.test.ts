/**
 * The entity page's answer (roles in events, the bounded chart and stories) and the commitments
 * endpoint, over a SQLite store built from the demo corpus.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { commitmentRows } from '../../src/cli/commands/commitments.js';
import { ENTITY_ITEMS, RELATED_STORIES, entityRoles, entityView } from '../../src/server/entity-view.js';
import { testServer, type TestServer } from './support.js';

let t: TestServer;
before(async () => {
  t = await testServer({ demo: true });
});
after(async () => {
  await t.stop();
});

describe('GET /api/entities/:id', () => {
  it('gives the roles the entity takes in the events of its listed items', async () => {
    const [actor] = (await t.store.listEvents()).flatMap((e) => e.actors);
    assert.ok(actor, 'the demo has an event with an actor');
    const r = await t.get(`/api/entities/${encodeURIComponent(actor.entity)}`);
    assert.equal(r.status, 200);
    const events = await t.store.listEvents({ itemIds: r.body.mentions.map((m: any) => m.itemId) });
    assert.deepEqual(r.body.roles, entityRoles(events, actor.entity));
    assert.ok(r.body.roles.some((x: any) => x.role === actor.role && x.count > 0));
    assert.ok(r.body.mentions.length <= ENTITY_ITEMS);
    assert.equal(r.body.sample, null);
    assert.ok(r.body.stories.length <= RELATED_STORIES);
  });

  it('counts roles per role and event type, places included', () => {
    const event = (type: string, actors: [string, string][], place: string | null) => ({ type, actors: actors.map(([entity, role]) => ({ entity, role })), place }) as any;
    const roles = entityRoles([event('meet', [['a', 'agent'], ['b', 'counterpart']], 'a'), event('meet', [['a', 'agent']], null), event('urge', [['b', 'agent'], ['a', 'target']], null)], 'a');
    assert.deepEqual(roles, [
      { role: 'agent', type: 'meet', count: 2 },
      { role: 'place', type: 'meet', count: 1 },
      { role: 'target', type: 'urge', count: 1 },
    ]);
  });

  it('counts the chart and related stories over a sample when the entity is named in more items than the bound', async () => {
    const entity = await t.store.getEntity('gpe:NL');
    assert.ok(entity);
    const full = await entityView(t.store, entity);
    assert.equal(full.sample, null);
    assert.ok(full.items > 2);
    const sampled = await entityView(t.store, entity, 2);
    assert.deepEqual(sampled.sample, { items: 2 });
    assert.equal(sampled.items, 2);
    assert.ok(sampled.timeline.reduce((n, p) => n + p.count, 0) + sampled.undated < full.timeline.reduce((n, p) => n + p.count, 0) + full.undated);
    const fullStories = new Set(full.stories.map((s) => s.id));
    assert.ok(sampled.stories.length > 0 && sampled.stories.every((s) => s.mentioning <= 2 && fullStories.has(s.id)));
    assert.deepEqual(sampled.mentions, full.mentions, 'the newest mentions are never sampled');
  });
});

describe('GET /api/commitments', () => {
  it('gives the commitments of a story as `dossier commitments --story` finds them, with item ids and party names', async () => {
    const all = await t.get('/api/commitments?limit=500');
    assert.equal(all.status, 200);
    assert.ok(all.body.total > 0, 'the demo states commitments');
    const [first] = all.body.commitments;
    const story = (await t.store.listStories()).find((s) => s.itemIds.includes(first.evidence.itemId));
    assert.ok(story);
    const r = await t.get(`/api/commitments?story=${encodeURIComponent(story.id)}&limit=500`);
    const expected = await commitmentRows(t.store, story.itemIds);
    assert.deepEqual(r.body.commitments.map((c: any) => [c.evidence.sentence, c.status, c.parties]), expected.map((e) => [e.commitment.sentence, e.status, e.parties.map((p) => p.id)]));
    for (const c of r.body.commitments) {
      const item = await t.store.getItem(c.evidence.itemId);
      assert.equal(item?.source, c.evidence.source);
      assert.ok(`${item?.title}\n\n${item?.text}`.includes(c.evidence.sentence));
      for (const id of c.parties) assert.ok(r.body.entities[id]?.name, id);
    }
  });

  it('answers 404 for an unknown story and 400 for a bad page', async () => {
    assert.equal((await t.get('/api/commitments?story=s-none')).status, 404);
    const bad = await t.get('/api/commitments?limit=0');
    assert.equal(bad.status, 400);
    assert.match(bad.body.message, /^limit /);
  });
});
