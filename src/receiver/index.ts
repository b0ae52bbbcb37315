/**
 * `care-feedback/receiver`: the receiving side of the wire format (contract §8), as a Fetch API handler
 * `(Request) => Promise<Response>`, so one piece of code serves Next.js route handlers, Hono, Bun, Deno and
 * Workers, and `toNodeListener()` for Node's `http`, Express and Fastify. Node and server runtimes only: no
 * browser bundle ever imports it.
 *
 *   const receive = createReceiver({ store: jsonlStore('events.jsonl'), allowedOrigins: ['https://shop.example'] });
 *   http.createServer(toNodeListener(receive)).listen(8080);
 */
import type { CareCloudEvent } from '../types.js';
import { invalidEvent } from './validate.js';
import { memoryStore } from './memory-store.js';
import { StoreRejectedError, StoreUnavailableError, type Store } from './store.js';
import { MAX_EVENT_BYTES } from '../core/wire-limits.js';

export { memoryStore };
export { StoreRejectedError, StoreUnavailableError, type Store } from './store.js';
export { MAX_EVENT_BYTES } from '../core/wire-limits.js';
export { jsonlStore } from './jsonl-store.js';
export { toNodeListener } from './node.js';
export type { CareCloudEvent } from '../types.js';

export interface ReceiverOptions {
  /** Where validated events go. Default: `memoryStore()`. */
  store?: Store;
  /** Origins whose pages may send (`https://shop.example.com`). Default: any origin. */
  allowedOrigins?: string[];
  /**
   * Called once for each newly stored event (not for duplicates), after it is stored and before the answer:
   * forward it to a queue, a webhook, Kafka… If it throws, the event stays stored, the error is logged, and
   * the answer is still 202 (the browser must not resend what is stored).
   */
  onEvent?: (event: CareCloudEvent) => void | Promise<void>;
  /** Seconds a browser waits before resending while the store is unavailable. Default: 5. */
  retryAfterSeconds?: number;
}

const CLOUDEVENTS_JSON = 'application/cloudevents+json';

/** A Fetch API handler that receives care-feedback CloudEvents and answers as §8 says. */
export function createReceiver(options: ReceiverOptions = {}): (request: Request) => Promise<Response> {
  const { store = memoryStore(), allowedOrigins, onEvent, retryAfterSeconds = 5 } = options;
  const allowed = allowedOrigins && new Set(allowedOrigins.map((origin) => new URL(origin).origin));

  return async function receive(request: Request): Promise<Response> {
    const origin = request.headers.get('origin');
    const cors = corsHeaders(origin, allowed);
    // Readable by the refused page (CORS on the 403 itself), so its browser gives up instead of retrying.
    if (origin && allowed && !allowed.has(origin)) return answer(403, { error: `origin ${origin} is not allowed` }, cors);

    if (request.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: { ...cors, 'Access-Control-Allow-Methods': 'POST, OPTIONS', 'Access-Control-Allow-Headers': 'content-type', 'Access-Control-Max-Age': '600' },
      });
    }
    if (request.method !== 'POST') return answer(405, { error: `${request.method} is not supported; POST events here` }, cors, { Allow: 'POST, OPTIONS' });
    if (!isCloudEventsJson(request.headers.get('content-type'))) {
      return answer(415, { error: `Content-Type must be ${CLOUDEVENTS_JSON} (UTF-8)` }, cors, { 'Accept-Post': CLOUDEVENTS_JSON });
    }

    const body = await readLimited(request, MAX_EVENT_BYTES);
    if (body === null) return answer(413, { error: `an event is at most ${MAX_EVENT_BYTES} bytes` }, cors);
    let event: unknown;
    try {
      event = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    } catch {
      return answer(400, { error: 'the body is not UTF-8 JSON' }, cors);
    }
    // What a schema allows but a store cannot keep — a NUL, half a surrogate pair (JSON.stringify writes both
    // as escapes, and nothing else that way) — is refused here, for every store.
    if (/\\u0000|\\ud[89a-f]/i.test(JSON.stringify(event))) {
      return answer(400, { error: 'the event holds a NUL character or a lone surrogate' }, cors);
    }
    const problem = invalidEvent(event);
    if (problem) return answer(400, { error: problem }, cors);
    const valid = event as CareCloudEvent;

    let outcome: 'stored' | 'duplicate';
    try {
      outcome = await store.put(valid);
    } catch (error) {
      if (error instanceof StoreRejectedError) return answer(400, { error: error.message }, cors);
      if (!(error instanceof StoreUnavailableError)) console.error('care-feedback receiver: the store failed:', error);
      return answer(503, { error: 'the store is unavailable; retry later' }, cors, { 'Retry-After': String(retryAfterSeconds) });
    }
    if (outcome === 'stored' && onEvent) {
      try {
        await onEvent(valid);
      } catch (error) {
        console.error(`care-feedback receiver: onEvent failed for ${valid.source} ${valid.id} (the event is stored):`, error);
      }
    }
    return answer(202, { status: outcome, id: valid.id }, cors);
  };
}

/** CORS for an allowed (or any) origin: echoed, varying by Origin, `Retry-After` readable by the page. */
function corsHeaders(origin: string | null, allowed: Set<string> | undefined): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin ?? (allowed ? [...allowed][0] ?? '*' : '*'),
    'Access-Control-Expose-Headers': 'Retry-After',
    Vary: 'Origin',
  };
}

function answer(status: number, body: object, cors: Record<string, string> | null, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...(cors ?? {}), 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/** `application/cloudevents+json`, optionally with `charset=utf-8`. */
function isCloudEventsJson(contentType: string | null): boolean {
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
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
