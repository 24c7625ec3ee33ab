/**
 * Opening a SQLite store: creates the file (and its directory) when missing, and sets the
 * connection up for a single-writer embedded database (WAL, foreign keys, busy timeout).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Store } from '../store.js';
import { SqliteStore } from './sqlite-store.js';

/**
 * How long a connection waits for another process's write lock before failing, in ms. Writes
 * are one document per transaction (milliseconds each), so 5 s only runs out when another
 * process holds the database for a long batch, which is then worth reporting.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating when needed) the SQLite database at `path`, or an in-memory one for
 * `:memory:`. The store still needs `migrate()` before use (`openStore` does both).
 */
export async function openSqliteStore(path: string): Promise<Store> {
  if (typeof path !== 'string' || path.trim() === '') {
    throw new Error('openSqliteStore needs a file path for the database (e.g. `dossier.db`), or `:memory:` for a throw-away one.');
  }
  const memory = path === ':memory:';
  const where = memory ? ':memory:' : resolve(path);
  let db: Database.Database | undefined;
  try {
    if (!memory) mkdirSync(dirname(where), { recursive: true });
    db = new Database(where, { timeout: SQLITE_BUSY_TIMEOUT_MS });
    if (!memory) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    db.pragma('synchronous = NORMAL');
    return new SqliteStore(db, where);
  } catch (error) {
    db?.close();
    throw new Error(`Cannot open the SQLite database at ${where}: ${(error as Error).message}. Pass the path of a SQLite file (or of a new one) in a writable directory.`, { cause: error });
  }
}
