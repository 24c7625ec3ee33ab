import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { latestVersion, pendingMigrations, type Migration } from './migration.js';
import { POSTGRES_MIGRATIONS } from './postgres/schema.js';
import { SQLITE_MIGRATIONS } from './sqlite/schema.js';

const list: Migration[] = [
  { version: 1, name: 'one', sql: 'SELECT 1' },
  { version: 2, name: 'two', sql: 'SELECT 2' },
];

describe('migrations', () => {
  it('returns what is pending above the current version', () => {
    assert.equal(latestVersion(list), 2);
    assert.deepEqual(pendingMigrations(list, 0, 'db').map((m) => m.version), [1, 2]);
    assert.deepEqual(pendingMigrations(list, 1, 'db').map((m) => m.version), [2]);
    assert.deepEqual(pendingMigrations(list, 2, 'db'), []);
  });

  it('refuses a database newer than the code, and a badly numbered list', () => {
    assert.throws(() => pendingMigrations(list, 3, 'at x.db'), /at x\.db has schema version 3, newer than the 2 .* upgrade Dossier/);
    assert.throws(() => latestVersion([{ version: 2, name: 'two', sql: '' }]), /number migrations 1, 2, 3/);
  });

  it('has both adapters at the same schema version', () => {
    assert.equal(latestVersion(SQLITE_MIGRATIONS), latestVersion(POSTGRES_MIGRATIONS));
  });
});
