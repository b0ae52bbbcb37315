/**
 * `care-feedback/receiver/postgres`: a store in PostgreSQL, with `pg` (an optional peer dependency: install it
 * to use this entry).
 *
 *   postgresStore({ connectionString: process.env.DATABASE_URL })
 *
 * The table is created (and migrated) when missing, by the SQL `pgliteStore` shares (sql-store.ts). Concurrent
 * events are written together, one `insert … on conflict do nothing` for all that arrive while the writers are
 * busy, on up to 8 connections; each `put` resolves only once its row is committed, so a 202 always means
 * stored. A failed, unreachable or stuck database makes `put` throw `StoreUnavailableError` (503 with
 * Retry-After); the next event tries again, so the store recovers by itself when the database does.
 */
import pg from 'pg';
import { sqlStore, type SqlDatabase, type SqlStore } from './sql-store.js';

export type { Cursor, SqlStore } from './sql-store.js';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:5432/database`; or give a `pool` of your own. */
  connectionString?: string;
  /** A `pg.Pool` the application already has (it is not closed by `close()`; set its `statement_timeout`). */
  pool?: pg.Pool;
  /** The table, optionally schema-qualified. Default `care_feedback_events`. */
  table?: string;
  /**
   * Milliseconds a statement may run (or wait for a lock) before PostgreSQL itself cancels it, so an event
   * answered 503 is never committed afterwards. Default 5,000.
   */
  statementTimeoutMs?: number;
  /** Statements written at the same time, each on its own connection. Default 8. */
  writers?: number;
  /**
   * Keeps the insert prepared on each connection (parsed and planned once: less work for PostgreSQL per
   * event). Default true; false behind a pooler that cannot keep prepared statements (PgBouncer in
   * transaction mode before 1.21).
   */
  prepare?: boolean;
}

const DEFAULT_STATEMENT_TIMEOUT_MS = 5000;
const CONNECT_TIMEOUT_MS = 5000;
/** pg's own timer, only for a server that stopped answering at all: well after PostgreSQL's own cancel. */
const CLIENT_TIMEOUT_MARGIN_MS = 5000;
/** Statements in flight at once: PostgreSQL commits concurrent transactions with one WAL flush, so more
 * writers mean more events per flush when the disk is the limit; batches still form when all are busy. */
const DEFAULT_WRITERS = 8;

/**
 * A named (prepared) statement, given to pg as a query of its own: pg copies a query config object on every call
 * (so as not to change the caller's), which was the largest single part of a quiet receiver's own time per
 * event; a text and values given as arguments are not copied. The name is read when the query is submitted.
 */
class PreparedQuery extends pg.Query {
  constructor(text: string, values: unknown[], name: string) {
    super(text, values);
    (this as unknown as { name: string }).name = name;
  }
}

export function postgresStore(options: PostgresStoreOptions = {}): SqlStore {
  const ownPool = !options.pool;
  const statementTimeout = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  const writers = options.writers ?? DEFAULT_WRITERS;
  const prepare = options.prepare ?? true;
  const pool =
    options.pool ??
    new pg.Pool({
      connectionString: options.connectionString,
      max: writers + 1, // the writers, and one for health checks and readers
      // Open connections are kept while the receiver runs (pg-pool closes idle ones after 10 s by default): a
      // quiet receiver, an event now and then, would otherwise open a connection — TCP, authentication, maybe
      // TLS — for almost every event, and re-arm an idle timer for each one it writes.
      idleTimeoutMillis: 0,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      // Server side: PostgreSQL cancels the statement and rolls it back. A client-side timeout alone answers
      // 503 while the statement goes on and may commit.
      statement_timeout: statementTimeout,
      lock_timeout: statementTimeout,
      query_timeout: statementTimeout + CLIENT_TIMEOUT_MARGIN_MS,
    });
  // An idle connection that the server drops (a restart) must not crash the process: the next query
  // reconnects. Only on the store's own pool: a host's pool is the host's to watch.
  const ignore = () => {};
  if (ownPool) pool.on('error', ignore);

  const database: SqlDatabase = {
    // pg types rows as its own record type; the SQL module names the columns it selects.
    query(text, params = [], name) {
      // pg-pool answers a submitted query with a promise of its result, as it does a config.
      const query = prepare && name ? (new PreparedQuery(text, params, name) as unknown as pg.QueryConfig) : { text, values: params };
      return pool.query(query) as unknown as Promise<{ rows: never[]; rowCount: number | null }>;
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(async (text, params) => (await client.query(text, params as unknown[])) as { rows: never[] });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  };

  return sqlStore(database, {
    table: options.table ?? 'care_feedback_events',
    writers,
    name: 'PostgreSQL',
    // SQLSTATE class 22 is a data exception: a value this event carries, not the database's state. 57014
    // (a cancelled statement) and 55P03 (lock timeout) are the database's.
    isDataError: (error) => String((error as { code?: string }).code).startsWith('22'),
    async release() {
      if (!ownPool) return;
      await pool.end();
      pool.off('error', ignore);
    },
  });
}
