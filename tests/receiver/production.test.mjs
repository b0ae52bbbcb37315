/**
 * Issue 21, the receiver's side that needs no database: what a visitor types is stored as typed, malformed
 * input of any shape is a 4xx without a logged stack, health, metrics, the rate limit, Origin with
 * allowedOrigins, close() and serve(). Each test fails without the fix it names. Runs on the built package.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, createServer, request } from 'node:http';
import { createReceiver, memoryStore, serve, toNodeListener } from 'care-feedback/receiver';
import { ratingEvent } from '../support/cloud-events.mjs';

const commentEvent = (text, data = {}) =>
  ratingEvent({ type: 'care.feedback.comment.v1' }, { scale: undefined, value: undefined, min: undefined, max: undefined, text, ...data });

/** A log that keeps its lines, so a test can say what was (not) logged. */
function recordingLog() {
  const lines = { error: [], info: [] };
  return { lines, error: (...values) => lines.error.push(values.map(String).join(' ')), info: (...values) => lines.info.push(values.map(String).join(' ')) };
}

const post = (receive, body, headers = {}) =>
  receive(new Request('https://collector.example/feedback', {
    method: 'POST',
    headers: { 'content-type': 'application/cloudevents+json; charset=utf-8', origin: 'https://shop.example.com', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  }));

/** One raw HTTP request to a local server: the status, headers and body text. */
function send(url, { method = 'POST', body, headers = {}, agent } = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent, headers: body === undefined ? headers : { 'content-type': 'application/cloudevents+json', 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('what a visitor types is stored as typed (checks on the parsed strings)', () => {
  test('a comment with D:\\Udemy\\notes, a typed \\u0000 or \\ud800, backslashes and emoji is 202 and stored unchanged', async () => {
    const store = memoryStore();
    const receive = createReceiver({ store });
    for (const text of ['D:\\Udemy\\notes', 'typed \\u0000 as text', 'C:\\ud83d\\UD800 path', '\\\\server\\share 😀👍🏽', 'ends with a backslash \\']) {
      const event = commentEvent(text);
      const response = await post(receive, event);
      assert.equal(response.status, 202, `${text}: ${await response.clone().text()}`);
      assert.equal(store.all().at(-1).data.text, text);
    }
  });

  test('a real NUL or lone surrogate in a value or a context key is 400 naming the field', async () => {
    const receive = createReceiver();
    for (const [event, expected] of [
      [commentEvent('a\u0000b'), /^data\.text: holds a NUL character/],
      [commentEvent('half \udc00'), /^data\.text: holds a NUL character or a lone surrogate$/],
      [ratingEvent({}, { context: { 'plan\ud800': 'pro' } }), /^data\.context: a key holds/],
      [ratingEvent({ source: 'https://shop.example.com/\u0000' }), /^source: holds/],
    ]) {
      const response = await post(receive, event);
      assert.equal(response.status, 400);
      assert.match((await response.json()).error, expected);
    }
  });
});

describe('time: what PostgreSQL takes, checked before the store', () => {
  test('at most 9 fractional digits, years 0001–9999, real dates and times; toISOString() is fine', async () => {
    const store = memoryStore();
    const receive = createReceiver({ store });
    for (const time of [new Date().toISOString(), '2026-11-27T10:15:30Z', '2026-11-27T10:15:30.123456789Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '2024-02-29T12:00:00Z']) {
      const response = await post(receive, ratingEvent({ time }));
      assert.equal(response.status, 202, `${time}: ${await response.clone().text()}`);
    }
    for (const time of [`2026-11-27T10:15:30.${'1'.repeat(10)}Z`, `2026-11-27T10:15:30.${'9'.repeat(130)}Z`, '0000-01-01T00:00:00Z', '2025-02-29T00:00:00Z', '2026-11-27T24:00:00Z', '2026-11-27T10:60:00Z', '2026-11-27T10:15:60Z']) {
      const response = await post(receive, ratingEvent({ time }));
      assert.equal(response.status, 400, time);
      assert.match((await response.json()).error, /^time: /, time);
    }
    assert.equal(store.all().length, 6);
  });
});

describe('malformed input of any shape is a 4xx, never a 500, and logs no stack', () => {
  let server;
  let url;
  const log = recordingLog();
  const originalError = console.error;
  before(async () => {
    console.error = (...values) => log.error(...values); // toNodeListener's own catch logs through console
    server = createServer(toNodeListener(createReceiver({ log })));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${server.address().port}/feedback`;
  });
  after(async () => {
    console.error = originalError;
    await new Promise((resolve) => server.close(resolve));
  });

  test('arrays and objects nested 8,000 deep (16 KB), at the top and inside data; huge numbers; not an object', async () => {
    const deepArray = '['.repeat(8000) + ']'.repeat(8000);
    const event = ratingEvent();
    const insideData = JSON.stringify(event).replace('"context":{}', `"context":{"deep":${'['.repeat(7000)}${']'.repeat(7000)}}`);
    const bodies = [
      deepArray,
      '{"a":'.repeat(2700) + '1' + '}'.repeat(2700),
      insideData,
      JSON.stringify(event).replace('"value":9', '"value":1e999'),
      JSON.stringify(event).replace('"context":{}', '"context":{"big":1e999}'),
      '"just a string"',
      'null',
      '[]',
    ];
    for (const body of bodies) {
      assert.ok(Buffer.byteLength(body) <= 16 * 1024, 'under the size limit, so the parser sees it');
      const response = await send(url, { body });
      assert.equal(response.status, 400, `${body.slice(0, 60)}… → ${response.status} ${response.text}`);
      assert.ok(JSON.parse(response.text).error);
    }
    assert.deepEqual(log.lines.error, [], 'nothing logged for client errors');
  });
});

describe('health on GET and HEAD', () => {
  test('200 {"status":"ok"} while the store answers, 503 with Retry-After while it does not; HEAD has no body', async () => {
    let down = false;
    const inner = memoryStore();
    const log = recordingLog();
    const store = { put: (event) => inner.put(event), ping: async () => { if (down) throw new Error('connection refused'); } };
    const receive = createReceiver({ store, log, retryAfterSeconds: 4 });
    const get = (method = 'GET') => receive(new Request('https://collector.example/feedback', { method }));
    const ok = await get();
    assert.equal(ok.status, 200);
    assert.deepEqual(await ok.json(), { status: 'ok' });
    const head = await get('HEAD');
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
    down = true;
    const unavailable = await get();
    assert.equal(unavailable.status, 503);
    assert.equal(unavailable.headers.get('retry-after'), '4');
    assert.deepEqual(await unavailable.json(), { status: 'unavailable' });
    assert.equal((await get('HEAD')).status, 503);
  });
});

describe('metrics in the Prometheus text format', () => {
  test('requests by method and status, events by outcome, the store up, durations', async () => {
    const receive = createReceiver();
    const event = ratingEvent();
    await post(receive, event);
    await post(receive, event);
    await post(receive, ratingEvent({}, { value: 11 }));
    const text = await receive.metrics();
    assert.match(text, /^# TYPE care_feedback_requests_total counter$/m);
    assert.match(text, /^care_feedback_requests_total\{method="POST",status="202"\} 2$/m);
    assert.match(text, /^care_feedback_requests_total\{method="POST",status="400"\} 1$/m);
    assert.match(text, /^care_feedback_events_total\{outcome="stored"\} 1$/m);
    assert.match(text, /^care_feedback_events_total\{outcome="duplicate"\} 1$/m);
    assert.match(text, /^care_feedback_events_total\{outcome="refused"\} 1$/m);
    assert.match(text, /^care_feedback_store_up 1$/m);
    assert.match(text, /^care_feedback_request_duration_seconds_count 3$/m);
    // Two receivers in one process do not mix their counts.
    assert.match(await createReceiver().metrics(), /^care_feedback_store_up 1$/m);
    assert.doesNotMatch(await createReceiver().metrics(), /status="202"/);
  });
});

describe('allowedOrigins and rateLimit', () => {
  test('with allowedOrigins, a request without Origin is 403 (leaving the header out does not bypass the list)', async () => {
    const store = memoryStore();
    const receive = createReceiver({ store, allowedOrigins: ['https://shop.example.com'] });
    const response = await receive(new Request('https://collector.example/feedback', {
      method: 'POST', headers: { 'content-type': 'application/cloudevents+json' }, body: JSON.stringify(ratingEvent()),
    }));
    assert.equal(response.status, 403);
    assert.match((await response.json()).error, /Origin/);
    assert.equal(store.all().length, 0);
    assert.equal((await post(receive, ratingEvent())).status, 202, 'an allowed Origin still stores');
  });

  test('429 with Retry-After over perMinute, per socket address over Node http; a spoofed X-Forwarded-For is ignored', async () => {
    const server = createServer(toNodeListener(createReceiver({ rateLimit: { perMinute: 3 } })));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${server.address().port}/feedback`;
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await send(url, { body: JSON.stringify(ratingEvent()), headers: { 'x-forwarded-for': `10.0.0.${i}` } })).status);
      assert.deepEqual(statuses, [202, 202, 202]);
      const limited = await send(url, { body: JSON.stringify(ratingEvent()), headers: { 'x-forwarded-for': '10.9.9.9' } });
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers['retry-after']) >= 1 && Number(limited.headers['retry-after']) <= 20, limited.headers['retry-after']);
      assert.equal(limited.headers['access-control-expose-headers'], 'Retry-After');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('trustProxy names the client: by a header (its last entry) or by a function', async () => {
    const byHeader = createReceiver({ rateLimit: { perMinute: 1 }, trustProxy: 'x-forwarded-for' });
    const from = (address) => ({ 'x-forwarded-for': `1.1.1.1, ${address}` });
    assert.equal((await post(byHeader, ratingEvent(), from('203.0.113.1'))).status, 202);
    assert.equal((await post(byHeader, ratingEvent(), from('203.0.113.1'))).status, 429);
    assert.equal((await post(byHeader, ratingEvent(), from('203.0.113.2'))).status, 202, 'another client has its own share');
    const byFunction = createReceiver({ rateLimit: { perMinute: 1 }, trustProxy: (request) => request.headers.get('x-client') });
    assert.equal((await post(byFunction, ratingEvent(), { 'x-client': 'a' })).status, 202);
    assert.equal((await post(byFunction, ratingEvent(), { 'x-client': 'a' })).status, 429);
    assert.equal((await post(byFunction, ratingEvent(), { 'x-client': 'b' })).status, 202);
  });
});

describe('serve(): settings that hold 2,000 connections, and a shutdown that answers what is in flight', () => {
  test('2,000 concurrent connections each get their 202', async () => {
    const store = memoryStore();
    const server = await serve(createReceiver({ store }), { port: 0, host: '127.0.0.1' });
    const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
    try {
      assert.ok(server.keepAliveTimeout >= 60_000);
      assert.ok(server.headersTimeout > 0 && server.headersTimeout <= 60_000);
      assert.ok(server.requestTimeout > 0 && server.requestTimeout <= 60_000);
      const url = `http://127.0.0.1:${server.address().port}/feedback`;
      const answers = await Promise.all(Array.from({ length: 2000 }, () => send(url, { body: JSON.stringify(ratingEvent()), agent })));
      assert.equal(answers.filter((a) => a.status === 202).length, 2000);
      assert.equal(store.all().length, 2000);
    } finally {
      agent.destroy();
      await server.shutdown();
    }
  });

  test('shutdown(): requests in flight are answered 202 and their events stored; the store is closed after them', async () => {
    let release;
    const gate = new Promise((resolve) => (release = resolve));
    const inner = memoryStore();
    let closedWith = -1;
    // A store that is slow to write, as a busy database is: the requests are in flight when shutdown starts.
    const store = { put: async (event) => (await gate, inner.put(event)), close: async () => void (closedWith = inner.all().length) };
    const receive = createReceiver({ store });
    const server = await serve(receive, { port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${server.address().port}/feedback`;
    const inFlight = Array.from({ length: 5 }, () => send(url, { body: JSON.stringify(ratingEvent()) }));
    while (!/care_feedback_requests_in_flight 5/.test(await receive.metrics())) await new Promise((resolve) => setTimeout(resolve, 10));
    const shutdown = server.shutdown();
    const late = await post(receive, ratingEvent());
    assert.equal(late.status, 503, 'no new request is taken');
    assert.ok(late.headers.get('retry-after'));
    release();
    const answers = await Promise.all(inFlight);
    assert.deepEqual(answers.map((a) => a.status), [202, 202, 202, 202, 202]);
    await shutdown;
    assert.equal(closedWith, 5, 'the store was closed once the five were written');
  });
});
