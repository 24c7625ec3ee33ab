/**
 * Runs the store conformance suite on SQLite files in a temp directory, plus checks specific to
 * the SQLite adapter and to `openStore`.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { openStore } from '../../src/store/open.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import { SQLITE_SCHEMA_VERSION } from '../../src/store/sqlite/migrate.js';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite/schema.js';
import Database from 'better-sqlite3';
import { expectedItems, storeConformance } from './conformance.js';
import { harbourPage } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-store-test-'));
let files = 0;
after(() => rmSync(dir, { recursive: true, force: true }));

storeConformance('sqlite', () => openStore(join(dir, `conformance-${++files}.db`)));
storeConformance('sqlite :memory:', () => openStore(':memory:'));

describe('sqlite store', () => {
  it('creates missing parent directories and keeps data across reopening', async () => {
    const path = join(dir, 'nested', 'deeper', 'kept.db');
    const f = harbourPage();
    const first = await openStore(path);
    await first.addDocument(f.record, f.items, f.entities);
    assert.ok(existsSync(`${path}-wal`), 'the database runs in WAL mode');
    await first.close();
    assert.ok(existsSync(path));
    const second = await openStore(path);
    assert.equal(second.dialect, 'sqlite');
    assert.deepEqual(await second.listItems(), expectedItems(f));
    assert.equal(await second.migrate(), SQLITE_SCHEMA_VERSION);
    await second.close();
    const third = await openStore(pathToFileURL(path).href);
    assert.equal((await third.counts()).items, 2);
    await third.close();
  });

  it('refuses data calls until migrated, naming the fix', async () => {
    const store = await openSqliteStore(join(dir, `unmigrated-${++files}.db`));
    await assert.rejects(store.counts(), /call migrate\(\) first/);
    assert.equal(await store.migrate(), SQLITE_SCHEMA_VERSION);
    assert.equal((await store.counts()).documents, 0);
    await store.close();
  });

  it('migrates a version-1 database in place, keeping its items (items.dropped is additive)', async () => {
    const path = join(dir, `v1-${++files}.db`);
    const db = new Database(path);
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    db.exec(SQLITE_MIGRATIONS[0]?.sql ?? '');
    db.prepare('INSERT INTO schema_migrations VALUES (1, ?, ?)').run('initial schema', new Date().toISOString());
    db.close();
    const store = await openStore(path);
    assert.equal(await store.migrate(), SQLITE_SCHEMA_VERSION);
    const f = harbourPage();
    await store.addDocument(f.record, f.items, f.entities);
    assert.deepEqual(await store.listItems(), expectedItems(f));
    await store.close();
  });

  it('names the fix when the target is unusable', async () => {
    await assert.rejects(openStore(''), /SQLite file path .* or a PostgreSQL URL/);
    await assert.rejects(openStore('   '), /needs a target/);
    await assert.rejects(openStore('mysql://localhost/db'), /cannot open a "mysql:\/\/" target/);
    await assert.rejects(openStore(dir), /Cannot open the SQLite database/);
    const notSqlite = join(dir, 'not-a-database.db');
    writeFileSync(notSqlite, 'this is plain text, not a SQLite file; it is long enough to hold a header. '.repeat(4));
    await assert.rejects(openStore(notSqlite), /not a database/);
  });
});
