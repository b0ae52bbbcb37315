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
/** The pool's connections, beside the writers': health checks, the migration, insights and forwarding. */
const READER_CONNECTIONS = 4;
/** How often the writers' connections are checked for a server that stopped answering. */
const WATCHDOG_INTERVAL_MS = 1000;

/**
 * A named (prepared) statement, given to pg as a query of its own: pg copies a query config object on every call
 * (so as not to change the caller's), which was the largest single part of a quiet receiver's own time per
 * event; a text and values given as arguments are not copied. The name is read when the query is submitted.
 */
class PreparedQuery extends pg.Query {
  constructor(text: string, values: unknown[], name: string | undefined, callback?: (error: Error | null, result: pg.QueryResult) => void) {
    super(text, values, callback as never);
    if (name) (this as unknown as { name: string }).name = name;
  }
}

type WriteResult = { rows: never[]; rowCount: number | null };

/**
 * The connections that insert events, one per writer, held by the store instead of taken from the pool for each
 * statement. Through pg-pool (checkout, release, an error listener added and removed, a promise, a timer per
 * query) a quiet receiver's process spent about 15 µs more CPU per event, more than its whole validation; without
 * it, about what a naive receiver's process spends. sql-store.ts never
 * runs more inserts at once than there are writers, so a free connection, or room for a new one, is always there.
 * A connection that fails is dropped; the next insert opens another, which is how the store comes back after an
 * outage. Instead of a timer per query, one check each second ends a connection whose server stopped answering.
 */
function writerConnections(config: pg.ClientConfig, noAnswerMs: number) {
  const idle: pg.Client[] = [];
  /** Connections in use, with when their statement was sent. */
  const busy = new Map<pg.Client, number>();
  let watchdog: ReturnType<typeof setInterval> | undefined;

  function open(): Promise<pg.Client> {
    const client = new pg.Client(config);
    // A connection the server ends while it is idle (a restart) must not crash the process: it is dropped.
    client.on('error', () => drop(client));
    client.on('end', () => drop(client));
    watchdog ??= setInterval(endUnanswered, WATCHDOG_INTERVAL_MS).unref();
    return client.connect().then(
      () => client,
      (error: unknown) => {
        drop(client);
        throw error;
      }
    );
  }

  function drop(client: pg.Client): void {
    const at = idle.indexOf(client);
    if (at >= 0) idle.splice(at, 1);
    busy.delete(client);
    client.end().catch(() => {});
  }

  /** pg has no way to end a connection whose server does not answer but to close its socket. */
  function endUnanswered(): void {
    const tooOld = performance.now() - noAnswerMs;
    for (const [client, sentAt] of busy) {
      if (sentAt < tooOld) (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    }
  }

  function run(client: pg.Client, text: string, params: unknown[], name: string | undefined): Promise<WriteResult> {
    busy.set(client, performance.now());
    return new Promise((resolve, reject) => {
      client.query(
        new PreparedQuery(text, params, name, (error, result) => {
          busy.delete(client);
          if (error) {
            // An error the server answered (a refused value, a cancelled statement) leaves the connection usable;
            // a lost connection, or one the server is ending, does not.
            if (error instanceof pg.DatabaseError && error.severity !== 'FATAL') idle.push(client);
            else drop(client);
            reject(error);
          } else {
            idle.push(client);
            resolve(result as unknown as WriteResult);
          }
        })
      );
    });
  }

  return {
    write(text: string, params: unknown[], name: string | undefined): Promise<WriteResult> {
      const client = idle.pop();
      if (client) return run(client, text, params, name);
      return open().then((fresh) => run(fresh, text, params, name));
    },
    async close(): Promise<void> {
      clearInterval(watchdog);
      await Promise.all(idle.splice(0).map((client) => client.end().catch(() => {})));
    },
  };
}

export function postgresStore(options: PostgresStoreOptions = {}): SqlStore {
  const ownPool = !options.pool;
  const statementTimeout = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  const writers = options.writers ?? DEFAULT_WRITERS;
  const prepare = options.prepare ?? true;
  const connection = {
    connectionString: options.connectionString,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // Server side: PostgreSQL cancels the statement and rolls it back. A client-side timeout alone answers
    // 503 while the statement goes on and may commit.
    statement_timeout: statementTimeout,
    lock_timeout: statementTimeout,
  };
  const pool =
    options.pool ??
    new pg.Pool({
      ...connection,
      // Health checks, migrations and readers (insights, forwarding); the writers hold connections of their own.
      max: READER_CONNECTIONS,
      // Open connections are kept while the receiver runs (pg-pool closes idle ones after 10 s by default).
      idleTimeoutMillis: 0,
      query_timeout: statementTimeout + CLIENT_TIMEOUT_MARGIN_MS,
    });
  // A host's pool writes too (its settings, its connections); the store's own writers keep connections.
  const writer = ownPool ? writerConnections(connection, statementTimeout + CLIENT_TIMEOUT_MARGIN_MS) : undefined;
  // An idle connection that the server drops (a restart) must not crash the process: the next query
  // reconnects. Only on the store's own pool: a host's pool is the host's to watch.
  const ignore = () => {};
  if (ownPool) pool.on('error', ignore);

  const database: SqlDatabase = {
    // pg types rows as its own record type; the SQL module names the columns it selects.
    query(text, params = [], name) {
      // pg-pool answers a submitted query with a promise of its result, as it does a config.
      const query = prepare && name ? (new PreparedQuery(text, params, name) as unknown as pg.QueryConfig) : { text, values: params };
      return pool.query(query) as unknown as Promise<WriteResult>;
    },
    ...(writer && { write: (text: string, params: unknown[], name?: string) => writer.write(text, params, prepare ? name : undefined) }),
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
      await writer?.close();
      await pool.end();
      pool.off('error', ignore);
    },
  });
}
