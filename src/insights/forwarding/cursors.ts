/**
 * Where each sink is, kept in the store beside the events: one row per sink in `<events table>_cursors`, with
 * the sink's cursor in the table's (tx, seq) order and its state (the answers it still holds, its digest) as
 * JSON. A cursor and its state are written together, in one statement, only after the sink has taken what came
 * before them: so a restart (or `kill -9`) goes on from there, and sends again at most what was in flight.
 */
import type { SqlStore } from '../../receiver/sql-store.js';

const MIGRATION_LOCK = 0x63617266; // "carf": another key than the events table's migration lock

/** Migrations, in order, each safe to run again (the style of receiver/sql-store.ts). */
function migrations(table: string): string[] {
  return [
    // Issue 24: a cursor and a state per sink.
    `create table if not exists ${table} (
      sink text primary key,
      cursor text not null,
      state jsonb,
      updated_at timestamptz not null default now()
    )`,
  ];
}

export interface SavedCursor {
  cursor: string;
  state: unknown;
}

export interface Cursors {
  /** The sink's saved cursor and state, or undefined for a sink never run on this store. */
  load(sink: string): Promise<SavedCursor | undefined>;
  save(sink: string, saved: SavedCursor): Promise<void>;
  /** The cursor after the last final event now in the table: where a sink that starts at the `end` begins. */
  end(): Promise<string>;
}

export function cursorsOf(store: SqlStore): Cursors {
  const { database, table: events } = store;
  const table = `${events}_cursors`;
  let migrated: Promise<void> | undefined;
  const ready = () =>
    (migrated ??= database
      .transaction(async (query) => {
        await query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        for (const step of migrations(table)) await query(step);
      })
      .catch((error) => {
        migrated = undefined;
        throw error;
      }));
  return {
    async load(sink) {
      await ready();
      const { rows } = await database.query<{ cursor: string; state: unknown }>(
        `select cursor, state from ${table} where sink = $1`,
        [sink]
      );
      return rows[0] ? { cursor: rows[0].cursor, state: rows[0].state ?? undefined } : undefined;
    },
    async save(sink, { cursor, state }) {
      await ready();
      await database.query(
        `insert into ${table} (sink, cursor, state, updated_at) values ($1, $2, $3::jsonb, now())
         on conflict (sink) do update set cursor = excluded.cursor, state = excluded.state, updated_at = now()`,
        [sink, cursor, state === undefined ? null : JSON.stringify(state)],
        `care_feedback_cursor_save_${events.replace('.', '_')}`
      );
    },
    async end() {
      await store.ping(); // the events table exists (it is migrated by the store)
      const { rows } = await database.query<{ tx: string; seq: string }>(
        `select tx::text as tx, seq::text as seq from ${events}
         where tx < pg_snapshot_xmin(pg_current_snapshot()) order by tx desc, seq desc limit 1`
      );
      return rows[0] ? `${rows[0].tx}:${rows[0].seq}` : '0:0';
    },
  };
}
