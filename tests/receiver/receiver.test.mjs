/**
 * `care-feedback/receiver` as a host meets it: every answer of contract §8 through the Fetch API handler and
 * through Node's http (toNodeListener), the memory and JSON Lines stores. Runs on the built package.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoreUnavailableError, createReceiver, jsonlStore, memoryStore, toNodeListener } from 'care-feedback/receiver';
import { ratingEvent } from '../support/cloud-events.mjs';

const post = (receive, body, headers = {}) =>
  receive(new Request('https://collector.example/feedback', {
    method: 'POST',
    headers: { 'content-type': 'application/cloudevents+json; charset=utf-8', origin: 'https://shop.example.com', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  }));

describe('createReceiver: the answers of §8', () => {
  test('202 stored, 202 again for a duplicate (same source + id), stored once, onEvent once', async () => {
    const store = memoryStore();
    const heard = [];
    const receive = createReceiver({ store, onEvent: (event) => void heard.push(event.id) });
    const event = ratingEvent();
    const first = await post(receive, event);
    assert.equal(first.status, 202);
    assert.deepEqual(await first.json(), { status: 'stored', id: event.id });
    const again = await post(receive, event);
    assert.equal(again.status, 202);
    assert.deepEqual(await again.json(), { status: 'duplicate', id: event.id });
    assert.deepEqual(store.all(), [event]);
    assert.deepEqual(heard, [event.id]);
    // Another source with the same id is another event.
    assert.equal((await (await post(receive, { ...event, source: 'https://other.example.com/' })).json()).status, 'stored');
  });

  test('400 naming the field for an invalid envelope or data, and nothing reaches the store or onEvent', async () => {
    const store = memoryStore();
    let heard = 0;
    const receive = createReceiver({ store, onEvent: () => void heard++ });
    const cases = [
      [ratingEvent({}, { value: 11 }), /^data\.value: must be <= 10$/],
      [ratingEvent({ specversion: '0.3' }), /specversion/],
      [(({ id, ...rest }) => rest)(ratingEvent()), /^id: must have required property 'id'$/],
      [ratingEvent({ source: 'https://shop.example.com/?q=1' }), /^source: must match pattern/],
      [ratingEvent({ type: 'com.example.other' }), /^type: must be equal to one of the allowed values$/],
      [ratingEvent({}, { text: 'not a rating field' }), /^data\.text: must NOT have additional properties$/],
      [ratingEvent({}, { context: { nested: { no: 1 } } }), /^data\.context/],
    ];
    for (const [event, expected] of cases) {
      const response = await post(receive, event);
      assert.equal(response.status, 400, JSON.stringify(event));
      assert.match((await response.json()).error, expected);
    }
    // What the schemas allow but no store can keep.
    for (const [event, expected] of [
      [ratingEvent({}, { question: 'a\u0000b' }), /^data\.question: holds a NUL character or a lone surrogate$/],
      [ratingEvent({}, { question: 'half \ud800 pair' }), /^data\.question: holds a NUL character or a lone surrogate$/],
      [ratingEvent({ time: '2026-02-30T10:00:00Z' }), /^time: .* is not a real date$/],
      [ratingEvent({ time: '0000-01-01T00:00:00Z' }), /^time: .* is not a real date$/],
    ]) {
      const response = await post(receive, event);
      assert.equal(response.status, 400, JSON.stringify(event).slice(0, 200));
      assert.match((await response.json()).error, expected);
    }
    const emoji = await post(receive, ratingEvent({}, { question: 'How likely? 😀' }));
    assert.equal(emoji.status, 202, 'whole surrogate pairs are fine');
    const notJson = await post(receive, '{"specversion":');
    assert.equal(notJson.status, 400);
    assert.deepEqual(store.all().filter((e) => e.data.question !== 'How likely? 😀'), []);
    assert.equal(heard, 1, 'only the one valid event');
  });

  test('413 over 16 KiB, 415 another media type, 405 another method (GET and HEAD are the health), 403 an origin not allowed', async () => {
    const receive = createReceiver({ allowedOrigins: ['https://shop.example.com'] });
    const big = ratingEvent({}, { question: 'q'.repeat(17 * 1024) });
    assert.equal((await post(receive, big)).status, 413);
    assert.equal((await post(receive, ratingEvent(), { 'content-type': 'application/json' })).status, 415);
    assert.equal((await post(receive, ratingEvent(), { 'content-type': 'application/cloudevents+json; charset=latin1' })).status, 415);
    const put = await receive(new Request('https://collector.example/feedback', { method: 'PUT', headers: { origin: 'https://shop.example.com' } }));
    assert.equal(put.status, 405);
    assert.equal(put.headers.get('allow'), 'POST, OPTIONS, GET, HEAD');
    const stranger = await post(receive, ratingEvent(), { origin: 'https://evil.example' });
    assert.equal(stranger.status, 403);
    // Readable by the refused page, so its browser gives the event up at once instead of retrying for a day.
    assert.equal(stranger.headers.get('access-control-allow-origin'), 'https://evil.example');
  });

  test('CORS: the preflight echoes an allowed origin, allows content-type, exposes Retry-After on every answer', async () => {
    const receive = createReceiver({ allowedOrigins: ['https://shop.example.com'] });
    const preflight = await receive(new Request('https://collector.example/feedback', {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.example.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    }));
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://shop.example.com');
    assert.match(preflight.headers.get('access-control-allow-headers'), /content-type/);
    assert.match(preflight.headers.get('access-control-allow-methods'), /POST/);
    const stored = await post(receive, ratingEvent());
    assert.equal(stored.headers.get('access-control-allow-origin'), 'https://shop.example.com');
    assert.equal(stored.headers.get('access-control-expose-headers'), 'Retry-After');
    assert.equal(stored.headers.get('vary'), 'Origin');
  });

  test('503 with Retry-After while the store is unavailable; the same event is stored when it is back', async () => {
    let down = true;
    const inner = memoryStore();
    const store = { put: (event) => (down ? Promise.reject(new StoreUnavailableError('down')) : inner.put(event)) };
    const receive = createReceiver({ store, retryAfterSeconds: 7 });
    const event = ratingEvent();
    const refused = await post(receive, event);
    assert.equal(refused.status, 503);
    assert.equal(refused.headers.get('retry-after'), '7');
    assert.equal(refused.headers.get('access-control-expose-headers'), 'Retry-After');
    down = false;
    assert.equal((await post(receive, event)).status, 202);
    assert.deepEqual(inner.all(), [event]);
  });

  test('an onEvent that throws leaves the event stored and answered 202 (the browser must not resend it)', async () => {
    const store = memoryStore();
    const { error } = console;
    console.error = () => {};
    try {
      const receive = createReceiver({ store, onEvent: () => Promise.reject(new Error('queue down')) });
      assert.equal((await post(receive, ratingEvent())).status, 202);
      assert.equal(store.all().length, 1);
    } finally {
      console.error = error;
    }
  });
});

describe('comment.v1 with reasons (issue 22): an optional field, grown compatibly', () => {
  const commentEvent = (data) => ratingEvent({ type: 'care.feedback.comment.v1' }, {
    scale: undefined, value: undefined, min: undefined, max: undefined, text: 'Too slow', question: 'What would improve?', ...data,
  });
  const withoutUndefined = (event) => JSON.parse(JSON.stringify(event));

  test('accepts a comment without reasons, with [] and with chosen reasons, and an empty text when reasons were chosen', async () => {
    const store = memoryStore();
    const receive = createReceiver({ store });
    for (const data of [{}, { reasons: [] }, { reasons: ['price', 'Lieferung | Versand'] }, { text: '', reasons: ['price'] }, { reasons: Array.from({ length: 8 }, (_, i) => `r${i}`.padEnd(100, 'x')) }]) {
      const event = withoutUndefined(commentEvent(data));
      const response = await post(receive, event);
      assert.equal(response.status, 202, JSON.stringify(data));
    }
    assert.deepEqual(store.all().map((event) => event.data.reasons), [undefined, [], ['price', 'Lieferung | Versand'], ['price'], Array.from({ length: 8 }, (_, i) => `r${i}`.padEnd(100, 'x'))]);
  });

  test('refuses (400, naming the field) what the browser never sends: an empty text without reasons, too many, too long, empty, repeated or non-string reasons', async () => {
    const store = memoryStore();
    const receive = createReceiver({ store });
    const cases = [
      [{ text: '' }, /^data\.text: must NOT have fewer than 1 characters$/],
      [{ text: '', reasons: [] }, /^data\.text: must NOT have fewer than 1 characters$/],
      [{ reasons: Array.from({ length: 9 }, (_, i) => `r${i}`) }, /^data\.reasons: must NOT have more than 8 items$/],
      [{ reasons: ['x'.repeat(101)] }, /^data\.reasons\.0: must NOT have more than 100 characters$/],
      [{ reasons: [''] }, /^data\.reasons\.0: must NOT have fewer than 1 characters$/],
      [{ reasons: ['price', 'price'] }, /^data\.reasons: must NOT have duplicate items/],
      [{ reasons: [1] }, /^data\.reasons\.0: must be string$/],
      [{ reasons: 'price' }, /^data\.reasons: must be array$/],
      [{ reasons: ['half \ud800 pair'] }, /^data\.reasons\[0\]: holds a NUL character or a lone surrogate$/],
    ];
    for (const [data, expected] of cases) {
      const response = await post(receive, withoutUndefined(commentEvent(data)));
      assert.equal(response.status, 400, JSON.stringify(data));
      assert.match((await response.json()).error, expected, JSON.stringify(data));
    }
    assert.deepEqual(store.all(), []);
  });
});

describe('toNodeListener: the same over Node http', () => {
  let server;
  let url;
  const store = memoryStore();
  before(async () => {
    server = createServer(toNodeListener(createReceiver({ store })));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${server.address().port}/feedback`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  test('stores over real HTTP, answers 413 to a streamed body over 16 KiB and keeps serving', async () => {
    const event = ratingEvent();
    const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/cloudevents+json' }, body: JSON.stringify(event) });
    assert.equal(ok.status, 202);
    assert.deepEqual(store.all().at(-1), event);
    const big = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/cloudevents+json' }, body: 'x'.repeat(40 * 1024) });
    assert.equal(big.status, 413);
    const preflight = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://shop.example.com' } });
    assert.equal(preflight.status, 204);
  });
});

describe('jsonlStore', () => {
  let dir;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'care-jsonl-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('appends one whole line per event, stores concurrent copies of one event once, dedupes across a restart', async () => {
    const file = join(dir, 'events.jsonl');
    const store = jsonlStore(file);
    const events = Array.from({ length: 20 }, () => ratingEvent());
    const outcomes = await Promise.all([...events, ...events].map((event) => store.put(event)));
    assert.equal(outcomes.filter((o) => o === 'stored').length, 20);
    assert.equal(outcomes.filter((o) => o === 'duplicate').length, 20);
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(lines.map((e) => e.id).sort(), events.map((e) => e.id).sort());

    // A crash left half a line; a new process starts from the file, and what it stores next survives.
    writeFileSync(file, readFileSync(file, 'utf8') + '{"specversion":"1.0","id":"cut-sh');
    const reopened = jsonlStore(file);
    assert.equal(reopened.all().length, 20);
    assert.equal(await reopened.put(events[3]), 'duplicate');
    const after = ratingEvent();
    assert.equal(await reopened.put(after), 'stored');
    const third = jsonlStore(file);
    assert.equal(await third.put(after), 'duplicate', 'the event stored after the cut line was kept whole');
    assert.equal(third.all().length, 21);
  });
});
