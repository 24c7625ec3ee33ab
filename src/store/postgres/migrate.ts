/**
 * Applying the PostgreSQL migrations: each pending one in its own transaction, under a
 * transaction-scoped advisory lock so that concurrent migrators apply each version once.
 */
import { latestVersion, pendingMigrations } from '../migration.js';
import type { SqlClient, SqlQueryable } from './client.js';
import { POSTGRES_MIGRATIONS } from './schema.js';

/** The schema version the PostgreSQL adapter needs. */
export const POSTGRES_SCHEMA_VERSION = latestVersion(POSTGRES_MIGRATIONS);

/** Advisory lock key held while migrating (an arbitrary constant, "dossier" in ASCII digits). */
const MIGRATION_LOCK_KEY = 100111115115105;

/** The schema version in the client's search path (0 when it has never been migrated). */
export async function postgresSchemaVersion(db: SqlQueryable): Promise<number> {
  const { rows } = await db.query<{ present: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
  if (!rows[0]?.present) return 0;
  const version = await db.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
  return version.rows[0]?.version ?? 0;
}

/** Brings the database (named `where` in errors) to {@link POSTGRES_SCHEMA_VERSION}; returns the version now in force. */
export async function migratePostgres(client: SqlClient, where: string): Promise<number> {
  for (const migration of pendingMigrations(POSTGRES_MIGRATIONS, await postgresSchemaVersion(client), where)) {
    await client.transaction(async (tx) => {
      await tx.exec(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
      await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
      if ((await postgresSchemaVersion(tx)) >= migration.version) return;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [migration.version, migration.name, new Date().toISOString()]);
    });
  }
  return postgresSchemaVersion(client);
}
