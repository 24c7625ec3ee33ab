/**
 * The tiny driver-neutral SQL interface the PostgreSQL adapter is written against. The `pg`
 * implementation is in `pg-client.ts`; tests add one over PGlite. No driver type leaks past it.
 */

/** Something that runs SQL: a connection pool, or one connection inside a transaction. */
export interface SqlQueryable {
  /**
   * Runs one statement with `$1, $2 …` parameters and returns its rows (columns by name;
   * jsonb parsed, integer and float columns as numbers, bigint as it comes: cast in SQL).
   */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs a script of one or more statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** A PostgreSQL connection (or pool) that can also run transactions and be closed. */
export interface SqlClient extends SqlQueryable {
  /**
   * Runs `fn` inside BEGIN … COMMIT on one connection, rolling back when it throws (the error
   * is rethrown). `fn` must use `tx`, not the client, for the statements of the transaction.
   */
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` holding the advisory lock `key` (session-level, on a connection of its own), so
   * that every process asking for the same key waits until `fn` settles. `fn` uses the client
   * as usual. A client with one connection (PGlite) may serialise callers within the process
   * instead, since no other process can reach its database.
   */
  exclusive<T>(key: number, fn: () => Promise<T>): Promise<T>;
  /** Releases the connections; the client is unusable afterwards. */
  close(): Promise<void>;
}

/** The SQLSTATE of a database error, when the driver exposes one (`pg` and PGlite both do). */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
