/**
 * A real HTTP endpoint for the tests, scriptable per bucket so it can misbehave on purpose. Each test gets a
 * bucket; the browser POSTs events to `/collect/<bucket>` and the test reads back what arrived, with the
 * request headers, the server time and the verdict of the shipped JSON Schemas (ajv, in Node, not in the page).
 *
 *   POST /collect/<bucket>            an event; answered 202, or by the bucket's plan
 *   POST /collect/<bucket>?status=500 answered with that status instead (when no plan says otherwise)
 *   GET  /collect/<bucket>            every request that arrived, oldest first
 *   PUT  /collect/<bucket>/plan       JSON: { answers: [...], perEvent: [...], preflightDelay?: ms } — the n-th POST
 *                                     of the bucket gets answers[n]; or the k-th attempt at one event id gets
 *                                     perEvent[k]; each answer one of
 *                                       { status, retryAfter?, delay? }  that status (after `delay` ms)
 *                                       { hang: ms }                     no answer; the connection is cut after ms
 *                                       { drop: true }                   the event is read, then the connection is cut
 *                                                                        (as if stored, and the answer lost)
 *                                       { reset: true }                  the same, as if not stored
 *                                     and POSTs past the list get 202. `preflightDelay` holds every CORS preflight.
 *                                     In-process (`startTestCollector`), `answerFor({ n, attempt, id })` may choose.
 *   OPTIONS /collect/<bucket>         the CORS preflight
 *
 * `testCollector` mounts it in web-test-runner's (Koa) server; `startTestCollector` runs it on a node:http server
 * of its own for the end-to-end tests and the reliability bench.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import Ajv from 'ajv';

const schemaFile = (name) => JSON.parse(readFileSync(new URL(`../../schemas/${name}.v1.json`, import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true });
const validateEnvelope = ajv.compile(schemaFile('cloudevent'));
const validateData = {
  'care.feedback.rating.v1': ajv.compile(schemaFile('rating')),
  'care.feedback.comment.v1': ajv.compile(schemaFile('comment')),
  'care.feedback.shown.v1': ajv.compile(schemaFile('shown')),
  'care.feedback.dismissed.v1': ajv.compile(schemaFile('dismissed')),
};

function schemaErrors(event) {
  const errors = [];
  if (!validateEnvelope(event)) errors.push(...validateEnvelope.errors.map((e) => `envelope${e.instancePath} ${e.message}`));
  const validate = validateData[event?.type];
  if (!validate) errors.push(`unknown type ${event?.type}`);
  else if (!validate(event.data)) errors.push(...validate.errors.map((e) => `data${e.instancePath} ${e.message}`));
  return errors;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The collector's logic, free of any server framework: `handle(request)` returns null for a path that is not
 * its own, otherwise the answer `{ status, headers, body }` or `{ cut: true }` (close the connection unanswered).
 * @param {{ method: string, path: string, query: URLSearchParams, header: (name: string) => string | undefined,
 *   readBody: () => Promise<string> }} request
 */
export function createCollector() {
  const buckets = new Map();
  const bucketNamed = (name) => {
    if (!buckets.has(name)) buckets.set(name, { requests: [], plan: { answers: [] }, preflights: 0 });
    return buckets.get(name);
  };

  handle.setPlan = (name, plan) => (bucketNamed(name).plan = { answers: [], ...plan });
  return handle;

  async function handle({ method, path, query, header, readBody }) {
    const match = /^\/collect\/([\w-]+)(\/plan)?$/.exec(path);
    if (!match) return null;
    const bucket = bucketNamed(match[1]);
    const headers = {
      'Access-Control-Allow-Origin': header('origin') || '*',
      'Access-Control-Allow-Headers': 'content-type',
      'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
      'Access-Control-Expose-Headers': 'Retry-After',
    };
    if (method === 'OPTIONS') {
      bucket.preflights++;
      await sleep(bucket.plan.preflightDelay ?? 0);
      return { status: 204, headers };
    }
    if (method === 'GET' && !match[2]) return { status: 200, headers, body: bucket.requests };
    if (method === 'PUT' && match[2]) {
      bucket.plan = { answers: [], ...JSON.parse(await readBody()) };
      return { status: 204, headers };
    }
    if (method !== 'POST' || match[2]) return { status: 405, headers };

    const raw = await readBody();
    let body;
    try {
      body = JSON.parse(raw);
    } catch {
      body = raw;
    }
    const { plan, requests } = bucket;
    const n = requests.length;
    const attempt = requests.filter((request) => request.body?.id === body?.id).length;
    const answer = plan.answerFor?.({ n, attempt, id: body?.id }) ?? plan.perEvent?.[attempt] ?? plan.answers[n] ?? {};
    const status = answer.status ?? (Number(query.get('status')) || 202);
    bucket.requests.push({
      headers: { contentType: header('content-type'), cookie: header('cookie') || null, origin: header('origin') || null },
      body,
      schemaErrors: schemaErrors(body),
      at: Date.now(),
      answer: answer.hang ? 'hang' : answer.drop ? 'drop' : answer.reset ? 'reset' : status,
    });
    if (answer.drop || answer.reset) return { cut: true };
    if (answer.hang) {
      await sleep(answer.hang);
      return { cut: true };
    }
    await sleep(answer.delay ?? 0);
    if (answer.retryAfter !== undefined) headers['Retry-After'] = String(answer.retryAfter);
    return { status, headers, body: '' };
  }
}

function readStream(stream) {
  return new Promise((resolve, reject) => {
    let body = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => (body += chunk));
    stream.on('end', () => resolve(body));
    stream.on('error', reject);
  });
}

const handleInWtr = createCollector();

/** web-test-runner middleware: the collector on the test server's own port. */
export async function testCollector(ctx, next) {
  const answer = await handleInWtr({
    method: ctx.method,
    path: ctx.path,
    query: new URLSearchParams(ctx.querystring),
    header: (name) => ctx.get(name),
    readBody: () => readStream(ctx.req),
  });
  if (!answer) return next();
  if (answer.cut) {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  ctx.set(answer.headers);
  ctx.status = answer.status;
  ctx.body = answer.body ?? '';
}

/** The collector on a node:http server of its own, on 127.0.0.1 and a free port. */
export async function startTestCollector() {
  const handle = createCollector();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://collector.invalid');
    try {
      const answer = await handle({
        method: req.method,
        path: url.pathname,
        query: url.searchParams,
        header: (name) => req.headers[name.toLowerCase()],
        readBody: () => readStream(req),
      });
      if (!answer) return res.writeHead(404).end();
      if (answer.cut) return req.socket.destroy();
      const body = typeof answer.body === 'string' || answer.body === undefined ? answer.body ?? '' : JSON.stringify(answer.body);
      res.writeHead(answer.status, answer.headers).end(body);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  let count = 0;
  return {
    url,
    /** A fresh bucket: its endpoint, and helpers to script it and read what arrived. */
    bucket(name = `b${count++}`) {
      const endpoint = `${url}/collect/${name}`;
      return {
        endpoint,
        plan: (plan) => fetch(`${endpoint}/plan`, { method: 'PUT', body: JSON.stringify(plan) }),
        /** The same, in-process, so the plan may hold an `answerFor` function. */
        script: (plan) => handle.setPlan(name, plan),
        requests: async () => (await fetch(endpoint)).json(),
      };
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
