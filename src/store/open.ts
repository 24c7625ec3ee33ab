/**
 * Opening a store from one target string: a `postgres://` (or `postgresql://`) URL opens
 * PostgreSQL, anything else is a SQLite file path. The schema is migrated before return.
 */
import { fileURLToPath } from 'node:url';
import { openPostgresStore } from './postgres/open.js';
import { openSqliteStore } from './sqlite/open.js';
import type { Store } from './store.js';

/** True when `target` names a PostgreSQL database rather than a SQLite file. */
export function isPostgresTarget(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target);
}

/**
 * Opens the store `target` names and brings its schema up to date.
 * @param target a SQLite file path or `file:` URL (created when missing; `:memory:` for a throw-away store) or
 *   a PostgreSQL URL such as `postgres://user:password@host:5432/dossier`
 */
export async function openStore(target: string): Promise<Store> {
  if (typeof target !== 'string' || target.trim() === '') {
    throw new Error('openStore needs a target: a SQLite file path (e.g. `dossier.db`, or `:memory:`) or a PostgreSQL URL (e.g. `postgres://user@localhost:5432/dossier`).');
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(target)?.[1];
  if (scheme?.toLowerCase() === 'file') return openStore(fileURLToPath(target));
  if (scheme !== undefined && !isPostgresTarget(target)) {
    throw new Error(`openStore cannot open a "${scheme}://" target; give a SQLite file path (e.g. \`dossier.db\`) or a postgres:// URL.`);
  }
  const store = isPostgresTarget(target) ? await openPostgresStore(target) : await openSqliteStore(target);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
