/**
 * A forwarder killed mid-way (SIGKILL, in a process of its own: scripts/forwarder-process.mjs) and started
 * again: no event lost, and the only duplicates are from the crash window — events of the batch in flight when
 * it died, whose cursor was not saved yet. Counted, for PostgreSQL and for PGlite.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresStore } from 'care-feedback/receiver/postgres';
import { pgliteStore } from 'care-feedback/receiver/pglite';
import { POSTGRES_MISSING, startPostgres } from '../support/postgres.mjs';
import { startSink } from './sink-server.mjs';
import { rating } from './events.mjs';

const EVENTS = 3000;
const BATCH = 100;
/** Not a multiple of BATCH: the kill lands in the middle of a batch being sent. */
const KILL_AFTER = 1050;

let database;
const folders = [];
before(async () => {
  database = await startPostgres();
  if (!database && process.env.CI === 'true') throw new Error(`CI=true: ${POSTGRES_MISSING}`);
});
after(() => {
  database?.remove();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function startForwarder(env) {
  const child = spawn(process.execPath, ['scripts/forwarder-process.mjs'], {
    env: { ...process.env, BATCH: String(BATCH), POLL_MS: '20', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const started = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes('forwarding') && resolve());
    child.once('exit', (code) => reject(new Error(`forwarder exited with ${code} before it started`)));
  });
  return { child, started };
}

async function killAndRestart(t, env, store) {
  const events = Array.from({ length: EVENTS }, (_, i) => rating(i % 11));
  for (let i = 0; i < events.length; i += 500) await Promise.all(events.slice(i, i + 500).map((event) => store.put(event)));
  await store.close(); // the forwarder process opens the data itself (PGlite: one process at a time)

  // A sink that takes a moment per request, so the kill lands while batches are being sent.
  const sink = await startSink({ answer: () => new Promise((resolve) => setTimeout(() => resolve(200), 1)) });
  try {
    const first = startForwarder({ SINK_URL: sink.url, ...env });
    await first.started;
    await sink.until((received) => received.length >= KILL_AFTER, 60_000);
    first.child.kill('SIGKILL');
    const [, signal] = await once(first.child, 'exit');
    assert.equal(signal, 'SIGKILL');
    // Requests the killed process had sent may still be on their way in (unread, or being answered): the crash
    // window is everything it sent.
    await sink.quiet();
    const beforeCrash = sink.received.map((entry) => entry.body.id);

    const second = startForwarder({ SINK_URL: sink.url, ...env });
    await second.started;
    const unique = () => new Set(sink.received.map((entry) => entry.body.id)).size;
    await sink.until(() => unique() === EVENTS, 60_000);
    second.child.kill('SIGTERM');
    await once(second.child, 'exit');

    const received = sink.received.map((entry) => entry.body.id);
    const lost = events.filter((event) => !received.includes(event.id)).length;
    const seen = new Set();
    const duplicates = received.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    t.diagnostic(`${EVENTS} events, killed after ${beforeCrash.length} received: ${lost} lost, ${duplicates.length} duplicates (batch ${BATCH})`);
    assert.equal(lost, 0, 'no event lost');
    assert.ok(duplicates.length <= BATCH, `at most one batch sent again: ${duplicates.length}`);
    // Every duplicate was first received in the last batch before the kill: the crash window, nothing else.
    const window = new Set(beforeCrash.slice(-BATCH));
    assert.deepEqual(duplicates.filter((id) => !window.has(id)), [], 'duplicates only from the crash window');
    assert.equal(received.length, EVENTS + duplicates.length);
    return duplicates.length;
  } finally {
    await sink.close();
  }
}

test('PostgreSQL: a forwarder killed with SIGKILL and restarted loses nothing; duplicates only from the crash window', { timeout: 180_000 }, async (t) => {
  if (!database) return t.skip(POSTGRES_MISSING);
  const table = `crash_${process.pid}`;
  await killAndRestart(t, { DATABASE_URL: database.url, TABLE: table }, postgresStore({ connectionString: database.url, table }));
});

test('PGlite: a forwarder killed with SIGKILL and restarted loses nothing; duplicates only from the crash window', { timeout: 180_000 }, async (t) => {
  const folder = mkdtempSync(join(tmpdir(), 'care-forward-crash-'));
  folders.push(folder);
  await killAndRestart(t, { STORE: 'pglite', DATA_DIR: folder }, pgliteStore({ dataDir: folder }));
});
