/**
 * The security model: writes need the operator's token, request bodies are limited, every
 * response carries a strict Content-Security-Policy, and article text stays text.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipPerRecord, htmlResponse } from '../../src/ingest/warc/test-support.js';
import { webRoot } from '../../src/server/static-files.js';
import { testServer, type TestServer } from './support.js';

const TOKEN = 'test-token-3f9a';
const HOSTILE = { id: 'hostile-1', title: 'Harbour <b>notice</b>', text: 'The harbour master said <script>window.__dossierPwned = 1</script> and <img src=x onerror="window.__dossierPwned = 2"> nothing else happened in Rotterdam on Monday.', lang: 'en', published: '2025-03-03T10:00:00Z' };

type Body = NonNullable<Parameters<typeof fetch>[1]>['body'];

function post(t: TestServer, body: Body, headers: Record<string, string>, query = ''): Promise<Response> {
  return fetch(`${t.url}/api/ingest${query}`, { method: 'POST', body, headers });
}

describe('without DOSSIER_TOKEN', () => {
  let t: TestServer;
  before(async () => {
    t = await testServer();
  });
  after(async () => {
    await t.stop();
  });

  it('answers 403 to writes and says how to enable them', async () => {
    const r = await post(t, JSON.stringify(HOSTILE), { 'content-type': 'application/x-ndjson', authorization: 'Bearer anything' });
    assert.equal(r.status, 403);
    const body = (await r.json()) as { error: string; message: string };
    assert.equal(body.error, 'writes_disabled');
    assert.match(body.message, /DOSSIER_TOKEN/);
    assert.equal((await t.store.counts()).items, 0);
  });

  it('binds 127.0.0.1 unless told otherwise', () => {
    assert.match(t.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  });
});

describe('with DOSSIER_TOKEN', () => {
  let t: TestServer;
  before(async () => {
    t = await testServer({ token: TOKEN, maxUploadBytes: 4096 });
  });
  after(async () => {
    await t.stop();
  });

  it('answers 401 without the token or with a wrong one', async () => {
    for (const headers of <Record<string, string>[]>[{}, { authorization: 'Bearer wrong' }, { authorization: `Basic ${TOKEN}` }, { authorization: `Bearer ${TOKEN}x` }]) {
      const r = await post(t, JSON.stringify(HOSTILE), { 'content-type': 'application/x-ndjson', ...headers });
      assert.equal(r.status, 401, JSON.stringify(headers));
      assert.match(r.headers.get('www-authenticate') ?? '', /^Bearer/);
    }
    assert.equal((await t.store.counts()).items, 0);
  });

  it('stores a JSONL body with the token, and serves its text back as JSON text', async () => {
    const r = await post(t, JSON.stringify(HOSTILE) + '\n', { 'content-type': 'application/x-ndjson', authorization: `Bearer ${TOKEN}` });
    assert.equal(r.status, 200);
    const summary = (await r.json()) as { added: number; items: number };
    assert.equal(summary.added, 1);
    const [item] = await t.store.listItems();
    const got = await t.get(`/api/items/${encodeURIComponent(item?.id ?? '')}`);
    assert.match(got.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(got.body.item.text, HOSTILE.text);
    const again = await post(t, JSON.stringify(HOSTILE) + '\n', { 'content-type': 'application/x-ndjson', authorization: `Bearer ${TOKEN}` });
    assert.equal(((await again.json()) as { duplicates: number }).duplicates, 1);
  });

  it('stores multipart file uploads and refuses unknown file types', async () => {
    const form = new FormData();
    form.append('file', new Blob(['<html><head><title>Quay works</title></head><body><article><h1>Quay works</h1><p>Engineers in Antwerp began repairing a quay wall on Tuesday after a barge struck it during the night.</p></article></body></html>'], { type: 'text/html' }), 'quay.html');
    const r = await post(t, form, { authorization: `Bearer ${TOKEN}` }, '?capturedAt=2025-03-05T08:00:00Z');
    assert.equal(r.status, 200);
    assert.equal(((await r.json()) as { added: number }).added, 1);
    const crawl = new FormData();
    const page = '<html><head><title>Lock repairs</title></head><body><article><h1>Lock repairs</h1><p>Divers in Ghent inspected the damaged lock gate on Wednesday and said repairs would take a month.</p></article></body></html>';
    crawl.append('file', new Blob([gzipPerRecord([htmlResponse('https://harbour.example/lock', page, '2025-03-06T07:00:00Z')])]), 'crawl.warc.gz');
    const archived = await post(t, crawl, { authorization: `Bearer ${TOKEN}` });
    assert.equal(archived.status, 200);
    assert.equal(((await archived.json()) as { added: number }).added, 1);
    const bad = new FormData();
    bad.append('file', new Blob(['MZ']), 'tool.exe');
    const refused = await post(t, bad, { authorization: `Bearer ${TOKEN}` });
    assert.equal(refused.status, 415);
    assert.match(((await refused.json()) as { message: string }).message, /\.html/);
  });

  it('answers 4xx with a reason for bodies it cannot use', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    assert.equal((await post(t, 'hello', { ...auth, 'content-type': 'text/plain' })).status, 415);
    assert.equal((await post(t, '  ', { ...auth, 'content-type': 'application/x-ndjson' })).status, 400);
    assert.equal((await post(t, new FormData(), auth)).status, 400);
    assert.equal((await post(t, '{}', { ...auth, 'content-type': 'application/x-ndjson' }, '?capturedAt=soon')).status, 400);
    const big = await post(t, JSON.stringify({ text: 'x'.repeat(8000) }), { ...auth, 'content-type': 'application/x-ndjson' });
    assert.equal(big.status, 413);
    assert.equal(((await big.json()) as { error: string }).error, 'too_large');
  });

  it('sends a strict Content-Security-Policy on pages, API answers and errors', async () => {
    for (const path of ['/', '/app.js', '/api/stories', '/api/stories/none', '/nothing']) {
      const csp = (await fetch(t.url + path)).headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /script-src 'self'(;|$)/, path);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/, path);
    }
    const headers = (await fetch(t.url + '/')).headers;
    assert.equal(headers.get('x-content-type-options'), 'nosniff');
    assert.equal(headers.get('x-frame-options'), 'DENY');
  });
});

describe('the web UI sources', () => {
  it('never parse data as HTML and carry no inline script', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(js|html)$/.test(name)) files.push(path);
      }
    };
    walk(webRoot());
    assert.ok(files.length >= 5);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/, file);
      if (file.endsWith('.html')) {
        assert.doesNotMatch(source, /<script(?![^>]*\bsrc=)[^>]*>/, `${file} has an inline script`);
        assert.doesNotMatch(source, /\son[a-z]+=|style=/, `${file} has inline handlers or styles`);
      }
    }
  });
});
