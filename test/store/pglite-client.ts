/**
 * A {@link SqlClient} over PGlite (PostgreSQL compiled to WebAssembly, in memory), for tests
 * only: PGlite is a devDependency, so nothing under src/ may import this file.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { SqlClient, SqlQueryable } from '../../src/store/postgres/client.js';
import { Mutex } from '../../src/store/mutex.js';

type Runner = Pick<PGlite, 'query' | 'exec'>;

/** The queryable face of a PGlite instance or transaction. */
function queryable(runner: Runner): SqlQueryable {
  return {
    async query<T>(sql: string, params?: unknown[]) {
      const result = await runner.query<T>(sql, params);
      return { rows: result.rows };
    },
    async exec(sql: string) {
      await runner.exec(sql);
    },
  };
}

/**
 * A client over `db`. With `shared`, `close()` leaves `db` open, so one PGlite instance (slow
 * to start) can serve many stores in turn; the caller closes it at the end.
 */
export function pgliteClient(db: PGlite, options: { shared?: boolean } = {}): SqlClient {
  const mutex = new Mutex(); // one in-process database: only this process's callers can contend
  return {
    exclusive: (_key, fn) => mutex.run(fn),
    ...queryable(db),
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
    async close() {
      if (!options.shared) await db.close();
    },
  };
}
