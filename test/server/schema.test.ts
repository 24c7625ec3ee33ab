/**
 * Real answers of the API conform to the OpenAPI document: required keys present, types and enums
 * as stated, and no key left undescribed. Checked over the demo corpus with captures whose event
 * dates are inferred across documents or left open (test/server/inferred-fixture.ts), and over the
 * user's seed captures in ../shared/seeds when present.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sharedPath } from '../../src/pipeline/paths.js';
import { ingestInputs } from '../../src/pipeline/process.js';
import { openApiDocument } from '../../src/server/openapi.js';
import { INFERRED_MEETING_ACTORS, ingestInferred } from './inferred-fixture.js';
import { responseSchema, schemaProblems } from './schema-check.js';
import { testServer, type TestServer } from './support.js';

const doc = openApiDocument() as Record<string, any>;
const schemas = doc.components.schemas as Record<string, any>;

/** GETs `path`, checks it answers 200 and conforms to the documented answer of `documented`; returns the body. */
async function conforming(t: TestServer, path: string, documented: string): Promise<any> {
  const got = await t.get(path);
  assert.equal(got.status, 200, `${path}: ${JSON.stringify(got.body)}`);
  const problems = schemaProblems(responseSchema(doc, documented), got.body, schemas);
  assert.deepEqual(problems, [], `${path} against ${documented}`);
  return got.body;
}

/** Every read endpoint, over the largest stories and those matching `words`, their first items and entities. */
async function checkAll(t: TestServer, words: string[] = []): Promise<any[]> {
  const stories = await conforming(t, '/api/stories?limit=500', '/api/stories');
  const chosen = [...stories.stories.slice(0, 8)];
  for (const q of words) chosen.push(...(await conforming(t, `/api/stories?q=${encodeURIComponent(q)}`, '/api/stories')).stories);
  const events: any[] = [];
  for (const story of new Map(chosen.map((s) => [s.id, s])).values()) {
    const id = encodeURIComponent(story.id);
    await conforming(t, `/api/stories/${id}?limit=5`, '/api/stories/{id}');
    const items = await conforming(t, `/api/stories/${id}/items?limit=5`, '/api/stories/{id}/items');
    const parts = await conforming(t, `/api/stories/${id}/events`, '/api/stories/{id}/events');
    events.push(...parts.timeline);
    await conforming(t, `/api/events?story=${id}&limit=500`, '/api/events');
    await conforming(t, `/api/commitments?story=${id}&limit=500`, '/api/commitments');
    await conforming(t, `/api/items/${encodeURIComponent(items.items[0].id)}`, '/api/items/{id}');
  }
  const entities = await conforming(t, '/api/entities?limit=5', '/api/entities');
  for (const e of entities.entities) await conforming(t, `/api/entities/${encodeURIComponent(e.id)}`, '/api/entities/{id}');
  await conforming(t, '/api/items?limit=20', '/api/items');
  await conforming(t, '/api/search?q=minister', '/api/search');
  await conforming(t, '/api/map/world', '/api/map/world');
  const all = await conforming(t, '/api/commitments?limit=500', '/api/commitments');
  assert.ok(all.total > 0, 'the store states commitments');
  for (const c of all.commitments) for (const id of c.parties) assert.ok(all.entities[id]?.name, `the answer names party ${id}`);
  return events;
}

describe('API answers conform to the OpenAPI document', () => {
  let t: TestServer;
  before(async () => {
    t = await testServer({ demo: true, token: 'schema-token' });
    await ingestInferred(t.store);
  });
  after(async () => {
    await t?.stop();
  });

  it('the checker itself finds missing, undescribed and mistyped keys', () => {
    const schema = { type: 'object', required: ['a'], properties: { a: { type: 'integer' }, b: { enum: ['x'] } } };
    assert.deepEqual(schemaProblems(schema, { a: 1, b: 'x' }, {}), []);
    assert.equal(schemaProblems(schema, { b: 'x' }, {}).length, 1);
    assert.equal(schemaProblems(schema, { a: 1, c: 2 }, {}).length, 1);
    assert.equal(schemaProblems(schema, { a: 'one' }, {}).length, 1);
    assert.equal(schemaProblems(schema, { a: 1, b: 'y' }, {}).length, 1);
  });

  it('over the demo corpus with inferred and open event dates', async () => {
    const events = await checkAll(t, ['Ravel', 'ferry']);
    const inferred = events.find((e) => e.time?.provenance?.certainty === 'inferred' && INFERRED_MEETING_ACTORS.every((id) => e.actors.some((a: any) => a.id === id)));
    assert.ok(inferred, 'the fixture meeting is dated by inference');
    assert.equal(inferred.time.date, '2024-04-10');
    assert.match(inferred.time.provenance.rule, /^dates\/across\//);
    const open = events.find((e) => e.open && e.time === null);
    assert.ok(open, 'an open date is answered');
    assert.match(open.open.date, /^--/);
  });

  it('the ingest answer conforms too', async () => {
    const r = await fetch(`${t.url}/api/ingest`, {
      method: 'POST',
      body: JSON.stringify({ id: 'schema-1', title: 'Quay repaired', text: 'Workers in Bergen repaired the old quay on Friday.', lang: 'en', published: '2025-05-02T08:00:00Z' }),
      headers: { 'content-type': 'application/x-ndjson', authorization: 'Bearer schema-token' },
    });
    assert.equal(r.status, 200);
    assert.deepEqual(schemaProblems(responseSchema(doc, '/api/ingest', 'post'), await r.json(), schemas), []);
  });
});

const seeds = sharedPath('seeds');
describe('API answers over the seed captures conform', { skip: seeds ? false : 'skipped: ../shared/seeds is absent' }, () => {
  let t: TestServer;
  before(async () => {
    t = await testServer();
    await ingestInputs(t.store, [seeds as string], { capturedAt: '2026-11-20T10:00:00Z' });
  });
  after(async () => {
    await t?.stop();
  });

  it('every read endpoint', async () => {
    const events = await checkAll(t);
    assert.ok(events.length > 0);
  });
});
