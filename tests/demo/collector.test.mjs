// The demo server and its collector, over real HTTP on a free port with a throwaway data directory.
// Run with: node --test tests/demo/

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';

import { startServer } from '../../demo/server.mjs';

const CLOUDEVENTS_JSON = 'application/cloudevents+json; charset=utf-8';
const SOURCE = 'https://shop.example.com/checkout';
let sequence = 0;

/** A rating event shaped exactly like the contract's wire-format example. */
function ratingEvent({ id = nextId(), surveyId = 'checkout-nps', responseId = '7f1c2a90-2b7e-4d1e-8c1a-9e0f6b5d4c3a',
  scale = 'nps', value = 9, min = 0, max = 10, time = '2026-11-27T10:15:30.123Z' } = {}) {
  return {
    specversion: '1.0',
    id,
    source: SOURCE,
    type: 'care.feedback.rating.v1',
    subject: surveyId,
    time,
    datacontenttype: 'application/json',
    data: {
      surveyId,
      responseId,
      scale, value, min, max,
      question: 'How likely are you to recommend us to a friend?',
      locale: 'en',
      context: { plan: 'pro' },
    },
  };
}

function commentEvent({ id = nextId(), surveyId = 'checkout-nps', responseId = '7f1c2a90-2b7e-4d1e-8c1a-9e0f6b5d4c3a',
  text = 'Faster delivery, please.' } = {}) {
  return {
    specversion: '1.0',
    id,
    source: SOURCE,
    type: 'care.feedback.comment.v1',
    subject: surveyId,
    time: '2026-11-27T10:16:02.500Z',
    datacontenttype: 'application/json',
    data: {
      surveyId,
      responseId,
      text,
      question: 'What would improve your experience?',
      locale: 'en',
      context: { plan: 'pro' },
    },
  };
}

function nextId() {
  sequence += 1;
  return `0b4e7d1c-3f0a-4c9e-9a55-${String(sequence).padStart(12, '0')}`;
}

describe('demo server', () => {
  let dataDir;
  let server;

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'care-feedback-demo-'));
    server = await startServer({ port: 0, dataDir });
  });
  after(async () => {
    await server?.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    const response = await fetch(`${server.url}/events`, { method: 'DELETE' });
    assert.equal(response.status, 204);
  });

  const post = (body, contentType = CLOUDEVENTS_JSON) => fetch(`${server.url}/events`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const stored = async () => (await fetch(`${server.url}/events`)).json();

  test('stores a valid event, answers 202 with CORS headers, and keeps it in the store (pgliteStore in .data/pglite)', async () => {
    const event = ratingEvent();
    const response = await post(event);

    assert.equal(response.status, 202);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-expose-headers'), /retry-after/i);
    assert.deepEqual(await stored(), [event]);
    assert.ok(existsSync(join(dataDir, 'pglite')), 'the store lives in the data directory');
  });

  test('refuses invalid data with 400 and a reason naming the field', async () => {
    const response = await post(ratingEvent({ value: 11 }));

    assert.equal(response.status, 400);
    const body = await response.json();
    assert.equal(body.error, 'data.value: must be <= 10');
    assert.deepEqual(await stored(), []);
  });

  test('refuses an envelope with a query string in source, and unknown properties', async () => {
    const withQuery = await post({ ...ratingEvent(), source: `${SOURCE}?coupon=SECRET` });
    assert.equal(withQuery.status, 400);
    assert.match((await withQuery.json()).error, /^source: must match pattern/);
    const withExtra = await post({ ...ratingEvent(), extra: true });
    assert.equal(withExtra.status, 400);
    assert.equal((await withExtra.json()).error, 'extra: must NOT have additional properties');
    assert.deepEqual(await stored(), []);
  });

  test('refuses a context value that is not a string, number or boolean', async () => {
    const event = ratingEvent();
    event.data.context = { plan: { tier: 'pro' } };
    const response = await post(event);

    assert.equal(response.status, 400);
    assert.equal((await response.json()).error, 'data.context.plan: must be string or number or boolean');
  });

  test('refuses a body that is not JSON with 400', async () => {
    const response = await post('{"specversion": "1.0",');

    assert.equal(response.status, 400);
    assert.match((await response.json()).error, /JSON/);
  });

  test('refuses another content type with 415', async () => {
    const response = await post(ratingEvent(), 'application/json');

    assert.equal(response.status, 415);
    assert.deepEqual(await stored(), []);
  });

  test('refuses a body over 16 KiB with 413', async () => {
    const response = await post(commentEvent({ text: 'x'.repeat(17 * 1024) }));

    assert.equal(response.status, 413);
    assert.deepEqual(await stored(), []);
  });

  test('stores a retried event (same source and id) once, also across a restart', async () => {
    const event = ratingEvent();

    assert.equal((await post(event)).status, 202);
    const retry = await post(event);
    assert.equal(retry.status, 202, 'a duplicate is acknowledged like a new event (contract §8)');
    assert.equal((await retry.json()).status, 'duplicate');
    assert.equal((await stored()).length, 1);

    // Another source may reuse the id: it is another event.
    assert.equal((await post({ ...event, source: 'https://blog.example.com/post' })).status, 202);
    assert.equal((await stored()).length, 2);

    // A server started again on the same data directory remembers what is stored (one process opens a PGlite
    // folder at a time, so the first one closes before).
    await server.close();
    const restarted = await startServer({ port: 0, dataDir });
    try {
      const afterRestart = await fetch(`${restarted.url}/events`, {
        method: 'POST', headers: { 'content-type': CLOUDEVENTS_JSON }, body: JSON.stringify(event),
      });
      assert.equal(afterRestart.status, 202);
      assert.equal((await afterRestart.json()).status, 'duplicate');
    } finally {
      await restarted.close();
      server = await startServer({ port: 0, dataDir });
    }
  });

  test('exports the stored events as CSV: a header, one row each, comments quoted, formulas defused', async () => {
    const rated = ratingEvent({ responseId: 'r-csv', value: 3 });
    const hostile = commentEvent({ responseId: 'r-csv', text: '=HYPERLINK("https://evil.example","click")\nsecond line, "quoted"' });
    await post(rated);
    await post(hostile);
    const response = await fetch(`${server.url}/events.csv`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/csv; charset=utf-8/);
    assert.match(response.headers.get('content-disposition'), /attachment; filename="care-feedback-events\.csv"/);
    const csv = (await response.text()).replace(/^\ufeff/, '');
    const [header, first] = csv.split('\r\n');
    assert.equal(header, 'time,type,surveyId,responseId,scale,value,min,max,text,question,mode,trigger,stage,locale,context,source,id');
    assert.ok(first.startsWith(`${rated.time},care.feedback.rating.v1,checkout-nps,r-csv,nps,3,0,10,,`), first);
    // The visitor's text is one quoted cell, its quotes doubled, its line break kept, and it cannot start a formula.
    assert.ok(csv.includes(`"'=HYPERLINK(""https://evil.example"",""click"")\nsecond line, ""quoted"""`), csv);
    assert.ok(csv.includes('"{""plan"":""pro""}"'), 'context as JSON in one cell');
    assert.ok(csv.endsWith(`,${SOURCE},${hostile.id}\r\n`));
  });

  test('exports the stored events as JSON Lines, exactly as stored', async () => {
    const events = [ratingEvent(), commentEvent()];
    for (const event of events) await post(event);
    const response = await fetch(`${server.url}/events.jsonl`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-disposition'), /filename="care-feedback-events\.jsonl"/);
    const lines = (await response.text()).split('\n');
    assert.equal(lines.at(-1), '', 'ends with a newline');
    assert.deepEqual(lines.slice(0, -1).map((line) => JSON.parse(line)), events);
    assert.equal((await fetch(`${server.url}/events.jsonl`, { method: 'POST' })).status, 405);
  });

  test('answers the CORS preflight', async () => {
    const response = await fetch(`${server.url}/events`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://shop.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });

    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://shop.example.com', 'the origin echoed');
    assert.match(response.headers.get('access-control-allow-methods'), /\bPOST\b/);
    assert.match(response.headers.get('access-control-allow-headers'), /content-type/i);
    assert.equal(response.headers.get('access-control-max-age'), '600');
  });

  test('pushes each newly stored event to /events/stream', async () => {
    const controller = new AbortController();
    const stream = await fetch(`${server.url}/events/stream`, { signal: controller.signal });
    assert.equal(stream.headers.get('content-type'), 'text/event-stream; charset=utf-8');
    const reader = stream.body.pipeThrough(new TextDecoderStream()).getReader();

    const event = commentEvent();
    await post(event);
    let received = '';
    while (!received.includes('\n\ndata: ') || !received.endsWith('\n\n')) received += (await reader.read()).value;
    controller.abort();

    const dataLine = received.split('\n').find((line) => line.startsWith('data: '));
    assert.deepEqual(JSON.parse(dataLine.slice('data: '.length)), event);
  });

  test('serves the gallery at / under a strict CSP with Trusted Types', async () => {
    const response = await fetch(`${server.url}/`);

    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    const policy = response.headers.get('content-security-policy');
    assert.match(policy, /script-src 'self'(;|$)/);
    assert.match(policy, /require-trusted-types-for 'script'; trusted-types lit-html/);
    assert.doesNotMatch(policy, /unsafe-/);
    assert.match(await response.text(), /<care-feedback survey-id="gallery-conversation"/);
  });

  test("allows esm.html's import map by its sha256 hash", async () => {
    const { createHash } = await import('node:crypto');
    const response = await fetch(`${server.url}/demo/esm.html`);
    const html = await response.text();
    const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)[1];
    const hash = createHash('sha256').update(importMap).digest('base64');

    assert.match(response.headers.get('content-security-policy'), new RegExp(`script-src 'self' 'sha256-${escapeRegExp(hash)}';`));
  });

  test('refuses path traversal and files outside the served folders', async () => {
    for (const path of ['/../package.json', '/..%2fpackage.json', '/demo/..%2f..%2fpackage.json', '/package.json', '/.data/events.jsonl']) {
      const { status, body } = await rawGet(server.url, path);
      assert.ok(status === 403 || status === 404, `${path} answered ${status}`);
      assert.doesNotMatch(body, /"devDependencies"/, path);
    }
    assert.equal((await rawGet(server.url, '/schemas/rating.v1.json')).status, 200);
  });

  test('answers 400 to a request target no URL parser accepts, and keeps serving', async () => {
    assert.equal((await rawGet(server.url, 'http://[')).status, 400);
    assert.equal((await rawGet(server.url, '/%zz')).status, 400);
    assert.equal((await fetch(`${server.url}/events`)).status, 200);
  });
});

/** GET with the path sent byte for byte (fetch and curl would normalize `/../`). */
function rawGet(baseUrl, path) {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { body += chunk; });
      response.on('end', () => resolve({ status: response.statusCode, body }));
    }).on('error', reject).end();
  });
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
