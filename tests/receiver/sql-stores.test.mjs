/**
 * Issue 21 on real databases: a throwaway PostgreSQL (tests/support/postgres.mjs) and PGlite in a temporary
 * folder. Poison events never reach the store, outages are logged once, a stuck statement is cancelled (503
 * and not committed), the queue is bounded, readers following the table never skip a row, an old table is
 * migrated without losing a row, and pgliteStore keeps every acknowledged event across `kill -9`.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createReceiver, StoreRejectedError } from 'care-feedback/receiver';
import { postgresStore } from 'care-feedback/receiver/postgres';
import { pgliteStore } from 'care-feedback/receiver/pglite';
import { POSTGRES_MISSING, startPostgres } from '../support/postgres.mjs';
import { freePort } from '../support/free-port.mjs';
import { ratingEvent } from '../support/cloud-events.mjs';
import { DERIVED_COLUMNS } from '../../dist/receiver/sql-store.js';

let database;
let client;
const folders = [];

before(async () => {
  database = await startPostgres();
  if (!database && process.env.CI === 'true') throw new Error(`CI=true: ${POSTGRES_MISSING}`);
  if (database) {
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  }
});

after(async () => {
  await client?.end().catch(() => {});
  database?.remove();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const pgTest = (name, body) => test(name, async (t) => {
  if (!database) return t.skip(POSTGRES_MISSING);
  return body(t);
});

const temporaryFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'care-pglite-'));
  folders.push(folder);
  return folder;
};

const post = (receive, event, headers = {}) =>
  receive(new Request('https://collector.example/feedback', {
    method: 'POST',
    headers: { 'content-type': 'application/cloudevents+json', origin: 'https://shop.example.com', ...headers },
    body: JSON.stringify(event),
  }));

function recordingLog() {
  const lines = { error: [], info: [] };
  return { lines, error: (...values) => lines.error.push(values.map(String).join(' ')), info: (...values) => lines.info.push(values.map(String).join(' ')) };
}

/** Waits for `condition()` to be truthy, checking every 20 ms, for at most `ms`. */
async function until(condition, ms, what) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A transaction on its own connection that holds an exclusive lock on `table` until `release()`. */
async function lockTable(table) {
  const locker = new pg.Client({ connectionString: database.url });
  await locker.connect();
  await locker.query('begin');
  await locker.query(`lock table ${table} in access exclusive mode`);
  return async () => {
    await locker.query('rollback');
    await locker.end();
  };
}

describe('postgresStore in production', () => {
  pgTest('events PostgreSQL would refuse (130 fractional digits in time) are 400 before the store, and the good ones around them are stored', async () => {
    const store = postgresStore({ connectionString: database.url, table: 'poison' });
    let reachedStore = 0;
    const counted = { put: (event) => (reachedStore++, store.put(event)), close: () => store.close() };
    const receive = createReceiver({ store: counted });
    try {
      const good = Array.from({ length: 40 }, () => ratingEvent());
      const poison = Array.from({ length: 4 }, () => ratingEvent({ time: `2026-11-27T10:15:30.${'1'.repeat(130)}Z` }));
      const answers = await Promise.all([...good, ...poison].map(async (event) => ({ event, response: await post(receive, event) })));
      for (const { event, response } of answers) {
        const expected = poison.includes(event) ? 400 : 202;
        assert.equal(response.status, expected);
        if (expected === 400) assert.match((await response.json()).error, /^time: /);
      }
      assert.equal(reachedStore, good.length, 'no poison event reached the store, so none cost the others a retry');
      const { rows } = await client.query('select id from poison');
      assert.deepEqual(rows.map((r) => r.id).sort(), good.map((e) => e.id).sort());
      // Nanoseconds are the most PostgreSQL keeps (it rounds to microseconds): accepted, not refused.
      assert.equal((await post(receive, ratingEvent({ time: '2026-11-27T10:15:30.123456789Z' }))).status, 202);
    } finally {
      await receive.close();
    }
  });

  pgTest('an unreachable database: 503 to every request, health 503, the outage logged once; once reachable, one line more', async () => {
    const port = await freePort();
    const log = recordingLog();
    const store = postgresStore({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
    const receive = createReceiver({ store, log });
    try {
      for (let i = 0; i < 5; i++) assert.equal((await post(receive, ratingEvent())).status, 503);
      assert.equal((await receive(new Request('https://collector.example/'))).status, 503);
      assert.equal(log.lines.error.length, 1, log.lines.error.join('\n'));
      assert.match(log.lines.error[0], /the store is unavailable \(PostgreSQL: .*ECONNREFUSED/);
      assert.doesNotMatch(log.lines.error[0], /\n\s+at /, 'no stack trace');
      assert.match(await receive.metrics(), /^care_feedback_store_up 0$/m);
    } finally {
      await receive.close();
    }
    // The same, with the database stopped under a running receiver and started again.
    const log2 = recordingLog();
    const receive2 = createReceiver({ store: postgresStore({ connectionString: database.url, table: 'outage_logged' }), log: log2 });
    await client.end();
    try {
      assert.equal((await post(receive2, ratingEvent())).status, 202);
      assert.equal((await receive2(new Request('https://collector.example/'))).status, 200);
      database.stop();
      for (let i = 0; i < 3; i++) assert.equal((await post(receive2, ratingEvent())).status, 503);
      database.start();
      const health = await until(async () => (await receive2(new Request('https://collector.example/', { method: 'HEAD' }))).status === 200, 10_000, 'health back');
      assert.ok(health);
      assert.equal(log2.lines.error.length, 1, log2.lines.error.join('\n'));
      assert.equal(log2.lines.info.length, 1);
      assert.match(log2.lines.info[0], /the store is available again after [\d.]+ s \(\d+ requests answered 503 meanwhile\)/);
    } finally {
      await receive2.close();
      client = new pg.Client({ connectionString: database.url });
      await client.connect();
    }
  });

  pgTest('a locked table: the statement is cancelled by PostgreSQL (503 within the timeout) and the event answered 503 is not committed', async () => {
    const store = postgresStore({ connectionString: database.url, table: 'locked', statementTimeoutMs: 800 });
    const receive = createReceiver({ store, log: recordingLog() });
    try {
      assert.equal((await post(receive, ratingEvent())).status, 202); // the table exists
      const release = await lockTable('locked');
      const refused = ratingEvent();
      const started = Date.now();
      const response = await post(receive, refused);
      const waited = Date.now() - started;
      assert.equal(response.status, 503);
      assert.ok(waited < 5000, `answered after ${waited} ms`);
      await release();
      // Nothing is left running that could still commit it.
      await until(async () => (await client.query(`select count(*)::int as n from pg_stat_activity where query like 'insert into locked%' and state = 'active'`)).rows[0].n === 0, 5000, 'no insert running');
      const { rows } = await client.query('select id from locked where id = $1', [refused.id]);
      assert.deepEqual(rows, [], 'an event answered 503 is not in the table');
      assert.equal((await post(receive, refused)).status, 202, 'its retry stores it');
    } finally {
      await receive.close();
    }
  });

  pgTest('a server that stops answering at all: the writer gives up on it (503), and the next event is stored over a new connection', async () => {
    // A relay between the store and PostgreSQL that can go silent, as a network partition does: no reset, no
    // answer, so neither PostgreSQL's statement timeout nor a closed socket can end the wait.
    const relay = await silentRelay(new URL(database.url).port);
    const url = new URL(database.url);
    url.port = String(relay.port);
    const statementTimeoutMs = 300;
    const store = postgresStore({ connectionString: url.href, table: 'silent', statementTimeoutMs });
    const receive = createReceiver({ store, log: recordingLog() });
    try {
      assert.equal((await post(receive, ratingEvent())).status, 202);
      relay.silence();
      const started = Date.now();
      const lost = ratingEvent();
      const noAnswer = new Promise((resolve) => setTimeout(resolve, 15_000, { status: 'no answer in 15 s' }).unref());
      const response = await Promise.race([post(receive, lost), noAnswer]);
      const waited = Date.now() - started;
      assert.equal(response.status, 503);
      // The statement timeout, pg's margin of 5 s, and the check each second.
      assert.ok(waited >= statementTimeoutMs && waited < statementTimeoutMs + 5000 + 2500, `answered after ${waited} ms`);
      assert.equal((await post(receive, lost)).status, 202, 'the retry is stored over a fresh connection');
      const { rows } = await client.query('select count(*)::int as n from silent');
      assert.equal(rows[0].n, 2);
    } finally {
      await receive.close();
      relay.close();
    }
  });

  pgTest('a full write queue answers 503 with Retry-After at once, never an unbounded wait', async () => {
    const store = postgresStore({ connectionString: database.url, table: 'bounded', statementTimeoutMs: 3000 });
    const receive = createReceiver({ store, maxQueue: 2, retryAfterSeconds: 2, log: recordingLog() });
    try {
      assert.equal((await post(receive, ratingEvent())).status, 202);
      const release = await lockTable('bounded');
      const waiting = [post(receive, ratingEvent()), post(receive, ratingEvent())];
      await until(async () => /^care_feedback_store_queue 2$/m.test(await receive.metrics()), 2000, 'two queued');
      const started = Date.now();
      const third = await post(receive, ratingEvent());
      assert.equal(third.status, 503);
      assert.equal(third.headers.get('retry-after'), '2');
      assert.match((await third.json()).error, /queue is full/);
      assert.ok(Date.now() - started < 1000);
      await release();
      assert.deepEqual((await Promise.all(waiting)).map((r) => r.status), [202, 202]);
    } finally {
      await receive.close();
    }
  });

  pgTest('SIGTERM to a receiver process (scripts/receiver-server.mjs): requests in flight are answered 202 and stored, then it exits 0', async () => {
    const child = spawn(process.execPath, ['scripts/receiver-server.mjs'], {
      env: { ...process.env, DATABASE_URL: database.url, TABLE: 'sigterm', PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
    let release;
    try {
      const port = await new Promise((resolve) => child.stdout.on('data', (chunk) => {
        const match = /listening (\d+)/.exec(String(chunk));
        if (match) resolve(Number(match[1]));
      }));
      const url = `http://127.0.0.1:${port}/feedback`;
      const send = (event) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/cloudevents+json' }, body: JSON.stringify(event) });
      assert.equal((await send(ratingEvent())).status, 202); // the table exists
      release = await lockTable('sigterm');
      const waitingInserts = async () => (await client.query(
        `select count(*)::int as n from pg_stat_activity where query like 'insert into sigterm%' and wait_event_type = 'Lock'`)).rows[0].n;
      const events = [ratingEvent(), ratingEvent()];
      const answers = [];
      for (const [index, event] of events.entries()) {
        answers.push(send(event));
        await until(async () => (await waitingInserts()) === index + 1, 5000, `insert ${index + 1} waiting on the lock`);
      }
      child.kill('SIGTERM');
      await release();
      release = undefined;
      assert.deepEqual((await Promise.all(answers)).map((response) => response.status), [202, 202]);
      assert.equal(await exited, 0);
      const { rows } = await client.query('select id from sigterm where id = any($1)', [events.map((e) => e.id)]);
      assert.equal(rows.length, 2);
    } finally {
      await release?.();
      child.kill('SIGKILL');
    }
  });

  pgTest('follow(): a reader never skips a row committed out of order (seq 9 committed after seq 10)', async () => {
    const store = postgresStore({ connectionString: database.url, table: 'followed' });
    try {
      await store.put(ratingEvent());
      let { events, cursor } = await store.follow();
      assert.equal(events.length, 1);
      // A transaction takes its seq (and its transaction id) first, and commits last.
      const slow = new pg.Client({ connectionString: database.url });
      await slow.connect();
      await slow.query('begin');
      const early = ratingEvent();
      await slow.query(`insert into followed (source, id, type, subject, "time", data) values ($1, $2, $3, $4, $5, $6)`,
        [early.source, early.id, early.type, early.subject, early.time, JSON.stringify(early.data)]);
      const late = ratingEvent();
      assert.equal(await store.put(late), 'stored'); // committed while the first is still open
      ({ events, cursor } = await store.follow(cursor));
      assert.deepEqual(events.map((e) => e.id), [], 'nothing final yet: the open transaction is older');
      await slow.query('commit');
      await slow.end();
      ({ events, cursor } = await store.follow(cursor));
      assert.deepEqual(events.map((e) => e.id), [early.id, late.id]);
      assert.deepEqual((await store.follow(cursor)).events, []);
      const { rows } = await client.query(`select id, seq from followed where id = any($1) order by seq`, [[early.id, late.id]]);
      assert.deepEqual(rows.map((r) => r.id), [early.id, late.id], 'the early one has the smaller seq: a cursor on seq alone would have skipped it');
    } finally {
      await store.close();
    }
  });

  pgTest('an old table (0.1.0 columns, with rows) is migrated in place: every row kept, seq/tx and the survey index added', async () => {
    await client.query(`create table legacy (source text not null, id text not null, type text not null, subject text,
      "time" timestamptz not null, data jsonb not null, received_at timestamptz not null default now(), primary key (source, id))`);
    const old = ratingEvent();
    await client.query(`insert into legacy (source, id, type, subject, "time", data) values ($1, $2, $3, $4, $5, $6)`,
      [old.source, old.id, old.type, old.subject, old.time, JSON.stringify(old.data)]);
    // Two receivers start at once: one migrates, the other waits for it (an advisory lock).
    const stores = [postgresStore({ connectionString: database.url, table: 'legacy' }), postgresStore({ connectionString: database.url, table: 'legacy' })];
    try {
      const fresh = [ratingEvent(), ratingEvent()];
      assert.deepEqual(await Promise.all(stores.map((store, i) => store.put(fresh[i]))), ['stored', 'stored']);
      const ids = (await stores[0].all()).map((e) => e.id);
      assert.equal(ids[0], old.id, 'the old row reads first');
      assert.deepEqual(ids.slice(1).sort(), fresh.map((e) => e.id).sort());
      const { rows } = await client.query('select id, seq, tx::text from legacy order by seq');
      assert.equal(rows.length, 3);
      assert.equal(rows[0].id, old.id, 'the old row is kept, first');
      const { rows: indexes } = await client.query(`select indexdef from pg_indexes where tablename = 'legacy'`);
      assert.ok(indexes.some((i) => /\(subject, "time"\)/.test(i.indexdef)), JSON.stringify(indexes));
      assert.ok(indexes.some((i) => /\(tx, seq\)/.test(i.indexdef)));
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  pgTest('the insights columns are plain columns that the insert fills; a table with them generated is migrated, every value kept', async () => {
    // The table as issue 23's release made it: the insights columns generated from `data`, with a row in it.
    const derived = {
      response_id: `text generated always as (data->>'responseId') stored`,
      rating_scale: `text generated always as (case when type = 'care.feedback.rating.v1' then data->>'scale' end) stored`,
      rating_value: `float8 generated always as (case when type = 'care.feedback.rating.v1' and jsonb_typeof(data->'value') = 'number' then (data->'value')::float8 end) stored`,
      rating_min: `float8 generated always as (case when type = 'care.feedback.rating.v1' and jsonb_typeof(data->'min') = 'number' then (data->'min')::float8 end) stored`,
      rating_max: `float8 generated always as (case when type = 'care.feedback.rating.v1' and jsonb_typeof(data->'max') = 'number' then (data->'max')::float8 end) stored`,
      dismissed_stage: `text generated always as (case when type = 'care.feedback.dismissed.v1' then data->>'stage' end) stored`,
      comment_reasons: `jsonb generated always as (case when type = 'care.feedback.comment.v1' and jsonb_typeof(data->'reasons') = 'array' then data->'reasons' end) stored`,
    };
    await client.query(`create table generated_then (source text not null, id text not null, type text not null, subject text,
      "time" timestamptz not null, data jsonb not null, received_at timestamptz not null default now(), primary key (source, id),
      ${Object.entries(derived).map(([name, definition]) => `${name} ${definition}`).join(', ')})`);
    const old = ratingEvent({}, { responseId: 'r-old', scale: 'stars', value: 2, min: 1, max: 5 });
    await client.query(`insert into generated_then (source, id, type, subject, "time", data) values ($1, $2, $3, $4, $5, $6)`,
      [old.source, old.id, old.type, old.subject, old.time, JSON.stringify(old.data)]);

    const store = postgresStore({ connectionString: database.url, table: 'generated_then' });
    const fresh = {
      rating: ratingEvent({}, { responseId: 'r-new', value: 9 }),
      comment: ratingEvent({ type: 'care.feedback.comment.v1' }, { responseId: 'r-new', text: 'Faster', reasons: ['price'] }),
      dismissed: ratingEvent({ type: 'care.feedback.dismissed.v1' }, { responseId: 'r-gone', stage: 'comment' }),
    };
    try {
      for (const event of Object.values(fresh)) assert.equal(await store.put(event), 'stored');
      const { rows: columns } = await client.query(
        `select column_name, is_generated from information_schema.columns where table_name = 'generated_then' and column_name = any($1)`,
        [Object.keys(derived)]);
      assert.deepEqual(columns.map((c) => [c.column_name, c.is_generated]).sort(), Object.keys(derived).map((name) => [name, 'NEVER']).sort(),
        'no expression left for PostgreSQL to plan at every insert');
      const { rows } = await client.query(`select id, ${Object.keys(derived).join(', ')} from generated_then`);
      const byId = Object.fromEntries(rows.map(({ id, ...values }) => [id, values]));
      const none = { rating_scale: null, rating_value: null, rating_min: null, rating_max: null, dismissed_stage: null, comment_reasons: null };
      assert.deepEqual(byId[old.id], { ...none, response_id: 'r-old', rating_scale: 'stars', rating_value: 2, rating_min: 1, rating_max: 5 },
        'the old row keeps its values');
      assert.deepEqual(byId[fresh.rating.id], { ...none, response_id: 'r-new', rating_scale: 'nps', rating_value: 9, rating_min: 0, rating_max: 10 });
      assert.deepEqual(byId[fresh.comment.id], { ...none, response_id: 'r-new', comment_reasons: ['price'] });
      assert.deepEqual(byId[fresh.dismissed.id], { ...none, response_id: 'r-gone', dismissed_stage: 'comment' });
    } finally {
      await store.close();
    }
  });
});

describe('the insights columns', () => {
  /** Events of every type, with the values at the edges of what each field holds. */
  const events = () => [
    ratingEvent({}, { responseId: 'r-nps', scale: 'nps', value: 0, min: 0, max: 10 }),
    ratingEvent({}, { responseId: 'r-stars', scale: 'stars', value: 5, min: 1, max: 5 }),
    ratingEvent({}, { responseId: 'r-thumbs', scale: 'thumbs', value: 1, min: 0, max: 1 }),
    ratingEvent({}, { responseId: 'r-fraction', scale: 'numbers', value: 0.1, min: 0, max: 10 }),
    ratingEvent({ type: 'care.feedback.comment.v1' }, { responseId: 'r-nps', text: 'Faster \\ 😀', reasons: ['price', 'speed'] }),
    ratingEvent({ type: 'care.feedback.comment.v1' }, { responseId: 'r-stars', text: 'No reasons' }),
    ratingEvent({ type: 'care.feedback.comment.v1' }, { responseId: 'r-none', text: 'Empty', reasons: [] }),
    ratingEvent({ type: 'care.feedback.dismissed.v1' }, { responseId: 'r-gone', stage: 'rating' }),
    ratingEvent({ type: 'care.feedback.shown.v1' }, { responseId: 'r-shown' }),
    // What a host may put without the receiver's validation: the SQL reads a number where text is kept as its
    // text, and no number where a number is expected.
    ratingEvent({}, { responseId: 42, scale: 'nps', value: '7', min: 0, max: 10 }),
  ];

  for (const [name, open] of [
    ['postgresStore', () => postgresStore({ connectionString: database.url, table: 'derived_values' })],
    ['pgliteStore', () => pgliteStore()],
  ]) {
    test(`${name}: the values the insert computes are the migration's SQL expressions of the row`, { timeout: 60_000 }, async (t) => {
      if (name === 'postgresStore' && !database) return t.skip(POSTGRES_MISSING);
      const store = open();
      try {
        const sent = events();
        // One at a time (the single-row insert) and together (a batch), which build their statements apart.
        for (const event of sent.slice(0, 3)) assert.equal(await store.put(event), 'stored');
        assert.deepEqual(await Promise.all(sent.slice(3).map((event) => store.put(event))), sent.slice(3).map(() => 'stored'));
        const columns = DERIVED_COLUMNS.map(({ name: column, sql }) => `${column} is not distinct from (${sql}) as ${column}_same, ${column}`);
        const { rows } = await store.query(`select id, ${columns.join(', ')} from ${store.table}`);
        assert.equal(rows.length, sent.length);
        for (const row of rows) {
          for (const { name: column } of DERIVED_COLUMNS) assert.equal(row[`${column}_same`], true, `${column} of ${row.id}: ${JSON.stringify(row[column])}`);
        }
        // Not all null: every column holds a value for some event.
        for (const { name: column } of DERIVED_COLUMNS) assert.ok(rows.some((row) => row[column] !== null), `${column} holds a value`);
        const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
        assert.equal(byId[sent[3].id].rating_value, 0.1);
        assert.deepEqual(byId[sent[4].id].comment_reasons, ['price', 'speed']);
        assert.equal(byId[sent[9].id].response_id, '42');
        assert.equal(byId[sent[9].id].rating_value, null);
      } finally {
        await store.close();
      }
    });
  }
});

describe('pgliteStore', () => {
  test('the same table and SQL as postgresStore: columns, dedupe, refusal, follow(); one process per folder', { timeout: 120_000 }, async () => {
    const dataDir = temporaryFolder();
    const store = pgliteStore({ dataDir });
    try {
      const receive = createReceiver({ store });
      const event = ratingEvent({}, { question: 'D:\\Udemy\\notes 😀' });
      assert.equal((await (await post(receive, event)).json()).status, 'stored');
      assert.equal((await (await post(receive, event)).json()).status, 'duplicate');
      const copies = Array.from({ length: 30 }, () => ratingEvent());
      const outcomes = await Promise.all([...copies, ...copies].map((e) => store.put(e)));
      assert.equal(outcomes.filter((o) => o === 'stored').length, 30);
      assert.deepEqual(await store.all(), [event, ...copies]);
      const { events } = await store.follow('0:0', 1000);
      assert.equal(events.length, 31);
      assert.throws(() => pgliteStore({ dataDir }), /is open in process/);
      assert.equal((await receive(new Request('https://collector.example/'))).status, 200);
    } finally {
      await store.close();
    }
    // A container restarts its receiver with the same pid: a lock naming this pid that this process does not hold is stale.
    writeFileSync(join(dataDir, 'care-feedback.lock'), String(process.pid));
    const reopened = pgliteStore({ dataDir });
    try {
      assert.equal((await reopened.all()).length, 31, 'kept across a close and reopen');
    } finally {
      await reopened.close();
    }
  });

  test('a refused event fails alone and the inserts of that size still work after it; writes, reads and health checks asked at once each get their answer', { timeout: 120_000 }, async () => {
    const store = pgliteStore({ dataDir: temporaryFolder() });
    try {
      // 150 fractional digits: past what validation lets through, so only the database refuses it (22008).
      const poison = ratingEvent({ time: `2026-11-27T10:15:30.${'1'.repeat(150)}Z` });
      const good = [ratingEvent(), ratingEvent(), ratingEvent()];
      const outcomes = await Promise.allSettled([...good, poison].map((event) => store.put(event)));
      assert.deepEqual(outcomes.slice(0, 3).map((o) => o.value), ['stored', 'stored', 'stored']);
      assert.ok(outcomes[3].reason instanceof StoreRejectedError, `refused alone: ${outcomes[3].reason}`);
      // The same statements again (four rows, then one row each) after the error: the prepared ones are still usable.
      const again = Array.from({ length: 4 }, () => ratingEvent());
      assert.deepEqual(await Promise.all(again.map((event) => store.put(event))), ['stored', 'stored', 'stored', 'stored']);
      // Writes, reads and health checks asked at once each get their own answer.
      const burst = Array.from({ length: 200 }, () => ratingEvent());
      const [stored, followed, , all] = await Promise.all([
        Promise.all(burst.map((event, i) => (i % 50 === 0 ? store.ping().then(() => store.put(event)) : store.put(event)))),
        Promise.all(Array.from({ length: 10 }, () => store.follow('0:0', 1000))),
        store.ping(),
        store.all(),
      ]);
      assert.ok(stored.every((outcome) => outcome === 'stored'));
      for (const { events } of followed) assert.ok(events.every((event) => event.specversion === '1.0' && event.id), 'follow() read rows, not insert answers');
      assert.ok(all.length >= 7);
      assert.equal((await store.all()).length, 207);
    } finally {
      await store.close();
    }
  });

  test('every 202 answered is there after kill -9 of the receiver process', { timeout: 180_000 }, async () => {
    const dataDir = temporaryFolder();
    const child = spawn(process.execPath, ['scripts/receiver-server.mjs'], {
      env: { ...process.env, STORE: 'pglite', DATA_DIR: dataDir, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
    const acknowledged = [];
    try {
      const port = await new Promise((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          const match = /listening (\d+)/.exec(String(chunk));
          if (match) resolve(Number(match[1]));
        });
        child.once('exit', (code) => reject(new Error(`the receiver exited with ${code}`)));
      });
      const url = `http://127.0.0.1:${port}/feedback`;
      let next = 0;
      const events = Array.from({ length: 400 }, () => ratingEvent());
      // 16 senders; the process is killed while they still send.
      const senders = Array.from({ length: 16 }, async () => {
        while (next < events.length) {
          const event = events[next++];
          try {
            const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/cloudevents+json' }, body: JSON.stringify(event) });
            if (response.status === 202) acknowledged.push(event.id);
          } catch {
            return; // the process is gone
          }
        }
      });
      await until(() => acknowledged.length >= 200, 60_000, '200 acknowledged');
      child.kill('SIGKILL');
      await Promise.all(senders);
      assert.equal(await exited, 'SIGKILL');
    } finally {
      child.kill('SIGKILL');
    }
    const store = pgliteStore({ dataDir }); // takes over the dead process's lock
    try {
      const stored = new Set((await store.all()).map((e) => e.id));
      assert.deepEqual(acknowledged.filter((id) => !stored.has(id)), [], 'acknowledged but lost');
    } finally {
      await store.close();
    }
  });
});

describe('a quiet receiver does not wait for a batch', () => {
  /** A pg.Pool stand-in that records each insert and answers it when the test says. */
  function recordingPool() {
    const inserts = [];
    const client = { query: async () => ({ rows: [] }), release() {} };
    return {
      inserts,
      connect: async () => client,
      query(config) {
        if (!config.text.startsWith('insert')) return Promise.resolve({ rows: [] });
        // Each row of the insert is a tuple of parameters, `($1::text, …)`, which starts with source and id.
        const perRow = config.values.length / config.text.match(/\(\$\d+::/g).length;
        const rows = [];
        for (let i = 0; i < config.values.length; i += perRow) rows.push({ source: config.values[i], id: config.values[i + 1] });
        // As PostgreSQL answers: the rows only when the insert returns them (a batch), the count always.
        const answer = () => ({ rows: /\breturning\b/.test(config.text) ? rows : [], rowCount: rows.length });
        return new Promise((resolve) => inserts.push({ rows: rows.length, name: config.name, answer: () => resolve(answer()) }));
      },
    };
  }
  const endOfTurn = () => new Promise((resolve) => setImmediate(resolve));

  test('postgresStore: a lone event is sent at once, prepared; events arriving while it is written share the next statement', async () => {
    const pool = recordingPool();
    const store = postgresStore({ pool });
    await store.ping(); // the table is made
    const lone = store.put(ratingEvent());
    // Before this turn of the event loop ends: nothing else waited, so nothing was waited for.
    await Promise.resolve();
    await Promise.resolve();
    assert.equal(pool.inserts.length, 1, 'the lone event was sent before the end of the turn');
    assert.equal(pool.inserts[0].rows, 1);
    assert.match(pool.inserts[0].name, /^care_feedback_insert_/, 'a prepared single-row insert');
    const more = [store.put(ratingEvent()), store.put(ratingEvent()), store.put(ratingEvent())];
    await endOfTurn();
    // The second writer took the three that arrived together as one statement.
    assert.deepEqual(pool.inserts.map((insert) => insert.rows), [1, 3]);
    for (const insert of pool.inserts) insert.answer();
    assert.deepEqual(await Promise.all([lone, ...more]), ['stored', 'stored', 'stored', 'stored']);
    await store.close();
  });
});

/**
 * A TCP relay to `port` on 127.0.0.1. `silence()` makes every connection open now drop what either side sends
 * (the sockets stay open); connections made after it relay as before.
 */
async function silentRelay(port) {
  const { createServer, connect } = await import('node:net');
  const open = new Set();
  const server = createServer((inbound) => {
    const outbound = connect(Number(port), '127.0.0.1');
    const pair = { inbound, outbound, silent: false };
    open.add(pair);
    inbound.on('data', (chunk) => pair.silent || outbound.write(chunk));
    outbound.on('data', (chunk) => pair.silent || inbound.write(chunk));
    const end = () => {
      open.delete(pair);
      inbound.destroy();
      outbound.destroy();
    };
    inbound.on('close', end).on('error', end);
    outbound.on('close', end).on('error', end);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    silence: () => open.forEach((pair) => (pair.silent = true)),
    close: () => {
      for (const pair of open) {
        pair.inbound.destroy();
        pair.outbound.destroy();
      }
      server.close();
    },
  };
}
