#!/usr/bin/env node
/**
 * `npm run bench:receiver`: how many events a second one receiver stores into PostgreSQL on this machine,
 * and how long each takes to be answered, at a few concurrency levels. The database is a throwaway server
 * (tests/support/postgres.mjs), the receiver a process of its own (scripts/receiver-server.mjs), the client
 * this process, all on one machine. Every answer must be a 202 that means committed: after each level the
 * rows are counted — lost (answered but missing) and duplicated (stored twice) must both be 0.
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import pg from 'pg';
import { startPostgres, POSTGRES_MISSING } from '../tests/support/postgres.mjs';
import { ratingEvent } from '../tests/support/cloud-events.mjs';

const LEVELS = [
  { concurrency: 1, events: 1000 },
  { concurrency: 16, events: 10000 },
  { concurrency: 64, events: 20000 },
  { concurrency: 256, events: 20000 },
];

const database = await startPostgres();
if (!database) {
  console.error(POSTGRES_MISSING);
  process.exit(1);
}
const receiver = spawn(process.execPath, ['scripts/receiver-server.mjs'], {
  env: { ...process.env, DATABASE_URL: database.url, TABLE: 'bench_events' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const port = await new Promise((resolve, reject) => {
  receiver.stdout.on('data', (chunk) => {
    const match = /listening (\d+)/.exec(String(chunk));
    if (match) resolve(Number(match[1]));
  });
  receiver.once('exit', (code) => reject(new Error(`the receiver exited with ${code}`)));
});
const client = new pg.Client({ connectionString: database.url });
await client.connect();

function send(agent, body) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(
      { agent, host: '127.0.0.1', port, path: '/feedback', method: 'POST', headers: { 'content-type': 'application/cloudevents+json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started }));
      }
    );
    req.on('error', reject);
    req.end(body);
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const rows = [];
try {
  for (const { concurrency, events } of LEVELS) {
    const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
    const bodies = Array.from({ length: events }, () => JSON.stringify(ratingEvent()));
    const before = Number((await client.query('select count(*) from bench_events').catch(() => ({ rows: [{ count: 0 }] }))).rows[0].count);
    const latencies = [];
    const statuses = {};
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < bodies.length) {
        const { status, ms } = await send(agent, bodies[next++]);
        statuses[status] = (statuses[status] ?? 0) + 1;
        latencies.push(ms);
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    agent.destroy();
    const after = Number((await client.query('select count(*) from bench_events')).rows[0].count);
    const accepted = statuses[202] ?? 0;
    latencies.sort((a, b) => a - b);
    rows.push({
      concurrency, events, perSecond: Math.round(events / seconds), p50: percentile(latencies, 50), p99: percentile(latencies, 99),
      lost: accepted - (after - before), duplicated: Math.max(0, after - before - events), others: events - accepted,
    });
  }
} finally {
  await client.end();
  receiver.kill('SIGTERM');
  await new Promise((resolve) => receiver.once('exit', resolve));
  database.remove();
}

console.log('| concurrency | events | events/s | p50 ms | p99 ms | lost | duplicated | not 202 |');
console.log('|--:|--:|--:|--:|--:|--:|--:|--:|');
for (const r of rows) {
  console.log(`| ${r.concurrency} | ${r.events} | ${r.perSecond} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.lost} | ${r.duplicated} | ${r.others} |`);
}
process.exit(rows.every((r) => r.lost === 0 && r.duplicated === 0 && r.others === 0) ? 0 : 1);
