import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../src/store/open.js';
import { cli, tempDir } from '../helpers/cli.js';

// Two made-up reports of one lock closure, and one unrelated report, as a JSONL feed.
const feed = [
  { id: 'lock-en', lang: 'en', title: 'Ship damages lock gate at Velmar harbour', text: 'A cargo ship hit the northern lock gate at Velmar harbour on Monday. The port authority closed the lock until Friday while divers inspect the gate.', published: '2025-03-03T10:00:00Z' },
  { id: 'lock-en-2', lang: 'en', title: 'Velmar lock stays shut after ship hits gate', text: 'The northern lock at Velmar harbour stays closed until Friday after a cargo ship hit its gate on Monday, the port authority said.', published: '2025-03-04T08:00:00Z' },
  { id: 'choir-en', lang: 'en', title: 'Children choir wins national prize', text: 'A school choir from a mountain village won the national singing prize on Sunday evening in the capital.', published: '2025-03-02T18:00:00Z' },
];

test('dossier similar lists similar items with reasons; an unknown id is status 1', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const input = join(dir, 'feed.jsonl');
    writeFileSync(input, feed.map((line) => JSON.stringify(line)).join('\n'));
    const db = join(dir, 'store.db');
    assert.equal((await cli(['ingest', input, '--db', db, '--captured-at', '2025-03-05T12:00:00Z'])).status, 0);
    const store = await openStore(db);
    const items = await store.listItems();
    await store.close();
    const id = items.find((item) => item.givenId === 'lock-en')?.id;
    assert.ok(id, `lock-en not stored: ${items.map((item) => item.givenId).join(', ')}`);
    assert.match(id, /^[0-9a-f]{16}:\d+$/);
    const json = await cli(['similar', id, '--db', db, '--format', 'json']);
    assert.equal(json.status, 0, json.stderr);
    const result = JSON.parse(json.stdout) as { item: string; similar: { item: string; score: number; reasons: { sharedTerms: string[] } }[] };
    assert.equal(result.item, id);
    assert.ok(result.similar.length >= 1);
    assert.ok(result.similar[0]!.reasons.sharedTerms.length > 0);
    const text = await cli(['similar', id, '--db', db]);
    assert.match(text.stdout, /terms: /);
    assert.match(text.stdout, /days apart/);
    const missing = await cli(['similar', '0000000000000000:0', '--db', db]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no item with id/);
  } finally {
    cleanup();
  }
});
