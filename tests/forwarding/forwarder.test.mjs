/**
 * Issue 24 on real databases — PGlite in a temporary folder and a throwaway PostgreSQL (tests/support/postgres.mjs)
 * — and real local HTTP sinks: a sink that fails for a while gets every event, once; a cursor kept in the store
 * resumes where it was; a CloudEvents sink gets each stored event unchanged, every request checked by the
 * CloudEvents SDK; a Slack answer waits for its comment at most two minutes of an injected clock; a sink that
 * never answers does not slow the receiver. The crash (kill -9) is in crash.test.mjs.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HTTP } from 'cloudevents';
import { createReceiver, memoryStore } from 'care-feedback/receiver';
import { postgresStore } from 'care-feedback/receiver/postgres';
import { pgliteStore } from 'care-feedback/receiver/pglite';
import { cloudEventsSink, createForwarder, slackSink, webhookSink } from 'care-feedback/insights';
import { POSTGRES_MISSING, startPostgres } from '../support/postgres.mjs';
import { startSink } from './sink-server.mjs';
import { comment, rating, shown } from './events.mjs';

let database;
const folders = [];
let tables = 0;

before(async () => {
  database = await startPostgres();
  if (!database && process.env.CI === 'true') throw new Error(`CI=true: ${POSTGRES_MISSING}`);
});

after(() => {
  database?.remove();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** The two SQL stores, each opened afresh by `open()`; `reopen()` opens the same data again (a restart). */
const kinds = {
  pglite: () => {
    const folder = mkdtempSync(join(tmpdir(), 'care-forward-'));
    folders.push(folder);
    return () => pgliteStore({ dataDir: folder });
  },
  postgres: () => {
    const table = `forward_${process.pid}_${++tables}`;
    return () => postgresStore({ connectionString: database.url, table });
  },
};

function recordingLog() {
  const lines = { error: [], info: [] };
  return { lines, error: (...values) => lines.error.push(values.map(String).join(' ')), info: (...values) => lines.info.push(values.map(String).join(' ')) };
}

/** Fast backoff and polling, so a test takes a second, not minutes; the production defaults are the same code. */
const quick = { pollIntervalMs: 20, retry: { initialMs: 10, maxMs: 80 } };

const ids = (entries) => entries.map((entry) => entry.body.id);

for (const [kind, opener] of Object.entries(kinds)) {
  describe(`forwarding from ${kind}`, () => {
    const storeTest = (name, body) => test(name, { timeout: 60_000 }, async (t) => {
      if (kind === 'postgres' && !database) return t.skip(POSTGRES_MISSING);
      return body(opener());
    });

    storeTest('a sink that fails for a while (503, then requests left unanswered past the timeout) gets every event once, with backoff; the outage is logged once', async (open) => {
      const store = open();
      let failures = 0;
      const sink = await startSink({
        answer: (_, index) => {
          // The first 25 attempts fail: 503 with Retry-After 0, then no answer until the sink's timeout.
          if (failures < 25) return ++failures <= 15 ? { status: 503, headers: { 'retry-after': '0' } } : { status: 'hang' };
          return 200;
        },
      });
      const log = recordingLog();
      const events = Array.from({ length: 120 }, (_, i) => rating(i % 11));
      for (const event of events) await store.put(event);
      const forwarder = createForwarder({ store, sinks: [webhookSink(sink.url, { timeoutMs: 200 })], log, ...quick }).start();
      try {
        await sink.until((received) => received.length >= events.length);
        assert.deepEqual(ids(sink.received).sort(), events.map((e) => e.id).sort(), 'every event, none twice');
        assert.equal(sink.received[0].headers['content-type'], 'application/json');
        // The batch is taken; its cursor is saved and the recovery told right after.
        while (forwarder.status()[0].failing) await new Promise((resolve) => setTimeout(resolve, 10));
        const [status] = forwarder.status();
        assert.ok(status.retries >= 25, `retried: ${status.retries}`);
        assert.equal(log.lines.error.length, 1, log.lines.error.join('\n'));
        assert.match(log.lines.error[0], /failed \(answered 503\); retrying with backoff/);
        assert.equal(log.lines.info.length, 1);
      } finally {
        await forwarder.stop();
        await store.close();
        await sink.close();
      }
    });

    storeTest('the cursor is kept in the store: after a stop and a reopened store, only what came after is sent', async (open) => {
      let store = open();
      const sink = await startSink();
      const first = Array.from({ length: 30 }, () => rating(5));
      for (const event of first) await store.put(event);
      let forwarder = createForwarder({ store, sinks: [webhookSink(sink.url)], ...quick }).start();
      await sink.until((received) => received.length === first.length);
      await forwarder.stop();
      await store.close();

      store = open(); // a restart: the same data, a new store object and forwarder
      const second = Array.from({ length: 20 }, () => rating(9));
      for (const event of second) await store.put(event);
      forwarder = createForwarder({ store, sinks: [webhookSink(sink.url)], ...quick }).start();
      try {
        await sink.until((received) => received.length >= first.length + second.length);
        assert.deepEqual(ids(sink.received).sort(), [...first, ...second].map((e) => e.id).sort(), 'each once');
        const { rows } = await store.database.query(`select sink, cursor from ${store.table}_cursors`);
        assert.equal(rows.length, 1);
        assert.match(rows[0].sink, /^webhook:[0-9a-f]{16}$/, 'the URL itself is not stored');
      } finally {
        await forwarder.stop();
        await store.close();
        await sink.close();
      }
    });

    storeTest('cloudEventsSink posts each stored event unchanged, structured mode, every request valid for the CloudEvents SDK', async (open) => {
      const store = open();
      const valid = [];
      const sink = await startSink({
        answer: (request) => {
          const event = HTTP.toEvent({ headers: request.headers, body: request.raw }); // throws on an invalid event
          valid.push(event.validate());
          return 202;
        },
      });
      const responseId = 'resp-ce';
      const events = [shown({ responseId }), rating(4, { responseId }), comment('Wrapped badly 📦', { responseId, reasons: ['Packaging'] })];
      for (const event of events) await store.put(event);
      const forwarder = createForwarder({ store, sinks: [cloudEventsSink(sink.url)], ...quick }).start();
      try {
        await sink.until((received) => received.length === events.length);
        assert.equal(valid.length, events.length);
        assert.ok(valid.every(Boolean));
        assert.deepEqual(sink.received.map((r) => r.body), events, 'the stored events, unchanged');
        for (const request of sink.received) assert.equal(request.headers['content-type'], 'application/cloudevents+json; charset=utf-8');
      } finally {
        await forwarder.stop();
        await store.close();
        await sink.close();
      }
    });

    storeTest('cloudEventsSink({ batch }) posts the events unchanged in batched mode, every event valid for the CloudEvents SDK', async (open) => {
      const store = open();
      const batches = [];
      const sink = await startSink({
        answer: (request) => {
          const events = HTTP.toEvent({ headers: request.headers, body: request.raw }); // batched: an array
          assert.ok(Array.isArray(events));
          for (const event of events) event.validate();
          batches.push(events.length);
          return 202;
        },
      });
      const events = Array.from({ length: 25 }, (_, i) => rating(i % 11));
      for (const event of events) await store.put(event);
      const forwarder = createForwarder({ store, sinks: [cloudEventsSink(sink.url, { batch: 10 })], ...quick }).start();
      try {
        await sink.until((received) => received.flatMap((r) => r.body).length === events.length);
        // Batches go several at a time, so they may arrive in any order.
        const byId = (a, b) => a.id.localeCompare(b.id);
        assert.deepEqual(sink.received.flatMap((r) => r.body).sort(byId), [...events].sort(byId), 'the stored events, unchanged');
        assert.deepEqual(batches.sort((a, b) => b - a), [10, 10, 5]);
        for (const request of sink.received) assert.equal(request.headers['content-type'], 'application/cloudevents-batch+json; charset=utf-8');
      } finally {
        await forwarder.stop();
        await store.close();
        await sink.close();
      }
    });

    storeTest('a Slack answer goes when its comment arrives, or two minutes (of the injected clock) after its rating', async (open) => {
      const store = open();
      const sink = await startSink();
      const clock = { now: Date.parse('2026-12-06T10:00:00Z') };
      const forwarder = createForwarder({ store, sinks: [slackSink(sink.url, { when: 'negative' })], now: () => clock.now, ...quick }).start();
      const cursor = () => forwarder.status()[0].cursor;
      const cursorPasses = async (before) => {
        while (cursor() === before) await new Promise((resolve) => setTimeout(resolve, 10));
      };
      try {
        while (!cursor()) await new Promise((resolve) => setTimeout(resolve, 10)); // it starts at the end of the table
        let before = cursor();
        await store.put(rating(3, { responseId: 'waits' }));
        await store.put(rating(10, { responseId: 'happy' }));
        await cursorPasses(before); // read and planned: the cursor moves only after the messages of its batch went
        assert.equal(sink.received.length, 0, 'the rating waits for its comment');
        clock.now += 2 * 60_000;
        await sink.until((received) => received.length === 1);
        assert.match(sink.received[0].body.text, /Score: \*3\*[\s\S]*No comment/);

        before = cursor();
        await store.put(rating(1, { responseId: 'talks' }));
        await store.put(comment('The app crashed at payment', { responseId: 'talks', reasons: ['Payment'] }));
        await sink.until((received) => received.length === 2); // no clock change: the comment made it ready
        assert.match(sink.received[1].body.text, /Score: \*1\*[\s\S]*Reasons: Payment[\s\S]*> The app crashed at payment/);
        await cursorPasses(before);
        assert.equal(sink.received.length, 2, 'the happy answer is not told');
      } finally {
        await forwarder.stop();
        await store.close();
        await sink.close();
      }
    });

    storeTest('an answer waiting for its comment is kept in the store: told once after a restart, when its two minutes are up', async (open) => {
      let store = open();
      const sink = await startSink();
      const clock = { now: Date.parse('2026-12-06T10:00:00Z') };
      const slack = () => slackSink(sink.url, { name: 'alerts' });
      let forwarder = createForwarder({ store, sinks: [slack()], now: () => clock.now, ...quick }).start();
      const cursor = () => forwarder.status()[0].cursor;
      while (!cursor()) await new Promise((resolve) => setTimeout(resolve, 10));
      const before = cursor();
      await store.put(rating(0, { responseId: 'kept' }));
      while (cursor() === before) await new Promise((resolve) => setTimeout(resolve, 10));
      await forwarder.stop();
      await store.close();
      assert.equal(sink.received.length, 0);

      store = open();
      clock.now += 2 * 60_000;
      forwarder = createForwarder({ store, sinks: [slack()], now: () => clock.now, ...quick }).start();
      try {
        await sink.until((received) => received.length === 1);
        assert.match(sink.received[0].body.text, /Score: \*0\*/);
        // Once the state without it is saved, nothing can tell it again.
        const waiting = async () =>
          (await store.database.query(`select state from ${store.table}_cursors where sink = 'alerts'`)).rows[0].state.answers.waiting;
        while ((await waiting()).kept) await new Promise((resolve) => setTimeout(resolve, 10));
        assert.equal(sink.received.length, 1);
      } finally {
        await forwarder.stop();
        await store.close();
        await sink.close();
      }
    });

    storeTest('a sink that never answers does not slow the receiver: every POST is answered 202 while it hangs', async (open) => {
      const store = open();
      const sink = await startSink({ answer: () => ({ status: 'hang' }) });
      const receive = createReceiver({ store });
      const forwarder = createForwarder({ store, sinks: [webhookSink(sink.url, { timeoutMs: 300 })], ...quick }).start();
      try {
        const events = Array.from({ length: 200 }, () => rating(2));
        const answers = await Promise.all(events.map((event) =>
          receive(new Request('https://collector.example/feedback', {
            method: 'POST', headers: { 'content-type': 'application/cloudevents+json' }, body: JSON.stringify(event),
          }))));
        assert.deepEqual([...new Set(answers.map((a) => a.status))], [202]);
        assert.equal(sink.received.length, 0, 'the sink has taken nothing');
      } finally {
        await forwarder.stop();
        await receive.close();
        await sink.close();
      }
    });

    storeTest('a message the sink refuses for good (400) is skipped and logged; the others go on', async (open) => {
      const store = open();
      const poison = rating(0);
      const sink = await startSink({ answer: (request) => (request.body.id === poison.id ? 400 : 200) });
      const log = recordingLog();
      const events = [rating(1), poison, rating(2)];
      for (const event of events) await store.put(event);
      const forwarder = createForwarder({ store, sinks: [webhookSink(sink.url, { concurrency: 1 })], log, ...quick }).start();
      try {
        await sink.until((received) => received.length === 2);
        assert.deepEqual(ids(sink.received), [events[0].id, events[2].id]);
        assert.equal(forwarder.status()[0].skipped, 1);
        assert.match(log.lines.error.join('\n'), /refused a message for good \(answered 400\); skipped/);
      } finally {
        await forwarder.stop();
        await store.close();
        await sink.close();
      }
    });
  });
}

test('only SQL stores can be forwarded; two sinks may not share a cursor', () => {
  assert.throws(() => createForwarder({ store: memoryStore(), sinks: [] }), /pgliteStore or postgresStore/);
  const store = pgliteStore();
  try {
    assert.throws(() => createForwarder({ store, sinks: [webhookSink('http://127.0.0.1:1/a'), webhookSink('http://127.0.0.1:1/a')] }), /two sinks are named/);
  } finally {
    return store.close();
  }
});
