/**
 * Applying the SQLite migrations: each pending one in its own IMMEDIATE transaction (which
 * takes the write lock first, so two processes migrating at once apply each version once).
 */
import type { Database } from 'better-sqlite3';
import { latestVersion, pendingMigrations } from '../migration.js';
import { SQLITE_MIGRATIONS } from './schema.js';

/** The schema version the SQLite adapter needs. */
export const SQLITE_SCHEMA_VERSION = latestVersion(SQLITE_MIGRATIONS);

/** The schema version of `db` (0 when it has never been migrated). */
export function sqliteSchemaVersion(db: Database): number {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!table) return 0;
  const row = db.prepare('SELECT max(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

/** Brings `db` (named `where` in errors) to {@link SQLITE_SCHEMA_VERSION}; returns the version now in force. */
export function migrateSqlite(db: Database, where: string): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of pendingMigrations(SQLITE_MIGRATIONS, sqliteSchemaVersion(db), where)) {
    db.transaction(() => {
      if (sqliteSchemaVersion(db) >= migration.version) return;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
  return sqliteSchemaVersion(db);
}
