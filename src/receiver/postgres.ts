/**
 * `care-feedback/receiver/postgres`: a store in PostgreSQL, with `pg` (an optional peer dependency: install it
 * to use this entry).
 *
 *   postgresStore({ connectionString: process.env.DATABASE_URL })
 *
 * The table is created when missing. Concurrent events are written together, one `insert … on conflict do
 * nothing` for all that arrive while the previous statement runs, which is what lets one receiver keep up with
 * thousands of events a second; each `put` resolves only once its row is committed, so a 202 always means
 * stored. A failed or unreachable database makes `put` throw `StoreUnavailableError` (the receiver answers
 * 503 with Retry-After); the next event tries again, so the store recovers by itself when the database does.
 */
import pg from 'pg';
import type { CareCloudEvent } from '../types.js';
import { StoreRejectedError, StoreUnavailableError, type Store } from './store.js';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:5432/database`; or give a `pool` of your own. */
  connectionString?: string;
  /** A `pg.Pool` the application already has (it is not closed by `close()`). */
  pool?: pg.Pool;
  /** The table, optionally schema-qualified. Default `care_feedback_events`. */
  table?: string;
}

/** Rows per statement: 6 parameters each, far below PostgreSQL's 65,535. */
const MAX_BATCH = 1000;
const TABLE_NAME = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/i;

export function postgresStore(options: PostgresStoreOptions = {}): Store & {
  /** Every stored event, in the order received. */
  all(): Promise<CareCloudEvent[]>;
  /** Forgets every event (`truncate`). */
  clear(): Promise<void>;
  /** Ends the pool this store opened. */
  close(): Promise<void>;
} {
  const table = options.table ?? 'care_feedback_events';
  if (!TABLE_NAME.test(table)) throw new Error(`care-feedback postgresStore: table "${table}" is not a plain (schema.)name`);
  const ownPool = !options.pool;
  // Timeouts, so an unreachable or locked database is answered 503 within seconds instead of never.
  const pool = options.pool ?? new pg.Pool({ connectionString: options.connectionString, connectionTimeoutMillis: 5000, query_timeout: 10000 });
  // An idle connection that the server drops (a restart) must not crash the process: the next query
  // reconnects. Only on the store's own pool: a host's pool is the host's to watch.
  const ignore = () => {};
  if (ownPool) pool.on('error', ignore);

  let tableReady: Promise<unknown> | undefined;
  const ready = () =>
    (tableReady ??= pool
      .query(
        `create table if not exists ${table} (
          source text not null,
          id text not null,
          type text not null,
          subject text,
          "time" timestamptz not null,
          data jsonb not null,
          received_at timestamptz not null default now(),
          primary key (source, id)
        )`
      )
      .catch((error) => {
        tableReady = undefined; // try again with the next event
        throw error;
      }));

  type Waiting = { event: CareCloudEvent; resolve: (outcome: 'stored' | 'duplicate') => void; reject: (error: unknown) => void };
  let waiting: Waiting[] = [];
  let writing = false;

  async function writeWaiting(): Promise<void> {
    writing = true;
    while (waiting.length) {
      const batch = waiting.slice(0, MAX_BATCH);
      waiting = waiting.slice(MAX_BATCH);
      await insert(batch);
    }
    writing = false;
  }

  /** Inserts a batch; when the database refuses a value in it, each event alone, so only that one is refused. */
  async function insert(batch: Waiting[]): Promise<void> {
    try {
      await ready();
      const values: unknown[] = [];
      const rows = batch.map(({ event }, i) => {
        values.push(event.source, event.id, event.type, event.subject ?? null, event.time, JSON.stringify(event.data));
        return `($${i * 6 + 1}, $${i * 6 + 2}, $${i * 6 + 3}, $${i * 6 + 4}, $${i * 6 + 5}, $${i * 6 + 6})`;
      });
      const { rows: inserted } = await pool.query<{ source: string; id: string }>(
        `insert into ${table} (source, id, type, subject, "time", data) values ${rows.join(', ')}
         on conflict (source, id) do nothing returning source, id`,
        values
      );
      const stored = new Set(inserted.map((row) => JSON.stringify([row.source, row.id])));
      for (const { event, resolve } of batch) {
        const key = JSON.stringify([event.source, event.id]);
        // The same event twice in one batch is inserted once: the first of them is the one stored.
        resolve(stored.delete(key) ? 'stored' : 'duplicate');
      }
    } catch (error) {
      // SQLSTATE class 22 is a data exception: a value this event carries, not the database's state.
      const dataError = String((error as { code?: string }).code).startsWith('22');
      if (dataError && batch.length > 1) {
        for (const one of batch) await insert([one]);
        return;
      }
      const reason = `PostgreSQL: ${(error as Error).message}`;
      for (const { reject } of batch) reject(dataError ? new StoreRejectedError(reason) : new StoreUnavailableError(reason));
    }
  }

  return {
    put(event) {
      return new Promise((resolve, reject) => {
        waiting.push({ event, resolve, reject });
        if (!writing) void writeWaiting();
      });
    },
    async all() {
      await ready();
      const { rows } = await pool.query<{ source: string; id: string; type: string; subject: string | null; time: Date; data: never }>(
        `select source, id, type, subject, "time", data from ${table} order by received_at, "time"`
      );
      return rows.map(({ source, id, type, subject, time, data }) => ({
        specversion: '1.0', id, source, type, ...(subject === null ? {} : { subject }),
        time: time.toISOString(), datacontenttype: 'application/json', data,
      }) as CareCloudEvent);
    },
    async clear() {
      await ready();
      await pool.query(`truncate ${table}`);
    },
    async close() {
      if (!ownPool) return;
      pool.off('error', ignore);
      await pool.end();
    },
  };
}
