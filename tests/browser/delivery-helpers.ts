import type { RatingData } from '../../src/types.js';
import type { OutboxEntry } from '../../src/client/outbox.js';
import { backoff } from '../../src/client/retry-policy.js';
import { received, type ReceivedRequest } from './helpers.js';

/** One answer of the test collector's plan (see tests/support/test-collector.mjs). */
export type PlannedAnswer = { status?: number; retryAfter?: string | number; delay?: number; hang?: number; drop?: boolean };

/** A request as the collector recorded it, with its server time and what it was answered. */
export type Attempt = ReceivedRequest & { at: number; answer: number | 'hang' | 'drop' };

/** Scripts how the collector answers the bucket's next POSTs (and its CORS preflights). */
export async function plan(bucket: string, answers: PlannedAnswer[], preflightDelay = 0): Promise<void> {
  await fetch(`/collect/${bucket}/plan`, { method: 'PUT', body: JSON.stringify({ answers, preflightDelay }) });
}

export const attempts = (bucket: string) => received(bucket) as Promise<Attempt[]>;

/** Polls until `check()` returns something truthy, or fails after `timeout` ms. */
export async function until<T>(check: () => T | Promise<T>, what: string, timeout = 4000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const rating = (overrides: Partial<RatingData> = {}): RatingData => ({
  surveyId: 'checkout-nps', responseId: `r-${Math.random().toString(36).slice(2)}`, locale: 'en', context: {},
  scale: 'nps', value: 9, min: 0, max: 10, question: 'How likely are you to recommend us to a friend?',
  ...overrides,
});

const OUTBOX_PREFIX = 'care-feedback:outbox:';

/** Forgets every pending event, so one test's leftovers are not sent in the next. */
export function clearOutbox(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(OUTBOX_PREFIX)) localStorage.removeItem(key);
}

/** Writes an entry straight into storage, as another tab (or an earlier visit) would have left it. */
export function storeEntry(entry: OutboxEntry): void {
  localStorage.setItem(OUTBOX_PREFIX + entry.event.id, JSON.stringify(entry));
}

/** The contract's first backoff step is 1 s; the tests take 20 ms so that ten attempts fit in a test. */
export function fastBackoff(base = 20): () => void {
  const before = backoff.base;
  backoff.base = base;
  return () => void (backoff.base = before);
}

/**
 * Makes the page look offline (`navigator.onLine` false) or back online, firing `offline` / `online` as the
 * browser does. Real network loss is covered by the end-to-end tests (playwright's offline mode).
 */
export function setOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

/** Removes the Web Locks API, as on a plain http: page, until the returned function puts it back. */
export function withoutWebLocks(): () => void {
  Object.defineProperty(navigator, 'locks', { configurable: true, value: undefined });
  return () => void delete (navigator as { locks?: unknown }).locks;
}
