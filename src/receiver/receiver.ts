/**
 * `createReceiver()`: the answers of contract §8, written once against a small call shape (`ReceiverCall`) so
 * the Fetch API handler and Node's listener (node.ts) share every rule, and Node's path builds no `Request`
 * or `Response` (which costs more than a commit when the receiver is quiet).
 */
import type { CareCloudEvent } from '../types.js';
import { invalidEvent, parseEvent } from './validate.js';
import { memoryStore } from './memory-store.js';
import { StoreRejectedError, StoreUnavailableError, type Store } from './store.js';
import { MAX_EVENT_BYTES } from '../core/wire-limits.js';
import { createRateLimiter, type RateLimit } from './rate-limit.js';
import { trackAvailability, type ReceiverLog } from './availability.js';
import { createMetrics } from './metrics.js';

export interface ReceiverOptions {
  /** Where validated events go. Default: `memoryStore()`. */
  store?: Store;
  /** Origins whose pages may send (`https://shop.example.com`); a request without `Origin` is then refused. Default: any origin. */
  allowedOrigins?: string[];
  /**
   * Called once for each newly stored event (not for duplicates), after it is stored and before the answer:
   * forward it to a queue, a webhook, Kafka… If it throws, the event stays stored, the error is logged, and
   * the answer is still 202 (the browser must not resend what is stored).
   */
  onEvent?: (event: CareCloudEvent) => void | Promise<void>;
  /** Seconds a browser waits before resending while the store is unavailable or the queue is full. Default: 5. */
  retryAfterSeconds?: number;
  /** Events a client may send per minute; over it, `429` with `Retry-After`. Default: no limit. */
  rateLimit?: RateLimit;
  /**
   * Who the client is behind a proxy: a header name the proxy sets (`'x-forwarded-for'`: its last entry, the
   * address the proxy itself saw), or a function of the request. Default: the socket's address.
   */
  trustProxy?: string | ((request: Request) => string | undefined);
  /** Events waiting for the store at once; more are answered `503` + `Retry-After`. Default: 5,000. */
  maxQueue?: number;
  /** Where outages and failures are logged. Default: `console`. */
  log?: ReceiverLog;
}

/** What a handler needs of one request, whichever runtime it came from. */
export interface ReceiverCall {
  method: string;
  /** A header's value, by lower-case name, or null. */
  header(name: string): string | null;
  /** The whole body, or null as soon as it is known to be over `limit` bytes. */
  body(limit: number): Promise<Uint8Array | null>;
  /** The socket's address, when the runtime gives it. */
  clientAddress?: string;
  /** The request as a Fetch `Request`, for a `trustProxy` function. */
  request(): Request;
}

export interface ReceiverAnswer {
  status: number;
  headers: Record<string, string>;
  /** JSON text, or null for no body (204, HEAD). */
  body: string | null;
}

/** The receiver's core, found on the handler by `toNodeListener`. */
export const HANDLE_CALL = Symbol.for('care-feedback.receiver.handleCall');

export interface Receiver {
  (request: Request, info?: { clientAddress?: string }): Promise<Response>;
  /** Stops taking requests (503), answers those in flight, then closes the store (which writes what it holds). */
  close(): Promise<void>;
  /** The receiver's metrics in the Prometheus text format, for the host to serve (`text/plain; version=0.0.4`). */
  metrics(): Promise<string>;
  [HANDLE_CALL](call: ReceiverCall): Promise<ReceiverAnswer>;
}

const CLOUDEVENTS_JSON = 'application/cloudevents+json';
const CLOUDEVENTS_JSON_UTF8 = 'application/cloudevents+json; charset=utf-8';
/** One decoder for every request: without `stream`, `decode` keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const DEFAULT_MAX_QUEUE = 5000;
const ALLOWED_METHODS = 'POST, OPTIONS, GET, HEAD';

/** A Fetch API handler that receives care-feedback CloudEvents and answers as §8 says. */
export function createReceiver(options: ReceiverOptions = {}): Receiver {
  const { store = memoryStore(), allowedOrigins, onEvent, retryAfterSeconds = 5, trustProxy, maxQueue = DEFAULT_MAX_QUEUE, log = console } = options;
  const allowed = allowedOrigins && new Set(allowedOrigins.map((origin) => new URL(origin).origin));
  const limiter = options.rateLimit && createRateLimiter(options.rateLimit);
  const metrics = createMetrics();
  const availability = trackAvailability(log, (up) => metrics.storeUp(up));
  const retryAfter = { 'Retry-After': String(retryAfterSeconds) };

  let inFlight = 0;
  let queued = 0;
  let closing = false;
  let drained: (() => void) | undefined;

  async function handle(call: ReceiverCall): Promise<ReceiverAnswer> {
    const started = performance.now();
    inFlight++;
    metrics.inFlight(inFlight);
    let result: ReceiverAnswer;
    try {
      result = await answerCall(call);
    } finally {
      inFlight--;
      metrics.inFlight(inFlight);
      if (inFlight === 0) drained?.();
    }
    metrics.answered(call.method, result.status, (performance.now() - started) / 1000);
    return result;
  }

  async function answerCall(call: ReceiverCall): Promise<ReceiverAnswer> {
    const origin = call.header('origin');
    const cors = corsHeaders(origin, allowed);
    if (closing) return answer(503, { error: 'the receiver is shutting down; retry later' }, cors, { ...retryAfter, Connection: 'close' });
    // Readable by the refused page (CORS on the 403 itself), so its browser gives up instead of retrying. Without
    // an Origin the sender is no browser page of an allowed site: leaving the header out must not bypass the list.
    if (allowed && !origin) return answer(403, { error: 'an Origin header is required' }, cors);
    if (origin && allowed && !allowed.has(origin)) return answer(403, { error: `origin ${origin} is not allowed` }, cors);

    if (call.method === 'OPTIONS') {
      return {
        status: 204,
        headers: { ...cors, 'Access-Control-Allow-Methods': 'POST, OPTIONS', 'Access-Control-Allow-Headers': 'content-type', 'Access-Control-Max-Age': '600' },
        body: null,
      };
    }
    if (call.method === 'GET' || call.method === 'HEAD') return health(cors);
    if (call.method !== 'POST') return answer(405, { error: `${call.method} is not supported; POST events here` }, cors, { Allow: ALLOWED_METHODS });

    if (limiter) {
      const waitSeconds = limiter.take(clientOf(call));
      if (waitSeconds > 0) return answer(429, { error: 'too many events from this client; retry later' }, cors, { 'Retry-After': String(waitSeconds) });
    }
    if (!isCloudEventsJson(call.header('content-type'))) {
      return answer(415, { error: `Content-Type must be ${CLOUDEVENTS_JSON} (UTF-8)` }, cors, { 'Accept-Post': CLOUDEVENTS_JSON });
    }
    const body = await call.body(MAX_EVENT_BYTES);
    if (body === null) return answer(413, { error: `an event is at most ${MAX_EVENT_BYTES} bytes` }, cors);
    let text: string;
    try {
      text = UTF8.decode(body);
    } catch {
      return refuse('the body is not UTF-8', cors);
    }
    const parsed = parseEvent(text);
    if ('problem' in parsed) return refuse(parsed.problem, cors);
    const problem = invalidEvent(parsed.event);
    if (problem) return refuse(problem, cors);
    const event = parsed.event as CareCloudEvent;

    if (queued >= maxQueue) return answer(503, { error: 'the write queue is full; retry later' }, cors, retryAfter);
    let outcome: 'stored' | 'duplicate';
    queued++;
    metrics.queued(queued);
    try {
      outcome = await store.put(event);
      availability.succeeded();
    } catch (error) {
      if (error instanceof StoreRejectedError) {
        availability.succeeded();
        return refuse(error.message, cors);
      }
      availability.failed(error instanceof StoreUnavailableError ? error : unexpected(error));
      return answer(503, { error: 'the store is unavailable; retry later' }, cors, retryAfter);
    } finally {
      queued--;
      metrics.queued(queued);
    }
    metrics.event(outcome);
    if (outcome === 'stored' && onEvent) {
      try {
        await onEvent(event);
      } catch (error) {
        log.error(`care-feedback receiver: onEvent failed for ${event.source} ${event.id} (the event is stored):`, error);
      }
    }
    return answer(202, { status: outcome, id: event.id }, cors);
  }

  function refuse(error: string, cors: Record<string, string>): ReceiverAnswer {
    metrics.event('refused');
    return answer(400, { error }, cors);
  }

  /** A store that throws something else than its two errors has a bug: logged whole, once per outage. */
  function unexpected(error: unknown): unknown {
    if (availability.up) log.error('care-feedback receiver: the store failed unexpectedly:', error);
    return error;
  }

  async function health(cors: Record<string, string>): Promise<ReceiverAnswer> {
    try {
      await store.ping?.();
      availability.succeeded();
      return answer(200, { status: 'ok' }, cors);
    } catch (error) {
      availability.failed(error);
      return answer(503, { status: 'unavailable' }, cors, retryAfter);
    }
  }

  function clientOf(call: ReceiverCall): string {
    if (typeof trustProxy === 'function') return trustProxy(call.request()) ?? call.clientAddress ?? 'unknown';
    if (trustProxy) {
      // The last entry is the one the trusted proxy added; earlier ones are whatever the client claimed.
      const forwarded = call.header(trustProxy.toLowerCase())?.split(',').at(-1)?.trim();
      if (forwarded) return forwarded;
    }
    return call.clientAddress ?? 'unknown';
  }

  const receive = async (request: Request, info: { clientAddress?: string } = {}): Promise<Response> => {
    const result = await handle({
      method: request.method,
      header: (name) => request.headers.get(name),
      body: (limit) => readLimited(request, limit),
      clientAddress: info.clientAddress,
      request: () => request,
    });
    const noBody = result.body === null || request.method === 'HEAD';
    return new Response(noBody ? null : result.body, { status: result.status, headers: result.headers });
  };

  let closed: Promise<void> | undefined;
  return Object.assign(receive, {
    [HANDLE_CALL]: handle,
    metrics: () => metrics.text(),
    close: () =>
      (closed ??= (async () => {
        closing = true;
        if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
        await store.close?.();
      })()),
  });
}

/** CORS for an allowed (or any) origin: echoed, varying by Origin, `Retry-After` readable by the page. */
function corsHeaders(origin: string | null, allowed: Set<string> | undefined): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin ?? (allowed ? [...allowed][0] ?? '*' : '*'),
    'Access-Control-Expose-Headers': 'Retry-After',
    Vary: 'Origin',
  };
}

function answer(status: number, body: object, cors: Record<string, string>, headers?: Record<string, string>): ReceiverAnswer {
  // Built in place rather than spread together: this runs for every event.
  const all: Record<string, string> = Object.assign({}, cors);
  all['Content-Type'] = 'application/json; charset=utf-8';
  all['Cache-Control'] = 'no-store';
  if (headers) Object.assign(all, headers);
  return { status, headers: all, body: JSON.stringify(body) };
}

/** `application/cloudevents+json`, optionally with `charset=utf-8`. */
function isCloudEventsJson(contentType: string | null): boolean {
  if (contentType === CLOUDEVENTS_JSON || contentType === CLOUDEVENTS_JSON_UTF8) return true; // what browsers send
  const [mediaType, ...parameters] = (contentType ?? '').split(';').map((part) => part.trim().toLowerCase());
  return mediaType === CLOUDEVENTS_JSON && parameters.every((parameter) => {
    const [name, value = ''] = parameter.split('=').map((part) => part.trim());
    return name !== 'charset' || value.replace(/^"|"$/g, '') === 'utf-8';
  });
}

/** The whole body, or null as soon as it is known to be over `limit` bytes (without reading the rest). */
async function readLimited(request: Request, limit: number): Promise<Uint8Array | null> {
  if (Number(request.headers.get('content-length')) > limit) return null;
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return concat(chunks, size);
}

export function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
