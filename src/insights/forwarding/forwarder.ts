/**
 * `createForwarder({ store, sinks })`: tells the sinks what the store holds, at least once. Each sink follows the
 * events' table on its own cursor (receiver/sql-store.ts `follow()`: final rows in (tx, seq) order, so a cursor
 * never skips a row committed late), kept in the store with the sink's state. A batch's cursor is saved only
 * after the sink took every message of it; a failing message is tried again with exponential backoff for as
 * long as the sink fails, so nothing is lost, and what a crash interrupts is sent again after the restart (the
 * duplicates of that window only: each event's `source` + `id` lets a sink drop them).
 *
 * The forwarder reads the table; it is never called by `put()`, so a slow or failing sink never slows the
 * receiver. With `pgliteStore` it runs in the receiver's process, on the same store object (one process opens a
 * PGlite folder); with `postgresStore`, in that process or in one of its own.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { Store } from '../../receiver/store.js';
import type { SqlStore } from '../../receiver/sql-store.js';
import { cursorsOf, type SavedCursor } from './cursors.js';
import { SinkError, type Sink } from './sink.js';

export interface ForwarderOptions {
  /** A SQL store: `pgliteStore` or `postgresStore` (other stores cannot be followed). */
  store: Store;
  sinks: Sink<any, any>[];
  /** Milliseconds between looks at the table while it has nothing new. Default 200. */
  pollIntervalMs?: number;
  /** Events read at a time. Default 500. */
  batchSize?: number;
  /** Backoff while a sink fails: `min(maxMs, initialMs · 2^n)` ±25 %. Default 1 s doubling up to 5 min. */
  retry?: { initialMs?: number; maxMs?: number };
  /** The clock of the sinks' timed messages (an answer's two minutes, the daily digest). Default `Date.now`. */
  now?: () => number;
  /** Where outages and skipped messages are told. Default `console`. */
  log?: { error(...values: unknown[]): void; info(...values: unknown[]): void };
}

export interface SinkStatus {
  name: string;
  /** The saved cursor: everything up to it was taken by the sink. */
  cursor: string | undefined;
  /** Messages the sink took since start. */
  sent: number;
  /** Messages the sink refused for good (400, 413, 415, 422), each logged. */
  skipped: number;
  /** Attempts that failed and were tried again. */
  retries: number;
  failing: boolean;
  lastError?: string;
}

export interface Forwarder {
  /** Starts following (once; a second call does nothing). Returns the forwarder. */
  start(): Forwarder;
  /** Stops gracefully: waits for messages in flight, saves where each sink is; a sink in backoff stops at once. */
  stop(): Promise<void>;
  status(): SinkStatus[];
}

const DEFAULT_POLL_MS = 200;
const DEFAULT_BATCH = 500;
const DEFAULT_RETRY_INITIAL_MS = 1000;
const DEFAULT_RETRY_MAX_MS = 5 * 60_000;
/** A sink's `Retry-After` is honoured up to this (as the browser side does, contract §6). */
const MAX_RETRY_AFTER_MS = 300_000;

const isSqlStore = (store: Store): store is SqlStore =>
  typeof (store as SqlStore).follow === 'function' && typeof (store as SqlStore).database === 'object';

export function createForwarder(options: ForwarderOptions): Forwarder {
  const { sinks } = options;
  if (!isSqlStore(options.store)) {
    throw new TypeError('care-feedback createForwarder: the store must be pgliteStore or postgresStore (only SQL stores can be followed)');
  }
  const store: SqlStore = options.store;
  const names = new Set<string>();
  for (const sink of sinks) {
    if (names.has(sink.name)) throw new TypeError(`care-feedback createForwarder: two sinks are named "${sink.name}"; give one a \`name\``);
    names.add(sink.name);
  }
  const poll = options.pollIntervalMs ?? DEFAULT_POLL_MS;
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const initialMs = options.retry?.initialMs ?? DEFAULT_RETRY_INITIAL_MS;
  const maxMs = options.retry?.maxMs ?? DEFAULT_RETRY_MAX_MS;
  const now = options.now ?? Date.now;
  const log = options.log ?? console;
  const cursors = cursorsOf(store);
  const stopping = new AbortController();
  const statuses = new Map<string, SinkStatus>(
    sinks.map((sink) => [sink.name, { name: sink.name, cursor: undefined, sent: 0, skipped: 0, retries: 0, failing: false }])
  );
  let running: Promise<unknown> | undefined;

  const sleep = (ms: number) => delay(ms, undefined, { signal: stopping.signal }).catch(() => {});
  const backoff = (attempt: number) => Math.min(maxMs, initialMs * 2 ** attempt) * (0.75 + Math.random() / 2);

  /** Runs a store operation until it succeeds (the database may be down for a while) or the forwarder stops. */
  async function withStore<T>(what: string, work: () => Promise<T>): Promise<T | undefined> {
    for (let attempt = 0; !stopping.signal.aborted; attempt++) {
      try {
        const result = await work();
        if (attempt > 0) log.info(`care-feedback forwarder: the store answers again (${what})`);
        return result;
      } catch (error) {
        if (attempt === 0) log.error(`care-feedback forwarder: the store failed (${what}): ${(error as Error).message}; trying again`);
        await sleep(backoff(attempt));
      }
    }
    return undefined;
  }

  /** Sends one message until the sink takes it (true), refuses it for good (true: skipped), or the forwarder stops (false). */
  async function sendOne(sink: Sink, message: unknown, status: SinkStatus): Promise<boolean> {
    for (let attempt = 0; ; attempt++) {
      if (stopping.signal.aborted && attempt > 0) return false;
      try {
        await sink.send(message);
        status.sent++;
        return true;
      } catch (error) {
        const sinkError = error instanceof SinkError ? error : new SinkError((error as Error).message, true);
        status.lastError = sinkError.message;
        if (!sinkError.retry) {
          status.skipped++;
          log.error(`care-feedback forwarder: sink ${sink.name} refused a message for good (${sinkError.message}); skipped`);
          return true;
        }
        status.retries++;
        if (!status.failing) {
          status.failing = true;
          log.error(`care-feedback forwarder: sink ${sink.name} failed (${sinkError.message}); retrying with backoff`);
        }
        const wait = Math.max(backoff(attempt), Math.min(MAX_RETRY_AFTER_MS, sinkError.retryAfterMs ?? 0));
        await sleep(wait);
      }
    }
  }

  /** Sends every message, `concurrency` at a time; false when the forwarder stopped before all were taken. */
  async function deliver(sink: Sink, messages: unknown[], status: SinkStatus): Promise<boolean> {
    let next = 0;
    let complete = true;
    const worker = async () => {
      while (complete && next < messages.length) {
        const message = messages[next++];
        if (!(await sendOne(sink, message, status))) complete = false;
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(sink.concurrency, messages.length)) }, worker));
    return complete;
  }

  async function follow(sink: Sink): Promise<void> {
    const status = statuses.get(sink.name) as SinkStatus;
    let saved: SavedCursor | undefined | null = await withStore('reading a cursor', async () => (await cursors.load(sink.name)) ?? null);
    if (saved === undefined) return; // stopped
    if (saved === null) {
      const start = sink.startAt === 'end' ? await withStore('finding the end', () => cursors.end()) : '0:0';
      if (start === undefined) return;
      saved = { cursor: start, state: undefined };
      // Saved at once, so a sink that starts at the end does not move its start with every restart.
      const first = saved;
      if (!(await withStore('saving a cursor', async () => (await cursors.save(sink.name, first), true)))) return;
    }
    let { cursor, state } = saved;
    status.cursor = cursor;
    let wakeAt: number | undefined = now(); // one look with nothing new: messages that fell due while stopped
    while (!stopping.signal.aborted) {
      const read = await withStore('following the table', () => store.follow(cursor, batchSize));
      if (!read) return;
      const due = wakeAt !== undefined && now() >= wakeAt;
      if (!read.events.length && !due) {
        await sleep(poll);
        continue;
      }
      const plan = sink.plan(read.events, state, now());
      if (!(await deliver(sink, plan.messages, status))) return;
      if (status.failing) {
        // Told once the whole batch is taken: with several requests at once, one success alone proves little.
        status.failing = false;
        log.info(`care-feedback forwarder: sink ${sink.name} takes messages again`);
      }
      const next = { cursor: read.cursor, state: plan.state };
      // Saved even while stopping: every message of the batch was taken.
      let savedNow = false;
      for (let attempt = 0; !savedNow; attempt++) {
        try {
          await cursors.save(sink.name, next);
          savedNow = true;
        } catch (error) {
          if (stopping.signal.aborted) return; // sent again after the restart: at least once
          if (attempt === 0) log.error(`care-feedback forwarder: could not save ${sink.name}'s cursor: ${(error as Error).message}; trying again`);
          await sleep(backoff(attempt));
        }
      }
      ({ cursor, state } = next);
      wakeAt = plan.wakeAt;
      status.cursor = cursor;
    }
  }

  const forwarder: Forwarder = {
    start() {
      running ??= Promise.all(
        sinks.map((sink) =>
          follow(sink).catch((error) => log.error(`care-feedback forwarder: sink ${sink.name} stopped: ${(error as Error).stack}`))
        )
      );
      return forwarder;
    },
    async stop() {
      stopping.abort();
      await running;
    },
    status: () => [...statuses.values()].map((status) => ({ ...status })),
  };
  return forwarder;
}
