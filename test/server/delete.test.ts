/**
 * `DELETE /api/documents/:hash`: needs the token, validates the hash, removes the document's
 * items and recomputes the stories.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testServer, type TestServer } from './support.js';

const TOKEN = 'delete-token-71c2';

function del(t: TestServer, hash: string, token?: string): Promise<Response> {
  return fetch(`${t.url}/api/documents/${hash}`, { method: 'DELETE', headers: token ? { authorization: `Bearer ${token}` } : {} });
}

describe('DELETE /api/documents/:hash', () => {
  let t: TestServer;
  before(async () => {
    t = await testServer({ demo: true, token: TOKEN });
  });
  after(async () => {
    await t.stop();
  });

  it('needs the token and a well-formed hash', async () => {
    const [item] = await t.store.listItems({ limit: 1 });
    const hash = item?.documentHash ?? '';
    assert.equal((await del(t, hash)).status, 401);
    assert.equal((await del(t, hash, 'wrong')).status, 401);
    const bad = await del(t, 'not-a-hash', TOKEN);
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as { message: string }).message, /64 hex digits/);
    assert.equal((await del(t, '0'.repeat(64), TOKEN)).status, 404);
    assert.equal(await t.store.hasDocument(hash), true);
  });

  it('removes the document and its items, and recomputes the stories', async () => {
    const [first] = (await t.get('/api/stories?limit=1')).body.stories;
    const story = await t.store.getStory(first.id);
    const victim = (await t.store.listItems({ ids: story?.itemIds ?? [] }))[0];
    assert.ok(victim);
    const siblings = (await t.store.listItems()).filter((i) => i.documentHash === victim.documentHash).map((i) => i.id);
    const before = await t.store.counts();
    assert.equal((await t.get(`/api/items/${encodeURIComponent(victim.id)}`)).status, 200);
    const r = await del(t, victim.documentHash, TOKEN);
    assert.equal(r.status, 200);
    const body = (await r.json()) as { deleted: string; items: string[]; stories: number };
    assert.equal(body.deleted, victim.documentHash);
    assert.deepEqual(body.items, siblings);
    const now = await t.store.counts();
    assert.equal(now.documents, before.documents - 1);
    assert.equal(now.items, before.items - siblings.length);
    assert.equal(body.stories, now.stories);
    assert.equal((await t.get(`/api/items/${encodeURIComponent(victim.id)}`)).status, 404);
    const stories = (await t.get('/api/stories?limit=500')).body.stories;
    for (const s of stories) assert.ok(!(await t.store.getStory(s.id))?.itemIds.some((id) => siblings.includes(id)));
    assert.equal((await del(t, victim.documentHash, TOKEN)).status, 404);
  });
});
