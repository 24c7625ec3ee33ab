/**
 * The item page's answer: the extracted text with what extraction dropped beside it (each block's
 * role, rule and text) and the messages of the document and the item; and the upload's file limit.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MAX_FILES } from '../../src/server/ingest-route.js';
import { testServer, type TestServer } from './support.js';

let t: TestServer;
before(async () => {
  t = await testServer({ demo: true, token: 'item-page-token' });
});
after(async () => {
  await t.stop();
});

describe('GET /api/items/:id', () => {
  it('gives what extraction dropped from an HTML page, as text with its role and rule, and every message', async () => {
    // Lists leave `dropped` out; the single-item read has it.
    const items = (await Promise.all((await t.store.listItems()).map((i) => t.store.getItem(i.id)))).filter((i) => i !== null);
    const withDrops = items.filter((i) => (i.dropped?.length ?? 0) > 0);
    assert.ok(withDrops.length > 0, 'the demo has HTML pages with dropped blocks');
    for (const item of withDrops.slice(0, 5)) {
      const r = await t.get(`/api/items/${encodeURIComponent(item.id)}`);
      assert.equal(r.status, 200);
      assert.deepEqual(r.body.item.dropped, item.dropped);
      for (const d of r.body.item.dropped) assert.ok(typeof d.text === 'string' && d.role && d.rule, JSON.stringify(d));
      const document = await t.store.getDocument(item.documentHash);
      assert.deepEqual(r.body.messages, [...(document?.messages ?? []), ...item.messages]);
      assert.equal(r.body.item.text, item.text);
    }
    const other = items.find((i) => i.dropped === undefined);
    if (other) assert.equal((await t.get(`/api/items/${encodeURIComponent(other.id)}`)).body.item.dropped, undefined, 'absent, not empty, when not recorded');
  });
});

describe('POST /api/ingest limits', () => {
  it(`answers 413 too_many_files to an upload of more than ${MAX_FILES} files, storing none`, async () => {
    const before = (await t.store.counts()).documents;
    const form = new FormData();
    for (let n = 0; n <= MAX_FILES; n++) form.append('file', new Blob([`Note ${n} about the quay.`], { type: 'text/plain' }), `note-${n}.txt`);
    const r = await fetch(`${t.url}/api/ingest`, { method: 'POST', body: form, headers: { authorization: 'Bearer item-page-token' } });
    assert.equal(r.status, 413);
    const body = (await r.json()) as { error: string; message: string };
    assert.equal(body.error, 'too_many_files');
    assert.match(body.message, new RegExp(`At most ${MAX_FILES} files`));
    assert.equal((await t.store.counts()).documents, before);
  });
});
