/**
 * `dossier extract --format json` carries what extraction dropped, and `GET /api/items/:id` shows
 * it after ingest, over a page written for this test.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cli, tempDir } from '../helpers/cli.js';
import { testServer } from '../server/support.js';

const BODY = 'The harbour council voted on Tuesday to keep the old ferry running for two more winters, after a long debate about costs. ';
const PAGE = `<!doctype html><html lang="en"><head><title>Ferry stays | Coast Paper</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="newsletter-signup"><p>Get our newsletter every morning.</p></div>
<article><h1>Ferry stays</h1><p>${BODY.repeat(3)}</p><p>${BODY.repeat(2)}</p></article>
<footer>Imprint and contact</footer></body></html>`;

const { dir, cleanup } = tempDir('dossier-dropped-');
after(cleanup);

describe('what extraction dropped, outside the library', () => {
  it('is in `dossier extract --format json`', async () => {
    const path = join(dir, 'ferry.html');
    writeFileSync(path, PAGE);
    const run = await cli(['extract', path, '--format', 'json', '--captured-at', '2025-01-01T00:00:00Z']);
    assert.equal(run.status, 0, run.stderr);
    const [item] = JSON.parse(run.stdout) as { dropped: { text: string; role: string; rule: string }[] }[];
    assert.ok(item);
    assert.ok(item.dropped.some((d) => d.role === 'navigation' && d.text === 'Home News'));
    assert.ok(item.dropped.some((d) => d.role === 'newsletter prompt'));
    assert.ok(item.dropped.some((d) => d.role === 'footer' && d.rule === 'extract/html/chrome/tag'));
  });

  it('is in GET /api/items/:id after ingest, and not in list reads', async () => {
    const t = await testServer({ token: 'test-token-dropped' });
    try {
      const form = new FormData();
      form.append('file', new Blob([PAGE], { type: 'text/html' }), 'ferry.html');
      const posted = await fetch(`${t.url}/api/ingest?capturedAt=2025-01-01T00:00:00Z`, { method: 'POST', body: form, headers: { authorization: 'Bearer test-token-dropped' } });
      assert.equal(posted.status, 200, await posted.text());
      const [stored, ...rest] = await t.store.listItems();
      assert.ok(stored);
      assert.equal(rest.length, 0);
      assert.equal('dropped' in stored, false, 'list reads leave it out');
      const r = await t.get(`/api/items/${encodeURIComponent(stored.id)}`);
      assert.equal(r.status, 200);
      const dropped = r.body.item.dropped as { text: string; role: string; rule: string }[];
      assert.ok(dropped.some((d) => d.role === 'navigation' && d.text === 'Home News'));
      assert.ok(dropped.every((d) => typeof d.rule === 'string' && d.rule.startsWith('extract/')));
    } finally {
      await t.stop();
    }
  });
});
