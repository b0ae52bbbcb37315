/**
 * `care-feedback/receiver/pglite`: the embedded store — PostgreSQL in this process (`@electric-sql/pglite`, an
 * optional peer dependency), in a folder, with no server to run. The same table, migrations and SQL as
 * `postgresStore` (sql-store.ts), so insights and forwarding read both alike, and moving to PostgreSQL later
 * is a `pg_dump` away.
 *
 *   pgliteStore({ dataDir: '.data/pglite' })
 *
 * Each `put` resolves once its row is committed to the folder's files, which survive a killed process
 * (`kill -9`); the files are not fsynced, so a power loss may lose the last moments. One process at a time may
 * open a folder: a lock file (`care-feedback.lock`, holding the owner's pid) refuses a second one, and a lock
 * left by a process that no longer runs is taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite, parse, protocol, type Results } from '@electric-sql/pglite';
import { sqlStore, type SqlDatabase, type SqlStore } from './sql-store.js';

export type { Cursor, SqlStore } from './sql-store.js';

export interface PgliteStoreOptions {
  /** The folder that holds the database (created when missing). Without one, the database lives in memory. */
  dataDir?: string;
  /** The table, optionally schema-qualified. Default `care_feedback_events`. */
  table?: string;
}

const LOCK_FILE = 'care-feedback.lock';
const { serialize } = protocol;
/** Folders this process holds: a lock file naming this process's pid is stale unless it is here (a container
 * restarts its receiver with the same pid, so "that pid is running" alone would refuse it forever). */
const lockedHere = new Set<string>();

export function pgliteStore(options: PgliteStoreOptions = {}): SqlStore {
  const { dataDir } = options;
  let unlock = () => {};
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockFolder(dataDir);
  }
  const db = new PGlite(dataDir ? join(dataDir, 'pgdata') : undefined);
  const prepared = new Set<string>();
  /**
   * A named statement is parsed and planned once, then each call is one Bind + Execute + Sync: one pass through
   * PGlite's WebAssembly where `db.query` takes six (parse, two describes, bind, execute, sync), and no
   * planning. On this thread that planning is time every request waits for.
   */
  async function runPrepared<Row>(text: string, params: unknown[], name: string): Promise<Results<Row>> {
    await db.waitReady;
    // PGlite's query lock, as `db.query` takes it. (Not its transaction lock: the only transaction, the
    // migration, ends before the SQL module writes anything.)
    return db.runExclusive(async () => {
      if (!prepared.has(name)) {
        await db.execProtocol(oneBuffer(serialize.parse({ name, text }), serialize.sync()));
        prepared.add(name);
      }
      const values = params.map((value) => (value === null || value === undefined ? null : String(value)));
      const { messages } = await db.execProtocol(
        oneBuffer(serialize.bind({ statement: name, values }), serialize.describe({ type: 'P' }), serialize.execute({}), serialize.sync())
      );
      return parse.parseResults(messages, db.parsers)[0] as Results<Row>;
    });
  }
  const database: SqlDatabase = {
    async query<Row>(text: string, params: unknown[] = [], name?: string) {
      const { rows, affectedRows } = await (name ? runPrepared<Row>(text, params, name) : db.query<Row>(text, params));
      return { rows, rowCount: affectedRows ?? null };
    },
    transaction: (work) => db.transaction((tx) => work(async (text, params) => tx.query(text, params as unknown[]))),
  };
  return sqlStore(database, {
    table: options.table ?? 'care_feedback_events',
    // One connection in this process: statements run one at a time anyway, so batches are the way to speed.
    writers: 1,
    onThisThread: true,
    name: 'PGlite',
    isDataError: (error) => String((error as { code?: string }).code).startsWith('22'),
    async release() {
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  });
}

/** Protocol messages as one buffer: PGlite runs them in one call. */
function oneBuffer(...messages: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(messages.reduce((size, message) => size + message.byteLength, 0));
  let offset = 0;
  for (const message of messages) {
    all.set(message, offset);
    offset += message.byteLength;
  }
  return all;
}

/** Takes `dir`'s lock file for this process, or throws naming the process that holds it. Returns the release. */
function lockFolder(dir: string): () => void {
  const path = resolve(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      lockedHere.add(path);
      return () => {
        lockedHere.delete(path);
        rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(path, 'utf8').trim());
      const heldByThisProcess = owner === process.pid && lockedHere.has(path);
      if (heldByThisProcess || (owner !== process.pid && isRunning(owner))) {
        throw new Error(`care-feedback pgliteStore: ${dir} is open in process ${owner}; one process at a time may open it`);
      }
      rmSync(path, { force: true }); // left by a process that was killed: take it over
    }
  }
  throw new Error(`care-feedback pgliteStore: could not take the lock ${path}`);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
