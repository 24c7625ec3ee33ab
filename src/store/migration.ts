/**
 * Versioned schema migrations, kept as data: each adapter lists its migrations (version + SQL)
 * and applies the pending ones in order, each inside a transaction, recording the version in
 * its `schema_migrations` table.
 */

/** One schema migration: the SQL that brings the schema from `version - 1` to `version`. */
export interface Migration {
  /** 1 for the first migration, then +1 for each next one. */
  version: number;
  /** A short description, stored beside the version. */
  name: string;
  /** One or more statements, run as one script without parameters. */
  sql: string;
}

/**
 * The version the last migration of `migrations` brings the schema to. Throws when the list
 * is not numbered 1, 2, 3 … in order (a programming error in an adapter's migrations list).
 */
export function latestVersion(migrations: readonly Migration[]): number {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration "${migration.name}" has version ${migration.version} but stands at position ${index + 1}; number migrations 1, 2, 3 … in order.`);
    }
  });
  return migrations.length;
}

/**
 * The migrations still to apply to a database at version `current`, in order. Throws when
 * the database is newer than this code knows (`where` names the database in the message).
 */
export function pendingMigrations(migrations: readonly Migration[], current: number, where: string): Migration[] {
  const latest = latestVersion(migrations);
  if (current > latest) {
    throw new Error(`The database ${where} has schema version ${current}, newer than the ${latest} this Dossier knows; upgrade Dossier or use another database.`);
  }
  return migrations.slice(current);
}

/** The error thrown by data methods of a store whose schema is not up to date. */
export function notMigratedError(current: number, latest: number): Error {
  return new Error(`The store's schema is at version ${current} but Dossier needs version ${latest}: call migrate() first (openStore does it for you).`);
}
