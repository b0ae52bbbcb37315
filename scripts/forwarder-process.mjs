#!/usr/bin/env node
/**
 * A forwarder in a process of its own, the way past one machine (postgresStore + forwarder beside the
 * receivers), for `npm run bench:forward` and the kill -9 test. Prints `forwarding` once started; on SIGTERM it
 * stops gracefully (messages in flight answered, cursors saved) and exits. It runs at a lower CPU priority (nice
 * NICE, default 10; with PRIORITY=idle, SCHED_IDLE): on cores it shares with a receiver, the receiver is served
 * first and forwarding takes the time left (its lag grows only while the machine is saturated).
 *   DATABASE_URL=postgres://… [TABLE=…] SINK_URL=http://… [BATCH=500] [POLL_MS=200] [CE_BATCH=100] node scripts/forwarder-process.mjs
 * (CE_BATCH: events per request in the CloudEvents batched mode; default one event per request.)
 *   STORE=pglite DATA_DIR=… SINK_URL=http://… node scripts/forwarder-process.mjs
 */
import { execFileSync } from 'node:child_process';
import { setPriority } from 'node:os';
import { cloudEventsSink, createForwarder } from 'care-feedback/insights';

setPriority(Number(process.env.NICE ?? 10));
// `PRIORITY=idle` (the bench): where Linux's SCHED_IDLE is at hand (util-linux `chrt`), the forwarder runs only on
// time no other process wants — the time left, exactly, rather than the tenth or so of a busy core that nice 10
// still takes from the receiver. Not the default here: the tests run this file on a machine busy with
// browsers, where a process that waits for an idle core could wait past a test's time limit.
if (process.env.PRIORITY === 'idle') {
  try {
    execFileSync('chrt', ['--idle', '--all-tasks', '--pid', '0', String(process.pid)], { stdio: 'ignore' });
  } catch {}
}

async function openStore() {
  if (process.env.STORE === 'pglite') {
    const { pgliteStore } = await import('care-feedback/receiver/pglite');
    return pgliteStore({ dataDir: process.env.DATA_DIR, table: process.env.TABLE });
  }
  const { postgresStore } = await import('care-feedback/receiver/postgres');
  return postgresStore({ connectionString: process.env.DATABASE_URL, table: process.env.TABLE, writers: 2 });
}

const store = await openStore();
const forwarder = createForwarder({
  store,
  sinks: [cloudEventsSink(process.env.SINK_URL, { batch: process.env.CE_BATCH ? Number(process.env.CE_BATCH) : undefined })],
  batchSize: process.env.BATCH ? Number(process.env.BATCH) : undefined,
  pollIntervalMs: process.env.POLL_MS ? Number(process.env.POLL_MS) : undefined,
  retry: { initialMs: 50, maxMs: 1000 },
}).start();
console.log('forwarding');
process.once('SIGTERM', async () => {
  await forwarder.stop();
  await store.close();
  process.exit(0);
});
