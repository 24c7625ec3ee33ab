/**
 * The hand-written OpenAPI document lists exactly the routes the app serves, and its references resolve.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../../src/server/app.js';
import { openApiDocument } from '../../src/server/openapi.js';
import { openStore } from '../../src/store/open.js';

test('every API route is documented, and every documented path is served', async () => {
  const store = await openStore(':memory:');
  try {
    const app = createApp({ store });
    const served = new Set(
      app.routes
        .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && !r.path.endsWith('*'))
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const doc = openApiDocument() as { paths: Record<string, Record<string, unknown>> };
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`)));
    assert.deepEqual([...served].sort(), [...documented].sort());
    assert.ok(served.size >= 9);
  } finally {
    await store.close();
  }
});

test('the document is OpenAPI 3.1, its $refs resolve and path parameters are declared', () => {
  const doc = openApiDocument() as { openapi: string; paths: Record<string, Record<string, any>>; components: { schemas: Record<string, unknown> } };
  assert.equal(doc.openapi, '3.1.0');
  const refs = JSON.stringify(doc).match(/"\$ref":"#\/components\/schemas\/(\w+)"/g) ?? [];
  assert.ok(refs.length > 0);
  for (const ref of refs) assert.ok(doc.components.schemas[ref.split('/').pop()?.replace('"', '') ?? ''], ref);
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      assert.ok(op.summary && op.responses, `${method} ${path}`);
      for (const name of path.match(/\{(\w+)\}/g) ?? []) {
        assert.ok(op.parameters?.some((p: any) => p.in === 'path' && `{${p.name}}` === name), `${method} ${path} declares ${name}`);
      }
    }
  }
});
