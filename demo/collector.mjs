// The demo's local collector: the receiving end of care-feedback's wire format (CloudEvents 1.0,
// structured mode), answering the way the contract asks a real receiver to answer.
//
//   OPTIONS /events          CORS preflight
//   POST    /events          receive one event: 202 stored, 200 duplicate, 400/413/415 refused
//   GET     /events          every stored event, oldest first
//   DELETE  /events          forget every stored event
//   GET     /events/stream   Server-Sent Events: `data: <event>` per stored event, `event: cleared` on DELETE
//   GET     /events.csv      every stored event as CSV (a download)
//   GET     /events.jsonl    every stored event as JSON Lines (a download)

import { loadSchemas, validateCloudEvent } from './schema-check.mjs';
import { openEventStore } from './event-store.mjs';
import { eventsAsCsv, eventsAsJsonl } from './export.mjs';

export { conversations, summarize } from './summary.mjs';

/** The contract's limit for one event. */
export const MAX_EVENT_BYTES = 16 * 1024;
const CLOUDEVENTS_JSON = 'application/cloudevents+json';

// Every answer carries these: the library may post from any origin, with credentials omitted, and must
// be able to read a Retry-After to honour it.
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After',
};
const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'content-type',
  'Access-Control-Max-Age': '600',
};

const EXPORTS = {
  '/events.csv': { type: 'text/csv; charset=utf-8', extension: 'csv', write: eventsAsCsv },
  '/events.jsonl': { type: 'application/jsonl; charset=utf-8', extension: 'jsonl', write: eventsAsJsonl },
};

/**
 * @param {{ dataDir: string, schemasDir?: string | URL }} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean}
 *   handles `/events`, `/events/stream` and the exports; returns false for any other path
 */
export function createCollector({ dataDir, schemasDir = new URL('../schemas/', import.meta.url) }) {
  const schemas = loadSchemas(schemasDir);
  const store = openEventStore(dataDir);

  return function handleEventsRequest(req, res) {
    const pathname = pathnameOf(req.url);
    if (pathname === '/events') {
      const respond = {
        OPTIONS: () => res.writeHead(204, PREFLIGHT_HEADERS).end(),
        POST: () => receiveEvent(req, res, schemas, store),
        GET: () => sendJson(res, 200, store.all()),
        DELETE: () => store.clear().then(() => res.writeHead(204, CORS_HEADERS).end()),
      }[req.method];
      if (respond) settle(res, respond());
      else sendJson(res, 405, { error: `${req.method} is not supported here` }, { Allow: 'GET, POST, DELETE, OPTIONS' });
      return true;
    }
    const exported = EXPORTS[pathname];
    if (exported) {
      if (req.method !== 'GET') sendJson(res, 405, { error: `${req.method} is not supported here` }, { Allow: 'GET' });
      else {
        res.writeHead(200, {
          'Content-Type': exported.type,
          'Content-Disposition': `attachment; filename="care-feedback-events.${exported.extension}"`,
          'Cache-Control': 'no-store',
        });
        res.end(exported.write(store.all()));
      }
      return true;
    }
    if (pathname === '/events/stream') {
      if (req.method === 'GET') streamEvents(req, res, store);
      else sendJson(res, 405, { error: `${req.method} is not supported here` }, { Allow: 'GET' });
      return true;
    }
    return false;
  };
}

async function receiveEvent(req, res, schemas, store) {
  if (!isCloudEventsJson(req.headers['content-type'])) {
    return sendJson(res, 415, { error: `Content-Type must be ${CLOUDEVENTS_JSON} (UTF-8)` },
      { 'Accept-Post': CLOUDEVENTS_JSON });
  }
  const body = await readBody(req, MAX_EVENT_BYTES);
  if (body === null) {
    // Connection: close, so the client stops sending the rest of an oversized body.
    return sendJson(res, 413, { error: `an event is at most ${MAX_EVENT_BYTES} bytes` }, { Connection: 'close' });
  }

  let event;
  try {
    event = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch (error) {
    return sendJson(res, 400, { error: 'the body is not UTF-8 JSON', details: [error.message] });
  }
  const problems = validateCloudEvent(event, schemas);
  if (problems.length > 0) {
    return sendJson(res, 400, { error: 'the event does not match the care-feedback schemas', details: problems });
  }

  const stored = await store.add(event);
  sendJson(res, stored ? 202 : 200, { status: stored ? 'accepted' : 'duplicate', id: event.id });
}

function streamEvents(req, res, store) {
  res.writeHead(200, {
    ...CORS_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  // Sent at once so the browser's EventSource opens now, not with the first event.
  res.write('retry: 2000\n\n');
  const unsubscribe = store.subscribe((change) => {
    // JSON.stringify escapes line breaks, so one event is always one `data:` line.
    if (change.type === 'stored') res.write(`data: ${JSON.stringify(change.event)}\n\n`);
    if (change.type === 'cleared') res.write('event: cleared\ndata: {}\n\n');
  });
  res.on('close', unsubscribe);
}

/** The request's path, or null for a target no URL parser accepts (the static server answers 400). */
function pathnameOf(requestTarget) {
  try {
    return new URL(requestTarget, 'http://collector.invalid').pathname;
  } catch {
    return null;
  }
}

/** Accepts `application/cloudevents+json`, optionally with `charset=utf-8`. */
function isCloudEventsJson(contentType = '') {
  const [mediaType, ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase());
  if (mediaType !== CLOUDEVENTS_JSON) return false;
  return parameters.every((parameter) => {
    const [name, value = ''] = parameter.split('=').map((part) => part.trim());
    return name !== 'charset' || value.replace(/^"|"$/g, '') === 'utf-8';
  });
}

/** Resolves to the whole body, or to null as soon as it is known to exceed `limit` bytes. */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > limit) return resolve(null);
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume(); // discard the rest
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, {
    ...CORS_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/** Turns a failure inside an async handler into a 500 answer instead of an unhandled rejection. */
function settle(res, result) {
  Promise.resolve(result).catch((error) => {
    console.error('care-feedback demo collector:', error);
    if (!res.headersSent) sendJson(res, 500, { error: 'the demo collector failed; see its log' });
    else res.destroy(error);
  });
}
