/**
 * Opening a PostgreSQL store from a `postgres://` URL, over a `pg` connection pool.
 */
import type { Store } from '../store.js';
import { createPgClient } from './pg-client.js';
import { createPostgresStore } from './postgres-store.js';

/** `url` with any password replaced by `***`, for error messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
  }
}

/**
 * Connects to the PostgreSQL database at `url` (e.g. `postgres://user:password@host:5432/db`).
 * The store still needs `migrate()` before use (`openStore` does both). Throws, naming the
 * fix, when the server cannot be reached.
 */
export async function openPostgresStore(url: string): Promise<Store> {
  if (typeof url !== 'string' || !/^postgres(?:ql)?:\/\//i.test(url)) {
    throw new Error('openPostgresStore needs a postgres:// URL, e.g. `postgres://user:password@localhost:5432/dossier`.');
  }
  const where = redactUrl(url);
  const client = createPgClient(url);
  try {
    await client.query('SELECT 1');
    return await createPostgresStore(client, where);
  } catch (error) {
    await client.close();
    throw new Error(`Cannot use the PostgreSQL database at ${where}: ${(error as Error).message}. Check that the server runs, the URL (user, password, host, port, database) is right and the user may create tables.`, { cause: error });
  }
}
