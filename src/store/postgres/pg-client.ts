/**
 * The {@link SqlClient} over node-postgres: a connection pool; a transaction takes one pooled
 * connection for BEGIN … COMMIT/ROLLBACK. Parameterised statements are sent as named prepared
 * statements (named by a hash of their text), so each connection parses and plans them once.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { SqlClient, SqlQueryable } from './client.js';

/**
 * Connections per pool. Ingest writes one document at a time; a few connections let reads
 * (the web server, search) run beside it without queueing, while staying far below
 * PostgreSQL's default limit of 100 connections.
 */
export const PG_POOL_SIZE = 4;

type Runner = Pick<pg.Pool, 'query'> | pg.PoolClient;

/** The prepared-statement name of a statement's text. */
function statementName(sql: string): string {
  return `dossier_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
}

/** The queryable face of a pool or pooled connection. */
function queryable(runner: Runner): SqlQueryable {
  return {
    async query<T>(sql: string, params?: unknown[]) {
      const result = params && params.length > 0 ? await runner.query({ name: statementName(sql), text: sql, values: params }) : await runner.query(sql);
      return { rows: result.rows as T[] };
    },
    async exec(sql: string) {
      await runner.query(sql);
    },
  };
}

/** A {@link SqlClient} over a `pg` pool connected to `url` (a `postgres://` URL). */
export function createPgClient(url: string): SqlClient {
  const pool = new pg.Pool({ connectionString: url, max: PG_POOL_SIZE });
  // An idle pooled connection that breaks (server restart) emits 'error' on the pool; without a
  // listener that would crash the process. The pool drops the connection and the next query
  // reports the problem to its caller, so nothing else needs doing here.
  pool.on('error', () => undefined);
  return {
    ...queryable(pool),
    async transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T> {
      const connection = await pool.connect();
      let broken: Error | undefined;
      try {
        await connection.query('BEGIN');
        const result = await fn(queryable(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await connection.query('ROLLBACK');
        } catch (rollbackError) {
          broken = rollbackError as Error;
        }
        throw error;
      } finally {
        connection.release(broken);
      }
    },
    async exclusive<T>(key: number, fn: () => Promise<T>): Promise<T> {
      // Held by a pooled connection of its own; the server drops the lock if that connection dies.
      const connection = await pool.connect();
      let broken: Error | undefined;
      try {
        await connection.query('SELECT pg_advisory_lock($1)', [key]);
        try {
          return await fn();
        } finally {
          await connection.query('SELECT pg_advisory_unlock($1)', [key]).catch((error: Error) => {
            broken = error;
          });
        }
      } finally {
        connection.release(broken);
      }
    },
    async close() {
      if (!pool.ended) await pool.end();
    },
  };
}
