/**
 * The one SQL code path of `postgresStore` and `pgliteStore`: the table and its migrations, the batched
 * insert, and the reader that follows the table in a safe order. Each store only says how to reach its
 * database (`SqlDatabase`) and which of its errors mean "this event" rather than "the database".
 *
 * Order for readers (a forwarder, an export): each row carries `tx`, the id of the transaction that inserted
 * it (`pg_current_xact_id()`, an `xid8` that never wraps), and `seq` (a bigserial). Transactions commit out of
 * order, so neither `seq` nor `received_at` alone is safe: a reader that passed seq 10 would never see seq 9
 * committed a moment later. `follow()` reads in (`tx`, `seq`) order and only rows whose transaction is older
 * than every transaction still running (`tx < pg_snapshot_xmin(pg_current_snapshot())`): those are final, and
 * every row committed later has a larger `tx`, so a cursor on (`tx`, `seq`) never skips one.
 */
import type { CareCloudEvent } from '../types.js';
import { StoreRejectedError, StoreUnavailableError, type Store } from './store.js';

export interface SqlDatabase {
  /** `name`, when given, lets the database keep the statement prepared (parsed and planned once). */
  query<Row>(text: string, params?: unknown[], name?: string): Promise<{ rows: Row[]; rowCount?: number | null }>;
  /**
   * The insert of events, when the database keeps connections for it (`postgresStore`'s writers); otherwise
   * `query` runs it. Never called by more callers at once than the store has writers.
   */
  write?<Row>(text: string, params: unknown[], name?: string): Promise<{ rows: Row[]; rowCount?: number | null }>;
  /** Runs `work` in one transaction on one connection. */
  transaction<T>(work: (query: SqlDatabase['query']) => Promise<T>): Promise<T>;
}

export interface SqlStoreSettings {
  table: string;
  /** Batches written at the same time (connections); 1 for an in-process database. */
  writers: number;
  /**
   * Whether statements run on this thread (PGlite): then even a lone event waits for the end of this turn of the
   * event loop, since the requests already read would wait for its statement anyway and can share it.
   */
  onThisThread?: boolean;
  /** Whether an error is about the event's values (refused: 400) rather than the database (503). */
  isDataError(error: unknown): boolean;
  /** Called once by `close()`, after the queued events are written. */
  release(): Promise<void>;
  /** The database's name in messages: `PostgreSQL`, `PGlite`. */
  name: string;
}

/** Where a reader is in the table: after this (`tx`, `seq`). `'0:0'` is the start. */
export type Cursor = string;

export interface SqlStore extends Store {
  /** The events' table, as given (optionally schema-qualified): readers keep their own tables beside it. */
  readonly table: string;
  /** The store's database, for readers of the table (forwarding keeps its cursors beside it). Not for writes to the table. */
  readonly database: SqlDatabase;
  /** Every stored event, in the table's order. */
  all(): Promise<CareCloudEvent[]>;
  /** The next final events after `cursor`, at most `limit`, and the cursor after them. */
  follow(cursor?: Cursor, limit?: number): Promise<{ events: CareCloudEvent[]; cursor: Cursor }>;
  /** Forgets every event (`truncate`). */
  clear(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * Runs a statement on the store's database once its table is migrated: for insights, which read in SQL. With
   * `settings` (`{ work_mem: '64MB' }`), in a transaction of its own where they are set for it alone.
   */
  query<Row>(text: string, params?: unknown[], settings?: Record<string, string>): Promise<{ rows: Row[] }>;
}

/** Rows per statement: 13 parameters each, far below PostgreSQL's 65,535. */
const MAX_BATCH = 1000;
/** Inserts of up to this many rows are kept prepared, one statement per row count, on each connection. */
const MAX_PREPARED_ROWS = 64;
/** Events per statement before a queue is shared among several writers. */
const MIN_SHARED_BATCH = 64;
const TABLE_NAME = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/i;
const DEFAULT_FOLLOW_LIMIT = 500;
/** Any constant: the key of the advisory lock that lets one receiver at a time migrate the table. */
const MIGRATION_LOCK = 0x63617265; // "care"

const RATING = `type = 'care.feedback.rating.v1'`;
const ratingNumber = (field: string) =>
  `case when ${RATING} and jsonb_typeof(data->'${field}') = 'number' then (data->'${field}')::float8 end`;

type EventData = Record<string, unknown>;
/** What `data->>'field'` gives: a string as it is, JSON null or no field as null. */
const textOf = (value: unknown): string | null => (value == null ? null : typeof value === 'string' ? value : JSON.stringify(value));
const numberOf = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const isRating = (event: CareCloudEvent) => event.type === 'care.feedback.rating.v1';

/**
 * The columns copied out of each row's `type` and `data` when it is written, for the insights' indexes. Each has
 * its SQL expression, which fills the rows of an older table (the migration), and the same value computed here
 * for the insert (`of`): PostgreSQL evaluating the expressions cost each insert about 5 µs of its ~15, where the
 * values as parameters cost nothing measurable. A test checks every `of` against its `sql` on stored events.
 */
export const DERIVED_COLUMNS: ReadonlyArray<{ name: string; type: string; sql: string; of(event: CareCloudEvent, data: EventData): unknown }> = [
  { name: 'response_id', type: 'text', sql: `data->>'responseId'`, of: (_, data) => textOf(data.responseId) },
  { name: 'rating_scale', type: 'text', sql: `case when ${RATING} then data->>'scale' end`, of: (event, data) => (isRating(event) ? textOf(data.scale) : null) },
  { name: 'rating_value', type: 'float8', sql: ratingNumber('value'), of: (event, data) => (isRating(event) ? numberOf(data.value) : null) },
  { name: 'rating_min', type: 'float8', sql: ratingNumber('min'), of: (event, data) => (isRating(event) ? numberOf(data.min) : null) },
  { name: 'rating_max', type: 'float8', sql: ratingNumber('max'), of: (event, data) => (isRating(event) ? numberOf(data.max) : null) },
  {
    name: 'dismissed_stage',
    type: 'text',
    sql: `case when type = 'care.feedback.dismissed.v1' then data->>'stage' end`,
    of: (event, data) => (event.type === 'care.feedback.dismissed.v1' ? textOf(data.stage) : null),
  },
  {
    name: 'comment_reasons',
    type: 'jsonb',
    sql: `case when type = 'care.feedback.comment.v1' and jsonb_typeof(data->'reasons') = 'array' then data->'reasons' end`,
    of: (event, data) => (event.type === 'care.feedback.comment.v1' && Array.isArray(data.reasons) ? JSON.stringify(data.reasons) : null),
  },
];

/** The columns each event gives the insert, in its parameters' order. */
const INSERTED_COLUMNS = [
  ...[['source', 'text'], ['id', 'text'], ['type', 'text'], ['subject', 'text'], ['"time"', 'timestamptz'], ['data', 'jsonb']],
  ...DERIVED_COLUMNS.map(({ name, type }) => [name, type]),
];

/** The insert of `rows` events, each row's parameters typed as its column. */
function insertSql(table: string, rows: number): string {
  const tuples = Array.from({ length: rows }, (_, row) => {
    const at = row * INSERTED_COLUMNS.length;
    return `(${INSERTED_COLUMNS.map(([, type], column) => `$${at + column + 1}::${type}`).join(', ')})`;
  });
  return `insert into ${table} (${INSERTED_COLUMNS.map(([name]) => name).join(', ')})
    values ${tuples.join(', ')}
    on conflict (source, id) do nothing`;
}

/** The parameters of one event's row, in INSERTED_COLUMNS' order. */
function pushRow(values: unknown[], event: CareCloudEvent): void {
  const data = (event.data ?? {}) as unknown as EventData;
  values.push(event.source, event.id, event.type, event.subject ?? null, event.time, JSON.stringify(event.data));
  for (const column of DERIVED_COLUMNS) values.push(column.of(event, data));
}

/**
 * Migrations, in order, each safe to run again: columns and indexes are added when missing, never dropped or
 * rewritten, so a table from an earlier release keeps every row.
 */
function migrations(
  table: string,
  indexPrefix: string,
  hasColumn: (name: string) => boolean,
  isGenerated: (name: string) => boolean
): string[] {
  // An index lives in its table's schema: `drop index` names it there.
  const inSchema = table.includes('.') ? table.slice(0, table.indexOf('.') + 1) : '';
  const steps = [
    // 0.1.0: the contract's columns.
    `create table if not exists ${table} (
      source text not null,
      id text not null,
      type text not null,
      subject text,
      "time" timestamptz not null,
      data jsonb not null,
      received_at timestamptz not null default now(),
      primary key (source, id)
    )`,
  ];
  // Issue 21: an order for readers (seq + tx, see above) and the insights' index by survey and time. Rows
  // already there get their seq in physical order and the migrating transaction's id as tx.
  if (!hasColumn('seq')) steps.push(`alter table ${table} add column seq bigserial`);
  if (!hasColumn('tx')) steps.push(`alter table ${table} add column tx xid8 not null default pg_current_xact_id()`);
  steps.push(
    `create index if not exists ${indexPrefix}_follow on ${table} (tx, seq)`,
    `create index if not exists ${indexPrefix}_subject_time on ${table} (subject, "time")`
  );
  // Issue 23 (insights): what the summaries read, copied out of `data` once when a row is written, and one index
  // that holds all of it, so a summary over a million events is an index-only scan rather than a million jsonb
  // values parsed. A table without them gains them as stored generated columns, which fills its rows; adding
  // them rewrites the table once: that may take longer than the pool's statement timeout, so it runs without one.
  if (!hasColumn('response_id')) {
    steps.push(
      'set local statement_timeout = 0',
      `alter table ${table} ${DERIVED_COLUMNS.map(({ name, type, sql }) =>
        `add column if not exists ${name} ${type} generated always as (${sql}) stored`).join(', ')}`
    );
  }
  // Issue 21: then they become plain columns, which the insert fills with the values of the same expressions
  // (DERIVED_COLUMNS' `of`). PostgreSQL plans a generated column's expression again for every statement that
  // inserts (ExecInitStoredGenerated): ~35 µs of the ~50 µs a one-row insert cost the server.
  const generated = DERIVED_COLUMNS.filter(({ name }) => isGenerated(name) || !hasColumn(name));
  if (generated.length) {
    steps.push(`alter table ${table} ${generated.map(({ name }) => `alter column ${name} drop expression if exists`).join(', ')}`);
  }
  steps.push(
    // Each response's last rating, read in order with no sort: per survey, by response, newest first.
    `create index if not exists ${indexPrefix}_insights_ratings
       on ${table} (subject, response_id collate "C", "time" desc, id collate "C" desc)
       include (rating_scale, rating_value, rating_min, rating_max) where type = 'care.feedback.rating.v1'`,
    // The other steps of the funnel, the comments' reasons and the list (ranked from the index alone, so with
    // each comment's id), by survey, type and time; not the ratings, which `_insights_ratings` holds, so a rating
    // (a third of the events) is not written to it. It replaces the first release's `_insights` (every event,
    // no id) and `_response`: the list now finds each comment's rating in `_insights_ratings`. Fewer and smaller
    // indexes: less work for every insert (issue 21).
    `create index if not exists ${indexPrefix}_insights_steps on ${table} (subject, type, "time")
       include (response_id, dismissed_stage, comment_reasons, id) where type <> 'care.feedback.rating.v1'`,
    `drop index if exists ${inSchema}${indexPrefix}_insights`,
    `drop index if exists ${inSchema}${indexPrefix}_response`
  );
  return steps;
}

type Row = { source: string; id: string; type: string; subject: string | null; time: Date; data: never; cursor_tx: string; cursor_seq: string };

type Waiting = {
  event: CareCloudEvent;
  /** The event's primary key (`source`, `id`) as one string, made once when it is put. */
  key: string;
  resolve: (outcome: 'stored' | 'duplicate') => void;
  reject: (error: unknown) => void;
};

/**
 * The primary key (`source`, `id`) as one string: a Set can hold it, and no two keys give the same one (the
 * length says where `source` ends).
 */
const keyOf = (source: string, id: string): string => `${source.length}:${source}${id}`;

export function sqlStore(db: SqlDatabase, settings: SqlStoreSettings): SqlStore {
  const { table, writers, isDataError, name, onThisThread = false } = settings;
  if (!TABLE_NAME.test(table)) throw new Error(`care-feedback store: table "${table}" is not a plain (schema.)name`);
  const [schema, bare] = table.includes('.') ? table.split('.') : [null, table];
  const indexPrefix = (bare as string).toLowerCase();

  let tableReady: Promise<unknown> | undefined;
  /** Set once the migration has run, so each insert after it goes to the database without an extra turn. */
  let migrated = false;
  const ready = () =>
    (tableReady ??= db
      .transaction(async (query) => {
        await query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        const { rows } = await query<{ column_name: string; is_generated: string }>(
          `select column_name, is_generated from information_schema.columns
           where table_schema = coalesce($1, current_schema()) and table_name = $2`,
          [schema?.toLowerCase() ?? null, indexPrefix]
        );
        const columns = new Map(rows.map((row) => [row.column_name, row.is_generated === 'ALWAYS']));
        const steps = migrations(table, indexPrefix, (column) => columns.has(column), (column) => columns.get(column) === true);
        for (const step of steps) await query(step);
        migrated = true;
      })
      .catch((error) => {
        tableReady = undefined; // try again with the next event
        throw error;
      }));

  let waiting: Waiting[] = [];
  /** The keys of the events that statements running now insert. */
  const inStatements = new Set<string>();
  let writing = 0;
  let scheduled = false;
  let idle: (() => void) | undefined;

  /**
   * Writes at the end of this turn of the event loop (setImmediate: no timer), so the events whose requests
   * arrived together go in one statement — which matters most for PGlite, whose statements run on this thread
   * and hold every request until they end.
   */
  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      write();
    });
  }

  /**
   * Starts statements for what waits, as long as a writer is free: a lone event never waits for a batch, and
   * events wait only while every writer is busy — then they go together in the next free one. Writers are not
   * held back to make batches bigger: PostgreSQL flushes the WAL of commits that arrive together once (group
   * commit), so while the disk is the limit more statements at once cost no more flushes, and an event that
   * waited for a busy writer would wait a whole flush longer. A long queue (a burst of connections) is shared
   * among the free writers rather than sent as one long statement that every event in it waits for.
   */
  function write(): void {
    const parts = Math.max(1, Math.min(writers - writing, Math.ceil(waiting.length / MIN_SHARED_BATCH)));
    const size = Math.min(MAX_BATCH, Math.ceil(waiting.length / parts));
    while (waiting.length && writing < writers) {
      // A copy of an event that a running statement inserts waits for that statement (it will be a duplicate):
      // two statements inserting the same events at once, in different orders, could each hold one row the
      // other wants — a deadlock, which PostgreSQL ends by failing one of them (every event in it a 503).
      const batch: Waiting[] = [];
      const held: Waiting[] = [];
      for (const item of waiting) (batch.length < size && !inStatements.has(item.key) ? batch : held).push(item);
      if (!batch.length) return; // each waits for a statement, whose end writes again
      waiting = held;
      for (const { key } of batch) inStatements.add(key);
      writing++;
      void insert(batch).finally(() => {
        for (const { key } of batch) inStatements.delete(key);
        writing--;
        if (waiting.length) write();
        else if (writing === 0) idle?.();
      });
    }
  }

  /** The insert of `rows` events, made once per row count (the text alone costs a quiet receiver microseconds). */
  const statements = new Map<number, { text: string; name: string | undefined }>();
  function statementFor(rows: number): { text: string; name: string | undefined } {
    let statement = statements.get(rows);
    if (!statement) {
      // One event needs only the count of rows inserted; a batch learns which of its events were new from the
      // rows returned. (Returning rows costs a row description per statement, which a lone event would pay.)
      const returning = rows === 1 ? '' : ' returning source, id';
      const prepared = rows <= MAX_PREPARED_ROWS ? `care_feedback_insert_${indexPrefix}_${rows}` : undefined;
      statement = { text: insertSql(table, rows) + returning, name: prepared };
      if (prepared) statements.set(rows, statement);
    }
    return statement;
  }

  /** Inserts a batch; if the database still refuses a value in it, each event alone, so only that one fails. */
  async function insert(batch: Waiting[]): Promise<void> {
    try {
      if (!migrated) await ready();
      const values: unknown[] = [];
      for (const { event } of batch) pushRow(values, event);
      const { text, name: statementName } = statementFor(batch.length);
      type Inserted = { source: string; id: string };
      const result = await (db.write ? db.write<Inserted>(text, values, statementName) : db.query<Inserted>(text, values, statementName));
      if (batch.length === 1) {
        batch[0]!.resolve(result.rowCount === 1 ? 'stored' : 'duplicate');
        return;
      }
      const stored = new Set(result.rows.map((row) => keyOf(row.source, row.id)));
      for (const { key, resolve } of batch) {
        // The same event twice in one batch is inserted once: the first of them is the one stored.
        resolve(stored.delete(key) ? 'stored' : 'duplicate');
      }
    } catch (error) {
      // Validation refuses what a database would (contract §8), so this is a last line of defence, not a path.
      const dataError = isDataError(error);
      if (dataError && batch.length > 1) {
        for (const one of batch) await insert([one]);
        return;
      }
      const reason = `${name}: ${(error as Error).message}`;
      for (const { reject } of batch) reject(dataError ? new StoreRejectedError(reason) : new StoreUnavailableError(reason));
    }
  }

  const toEvent = ({ source, id, type, subject, time, data }: Row): CareCloudEvent =>
    ({
      specversion: '1.0', id, source, type, ...(subject === null ? {} : { subject }),
      time: time.toISOString(), datacontenttype: 'application/json', data,
    }) as CareCloudEvent;
  // Aliases unlike the columns: `order by tx` would otherwise sort by the text, where "10" < "9".
  const columns = `source, id, type, subject, "time", data, tx::text as cursor_tx, seq::text as cursor_seq`;

  let closed: Promise<void> | undefined;
  return {
    table,
    database: db,
    async query<Row>(text: string, params?: unknown[], settings: Record<string, string> = {}) {
      await ready();
      const entries = Object.entries(settings);
      if (!entries.length) return db.query<Row>(text, params);
      return db.transaction(async (query) => {
        // All in one statement: one round trip for the settings, however many.
        const calls = entries.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`);
        await query(`select ${calls.join(', ')}`, entries.flat());
        return query<Row>(text, params);
      });
    },
    put(event) {
      if (closed) return Promise.reject(new StoreUnavailableError(`${name}: the store is closed`));
      return new Promise((resolve, reject) => {
        waiting.push({ event, key: keyOf(event.source, event.id), resolve, reject });
        // Quiet (nothing written, nothing waiting): the event goes to the database at once, without waiting a
        // turn for others to join it. Events that arrive while it is written wait and share the next statement.
        if (!onThisThread && writing === 0 && waiting.length === 1) write();
        else schedule();
      });
    },
    async ping() {
      try {
        await ready();
        await db.query('select 1');
      } catch (error) {
        throw new StoreUnavailableError(`${name}: ${(error as Error).message}`);
      }
    },
    async all() {
      await ready();
      const { rows } = await db.query<Row>(`select ${columns} from ${table} order by tx, seq`);
      return rows.map(toEvent);
    },
    async follow(cursor = '0:0', limit = DEFAULT_FOLLOW_LIMIT) {
      await ready();
      const [tx, seq] = cursor.split(':');
      const { rows } = await db.query<Row>(
        `select ${columns} from ${table}
         where (tx, seq) > ($1::xid8, $2::bigint) and tx < pg_snapshot_xmin(pg_current_snapshot())
         order by tx, seq limit $3`,
        [tx, seq, limit]
      );
      const last = rows.at(-1);
      return { events: rows.map(toEvent), cursor: last ? `${last.cursor_tx}:${last.cursor_seq}` : cursor };
    },
    async clear() {
      await ready();
      await db.query(`truncate ${table}`);
    },
    close: () =>
      (closed ??= (async () => {
        if (writing > 0 || waiting.length) await new Promise<void>((resolve) => (idle = resolve));
        await settings.release();
      })()),
  };
}
