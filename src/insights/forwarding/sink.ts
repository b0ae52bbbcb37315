/**
 * What a sink is, for the forwarder: a name (its cursor's key), a `plan` that turns what was read into messages
 * (pure: state in, state out, kept with the cursor), and a `send` for one message. The HTTP sinks share
 * `postTo`, which says whether a failure is worth another try.
 */
import { createHash } from 'node:crypto';
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { CareCloudEvent } from '../../types.js';

export interface Plan<Message, State> {
  messages: Message[];
  /** Kept with the cursor (as JSON) once every message is sent. */
  state: State;
  /** When the sink wants `plan` called again with nothing new (its clock-driven messages: answers due, a digest). */
  wakeAt?: number;
}

export interface Sink<Message = unknown, State = unknown> {
  /** The key of this sink's cursor in the store: a sink renamed starts again (see `startAt`). */
  readonly name: string;
  /** Where a sink with no cursor yet begins: every event the store holds, or only those arriving from now. */
  readonly startAt: 'beginning' | 'end';
  /** Messages sent at once (1 keeps their order). */
  readonly concurrency: number;
  /** What to send for `events` (in the table's order; none when the clock woke it), given the sink's state. */
  plan(events: CareCloudEvent[], state: State | undefined, now: number): Plan<Message, State>;
  /** Delivers one message; a `SinkError` says whether to try it again. */
  send(message: Message): Promise<void>;
}

/** Options every built-in sink takes. */
export interface SinkOptions {
  /** The cursor's key; default the kind of sink and a hash of its URL (a Slack URL is a secret). */
  name?: string;
  startAt?: 'beginning' | 'end';
  /** Milliseconds one request may take. Default 10,000. */
  timeoutMs?: number;
  /** A `fetch` of your own (proxies, mTLS). Default: Node's `http`/`https` with keep-alive. */
  fetch?: typeof fetch;
  /** Extra request headers (an `Authorization` for the webhook). */
  headers?: Record<string, string>;
}

export class SinkError extends Error {
  override name = 'SinkError';
  constructor(
    message: string,
    /** false: the sink refuses this message for good (it is skipped, and logged); true: try it again later. */
    readonly retry: boolean,
    /** Milliseconds the sink asked to wait (`Retry-After`). */
    readonly retryAfterMs?: number
  ) {
    super(message);
  }
}

const DEFAULT_TIMEOUT_MS = 10_000;
/**
 * Answers that refuse this message itself: sending it again would get the same answer and hold every later
 * message back. Any other failure (5xx, 408, 429, the network, and 401/403/404, a configuration the operator can
 * fix) is retried, so nothing is lost while it lasts.
 */
const REFUSES_THIS_MESSAGE = new Set([400, 413, 415, 422]);

export const sinkName = (kind: string, url: string) =>
  `${kind}:${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;

/** POSTs `body` to `url`; resolves on a 2xx, throws `SinkError` otherwise. */
export async function postTo(url: string, body: string, contentType: string, options: SinkOptions): Promise<void> {
  const headers = { ...options.headers, 'content-type': contentType };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let status: number;
  let retryAfter: string | null | undefined;
  try {
    if (options.fetch) {
      const response = await options.fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
      // Read the answer to its end, so the connection goes back to the pool for the next message.
      await response.arrayBuffer().catch(() => {});
      ({ status } = response);
      retryAfter = response.headers.get('retry-after');
    } else {
      const answer = await nodePost(url, body, headers, timeoutMs);
      status = answer.status;
      retryAfter = answer.headers['retry-after'];
    }
  } catch (error) {
    throw new SinkError(`${(error as Error).message}`, true);
  }
  if (status >= 200 && status < 300) return;
  throw new SinkError(`answered ${status}`, !REFUSES_THIS_MESSAGE.has(status), retryAfterMs(retryAfter ?? null));
}

/**
 * Node's own HTTP client, on keep-alive agents: the global `fetch` (undici) costs several times its CPU per
 * request, and the forwarder makes one request an event, beside a receiver that needs the same cores.
 */
const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

function nodePost(url: string, body: string, headers: Record<string, string>, timeoutMs: number) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders }>((resolve, reject) => {
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    const request = (secure ? httpsRequest : httpRequest)(
      target,
      { method: 'POST', agent: secure ? agents.https : agents.http, headers: { ...headers, 'content-length': Buffer.byteLength(body) }, timeout: timeoutMs },
      (response) => {
        response.resume(); // read to the end: the socket goes back to the agent
        response.once('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
        response.once('error', reject);
      }
    );
    request.once('timeout', () => request.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    request.once('error', reject);
    request.end(body);
  });
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

