// The demo's local collector, built on the package's own receiver (care-feedback/receiver): events are
// received, validated and deduplicated exactly as a host's receiver would, and kept in .data/pglite/
// (pgliteStore: PostgreSQL in this process, no server to install), or in PostgreSQL when DATABASE_URL is set
// (postgresStore). The responses page is <care-insights> over createInsights() on the same store (/insights).
//
//   OPTIONS /events          CORS preflight                                   (the receiver)
//   POST    /events          receive one event: 202 stored or duplicate, 400/413/415 refused, 503 store down
//   GET     /events          every stored event, oldest first
//   DELETE  /events          forget every stored event
//   GET     /events/stream   Server-Sent Events: `data: <event>` per stored event, `event: cleared` on DELETE
//   GET     /events.csv      every stored event as CSV (a download)
//   GET     /events.jsonl    every stored event as JSON Lines (a download)
//   GET     /insights…       createInsights() (care-feedback/insights): the summary, /responses, /export.csv,
//                            /export.jsonl and /surveys, for requests to the demo's own loopback host only

import { join } from 'node:path';
import { createReceiver, toNodeListener } from 'care-feedback/receiver';
import { pgliteStore } from 'care-feedback/receiver/pglite';
import { createInsights } from 'care-feedback/insights';
import { postgresStore } from 'care-feedback/receiver/postgres';
import { eventsAsCsv, eventsAsJsonl } from './export.mjs';
import { startForwarding } from './forwarding.mjs';

/**
 * Who may read the insights: in the demo, a request to the demo's loopback address from its own pages. A host
 * checks its staff's session here instead; without `authorize` every request is answered 401.
 */
function isDemoVisitor(request) {
  const { hostname } = new URL(request.url);
  const sameOrigin = !request.headers.get('origin') || request.headers.get('origin') === new URL(request.url).origin;
  return ['localhost', '127.0.0.1', '[::1]'].includes(hostname) && sameOrigin;
}

const EXPORTS = {
  '/events.csv': { type: 'text/csv; charset=utf-8', extension: 'csv', write: eventsAsCsv },
  '/events.jsonl': { type: 'application/jsonl; charset=utf-8', extension: 'jsonl', write: eventsAsJsonl },
};

/**
 * @param {{ dataDir: string, databaseUrl?: string, forward?: boolean | { write?: (line: string) => void } }} options
 *   forward: a forwarder on the same store, logging each stored event (demo/forwarding.mjs)
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean}
 *   handles `/events`, `/events/stream` and the exports; returns false for any other path
 */
export function createCollector({ dataDir, databaseUrl = process.env.DATABASE_URL, forward = false }) {
  const store = databaseUrl ? postgresStore({ connectionString: databaseUrl }) : pgliteStore({ dataDir: join(dataDir, 'pglite') });
  const listeners = new Set();
  const notify = (change) => listeners.forEach((listener) => listener(change));
  const receive = toNodeListener(createReceiver({ store, onEvent: (event) => notify({ type: 'stored', event }) }));
  const insights = toNodeListener(createInsights({ store, authorize: isDemoVisitor }));
  // In this process, on this store object: one process at a time opens a PGlite folder.
  const forwarder = forward ? startForwarding(store, forward === true ? {} : forward) : undefined;

  function handleEventsRequest(req, res) {
    const pathname = pathnameOf(req.url);
    if (pathname === '/events') {
      if (req.method === 'GET') settle(res, Promise.resolve(store.all()).then((events) => sendJson(res, 200, events)));
      else if (req.method === 'DELETE') settle(res, store.clear().then(() => {
        notify({ type: 'cleared' });
        res.writeHead(204, { 'Access-Control-Allow-Origin': '*' }).end();
      }));
      else receive(req, res); // POST and OPTIONS, and the 405 for anything else
      return true;
    }
    if (pathname === '/insights' || pathname?.startsWith('/insights/')) {
      insights(req, res);
      return true;
    }
    const exported = EXPORTS[pathname];
    if (exported) {
      if (req.method !== 'GET') sendJson(res, 405, { error: `${req.method} is not supported here` }, { Allow: 'GET' });
      else {
        settle(res, Promise.resolve(store.all()).then((events) => {
          res.writeHead(200, {
            'Content-Type': exported.type,
            'Content-Disposition': `attachment; filename="care-feedback-events.${exported.extension}"`,
            'Cache-Control': 'no-store',
          });
          res.end(exported.write(events));
        }));
      }
      return true;
    }
    if (pathname === '/events/stream') {
      if (req.method !== 'GET') sendJson(res, 405, { error: `${req.method} is not supported here` }, { Allow: 'GET' });
      else streamEvents(req, res, listeners);
      return true;
    }
    return false;
  }
  // The demo server's close() closes the store: pgliteStore holds its folder until then.
  handleEventsRequest.close = async () => {
    await forwarder?.stop(); // first: it reads the store
    await store.close();
  };
  return handleEventsRequest;
}

function streamEvents(req, res, listeners) {
  res.writeHead(200, {
    'Access-Control-Allow-Origin': '*',
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  // Sent at once so the browser's EventSource opens now, not with the first event.
  res.write('retry: 2000\n\n');
  const listener = (change) => {
    // JSON.stringify escapes line breaks, so one event is always one `data:` line.
    if (change.type === 'stored') res.write(`data: ${JSON.stringify(change.event)}\n\n`);
    if (change.type === 'cleared') res.write('event: cleared\ndata: {}\n\n');
  };
  listeners.add(listener);
  res.on('close', () => listeners.delete(listener));
}

/** The request's path, or null for a target no URL parser accepts (the static server answers 400). */
function pathnameOf(requestTarget) {
  try {
    return new URL(requestTarget, 'http://collector.invalid').pathname;
  } catch {
    return null;
  }
}

function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Access-Control-Allow-Origin': '*',
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
