import type { CareCloudEvent, DeliveredDetail, DeliveryFailedDetail, FeedbackDataByType, FeedbackEventType } from '../types.js';
import { reportError, reportWarning } from '../core/log.js';
import { checkEndpoint, currentConfig } from '../core/config.js';
import { createCloudEvent, serializedSize } from './envelope.js';
import { MAX_EVENT_BYTES } from '../core/wire-limits.js';
import { postEvent, type AttemptResult } from './http.js';
import { dropEntry, MAX_OUTBOX, outbox, saveEntry, storedEntry, type OutboxEntry } from './outbox.js';
import { MAX_AGE, retryDelay } from './retry-policy.js';
import { CLAIM_MS, claimed } from './tab-lock.js';
import { SECOND_MS } from '../core/clock.js';
import { explainPolicyBlocks } from './policy-errors.js';

export interface SendOptions {
  /** An element's own `endpoint`, which wins over the global one. */
  endpoint?: string | null;
  /** Names the sender in console messages, e.g. `<care-rating>`. */
  who?: string;
}

/** Browsers refuse `keepalive` requests once those in flight carry more than this many body bytes. */
const KEEPALIVE_BYTES = 64 * 1024;
/**
 * What an earlier visit left is looked for this long after the library loads, not while the page loads: the
 * first read of `localStorage` costs a page 2–4 ms (the browser loads the site's whole storage area), and
 * asking for a Web Lock 1–2 ms more, which most pages, with nothing waiting, would pay for nothing. Nothing is
 * lost by waiting: a page left sooner sends it as it leaves, or the next visit does. The lock is asked for only
 * when something waits.
 */
export const LEFTOVERS_DELAY_MS = 2 * SECOND_MS;
/** Without Web Locks, tabs that wake together start their sweeps at random moments up to this far apart. */
const TAB_SPREAD_MS = 100;

/** Attempts this tab has in flight (each also holds its event's claim). */
const inFlight = new Set<Promise<void>>();
/** Responses with an attempt in flight: their next event waits, so one response's events arrive in order. */
const busyResponses = new Set<string>();
let inFlightBytes = 0;
let wakeUp: ReturnType<typeof setTimeout> | undefined;

/**
 * Turns event data into a CloudEvent, writes it to the outbox and sends it at once when it can. Never throws;
 * the outcome is told on `window` as `care-delivered` or, once given up, `care-delivery-failed`.
 */
export function sendFeedbackEvent<T extends FeedbackEventType>(
  type: T,
  data: FeedbackDataByType[T],
  options: SendOptions = {}
): CareCloudEvent<T> {
  const event = createCloudEvent(type, data);
  try {
    enqueue(event, options);
  } catch (error) {
    reportError(`could not queue ${event.id}: ${error}`, false);
  }
  return event;
}

/**
 * Sends every event that can go now (online, due, not claimed by another tab) and resolves once each has its
 * answer, including events that were waiting for an earlier one of the same response.
 */
export async function flush(): Promise<void> {
  await pump();
  while (inFlight.size) {
    await Promise.allSettled(inFlight);
    await pump();
  }
}

function enqueue(event: CareCloudEvent, { endpoint: ownEndpoint, who = 'care-feedback' }: SendOptions): void {
  const { type, data: { responseId } } = event;
  const size = serializedSize(JSON.stringify(event));
  if (size > MAX_EVENT_BYTES) {
    reportError(`${who} event ${type} of ${size} bytes is over ${MAX_EVENT_BYTES}; not sent.`, false);
    return announceFailure(event, 0, 'too large');
  }
  const { transport, endpoint: globalEndpoint } = currentConfig();
  // With a transport the endpoint is not used; an element's own endpoint is checked here, before storing.
  const endpoint = transport ? undefined : ownEndpoint ? checkEndpoint(ownEndpoint, who) : globalEndpoint;
  if (endpoint === null) return announceFailure(event, 0, 'endpoint refused');
  if (!endpoint && !transport) {
    return reportWarning('no endpoint configured: events not sent.');
  }
  const entry: OutboxEntry = { event, endpoint, attempts: 0 };
  const now = Date.now();
  // A visitor changing their mind in a burst must not become a burst of requests: a rating of the same response
  // that is not on its way yet is replaced by the new one, which takes over its wait.
  if (type === 'care.feedback.rating.v1') {
    for (const old of outbox()) {
      if (old.event.type === type && old.event.data?.responseId === responseId && !claimed(old, now)) {
        dropEntry(old);
        entry.retryAt = old.retryAt;
      }
    }
  }
  for (const old of outbox().slice(0, 1 - MAX_OUTBOX)) {
    reportWarning(`outbox full (${MAX_OUTBOX}); the oldest goes.`);
    dropEntry(old);
    announceFailure(old.event, 0, 'outbox full');
  }
  saveEntry(entry);
  trySend(entry, now);
}

/**
 * Where the browser refuses Web Locks (`SecurityError` in a frame of opaque origin: sandboxed without
 * allow-same-origin, some cross-origin frames), the page also has no shared storage to guard (storage.ts keeps
 * the outbox in memory), so sweeps go on without the lock for the rest of the page.
 */
let locksRefused = false;

/**
 * Sweeps while no other tab sweeps: with the Web Locks API, reading the outbox and writing claims is one step
 * across tabs. Where it is missing or refused (plain http: pages, old browsers, Node, sandboxed frames) the claim
 * alone keeps tabs apart; tabs that wake together (the `online` event reaches all at once) start at random
 * moments up to 0.1 s apart, so each sees the claims the other wrote. Receivers still dedupe by `source` + `id`
 * for the rare clash. Either way the sweep runs later, never during the call, and the promise never rejects:
 * a rejection would reach the host page's error monitoring, and the retry it carries would be lost.
 */
const pump = (): Promise<void> => {
  const locks = locksRefused ? undefined : globalThis.navigator?.locks;
  const work = () => sweep(); // not `sweep` itself: `request` passes the lock, which would read as `leaving`
  return locks
    ? locks.request('care-feedback:outbox', work).catch(() => {
        locksRefused = true;
        return pump();
      })
    : new Promise((resolve) => setTimeout(resolve, Math.random() * TAB_SPREAD_MS)).then(work);
};

/**
 * Sends what can go now, then sets a timer for the first event that waits for a time (backoff, another tab's
 * claim). `leaving` is the last chance: everything due goes at once, synchronously and with `keepalive`, and
 * what does not fit waits in the outbox for the next visit.
 */
function sweep(leaving?: boolean): void {
  clearTimeout(wakeUp);
  const now = Date.now();
  let next = Infinity;
  for (const entry of outbox()) {
    const at = Math.max(entry.retryAt ?? 0, entry.claimedUntil ?? 0);
    if (!trySend(entry, now, leaving) && at > now && at < next) next = at;
  }
  if (next < Infinity) wakeUp = setTimeout(pump, next - now);
}

/**
 * Starts an attempt at the snapshot's event when it may be sent now, or gives it up when it is too old; true
 * when it did either. It reads the entry afresh: another tab may have claimed, sent or dropped it since.
 */
function trySend(snapshot: OutboxEntry, now: number, leaving?: boolean): boolean {
  const entry = storedEntry(snapshot);
  if (!entry || claimed(entry, now)) return false;
  const { event, endpoint } = entry;
  const { responseId } = event.data;
  const { transport } = currentConfig();
  if (Date.parse(event.time) < now - MAX_AGE) {
    giveUp(entry, 0, 'expired');
    return true;
  }
  const body = JSON.stringify(event);
  const size = serializedSize(body);
  const keepalive = inFlightBytes + size <= KEEPALIVE_BYTES;
  // An entry without `retryAt` is due (`undefined > now` is false).
  if (
    !navigator.onLine ||
    entry.retryAt! > now ||
    !(endpoint || transport) ||
    (leaving ? !keepalive : busyResponses.has(responseId))
  ) {
    return false;
  }
  // The claim is written before the request starts and renewed while it lasts; see tab-lock.ts and pump().
  const claim = () => {
    entry.claimedUntil = Date.now() + CLAIM_MS;
    saveEntry(entry);
  };
  entry.attempts++;
  claim();
  const renewal = setInterval(claim, CLAIM_MS / 3);
  inFlightBytes += size;
  busyResponses.add(responseId);
  // The request starts after the sweep has written all its claims, so another tab sees them sooner; still
  // within the task, as a page being left needs.
  const attempt = Promise.resolve()
    .then(async () => (endpoint ? postEvent(endpoint, body, keepalive) : (await transport!(event), { ok: true } as AttemptResult)))
    // A transport that throws or rejects is retried like a network error.
    .catch((error) => ({ ok: false, status: 0, reason: `transport failed: ${error}` }))
    .then(({ ok, status, reason, retryAfter }: AttemptResult) => {
      clearInterval(renewal);
      inFlight.delete(attempt);
      busyResponses.delete(responseId);
      inFlightBytes -= size;
      const answeredAt = Date.now();
      if (ok) {
        dropEntry(entry);
        announce('care-delivered', event);
      } else {
        const wait = retryDelay(status, entry.attempts, retryAfter, answeredAt, Math.random());
        if (wait < 0) giveUp(entry, status, reason);
        else {
          entry.retryAt = answeredAt + wait;
          entry.reason = reason;
          delete entry.claimedUntil;
          saveEntry(entry);
        }
      }
      pump();
    });
  inFlight.add(attempt);
  return true;
}

function giveUp(entry: OutboxEntry, status: number, reason: string): void {
  const { event, endpoint = 'the transport' } = entry;
  dropEntry(entry);
  reportError(`gave up ${event.type} ${event.id} to ${endpoint}: ${reason}.`, false);
  announceFailure(event, status, reason);
}

const announceFailure = (event: CareCloudEvent, status: number, reason: string): void =>
  announce('care-delivery-failed', event, { status, reason });

/** Tells `window` what became of an event: `care-delivered`, or `care-delivery-failed` with `failure`. */
function announce(name: keyof WindowEventMap, { id, type }: CareCloudEvent, failure?: Pick<DeliveryFailedDetail, 'status' | 'reason'>): void {
  dispatchEvent(new CustomEvent<DeliveredDetail>(name, { detail: { id, type, ...failure } }));
}

/**
 * The moments the outbox is worked through besides a new event: shortly after the library has loaded (what an
 * earlier visit left, see LEFTOVERS_DELAY_MS) and when the browser is back online; for the last time when the page is hidden or left
 * (`visibilitychange` to hidden, the last event a mobile browser reliably fires, and `pagehide`). Never
 * `unload`: a page with an unload listener is kept out of the back/forward cache, and mobile browsers often skip
 * it anyway. Server rendering has no page to watch.
 */
if (globalThis.document) {
  addEventListener('online', pump);
  addEventListener('pagehide', () => sweep(true));
  document.addEventListener('visibilitychange', () => document.hidden && sweep(true));
  setTimeout(() => outbox()[0] && pump(), LEFTOVERS_DELAY_MS);
  explainPolicyBlocks();
}

declare global {
  interface WindowEventMap {
    'care-delivered': CustomEvent<DeliveredDetail>;
    'care-delivery-failed': CustomEvent<DeliveryFailedDetail>;
  }
}
