import { configure } from '../../src/client.js';
import type { CareCloudEvent } from '../../src/types.js';

/** One request as the test collector (tests/support/test-collector.mjs) received it. */
export interface ReceivedRequest {
  headers: { contentType: string; cookie: string | null; origin: string | null };
  body: CareCloudEvent;
  schemaErrors: string[];
}

let bucketCount = 0;

/**
 * A fresh endpoint on the test server. It is on 127.0.0.1 while the page is on localhost, so every request
 * is cross-origin and goes through a real CORS preflight, as it would on a partner site.
 */
export function newEndpoint(query = ''): { endpoint: string; bucket: string } {
  const bucket = `b${Date.now().toString(36)}${(bucketCount++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return { endpoint: `http://127.0.0.1:${location.port}/collect/${bucket}${query}`, bucket };
}

export async function received(bucket: string): Promise<ReceivedRequest[]> {
  const response = await fetch(`/collect/${bucket}`);
  return response.json();
}

/** Polls the collector until `count` requests arrived (or fails after `timeout` ms). */
export async function waitForRequests(bucket: string, count: number, timeout = 3000): Promise<ReceivedRequest[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const requests = await received(bucket);
    if (requests.length >= count) return requests;
    if (Date.now() > deadline) throw new Error(`expected ${count} requests in ${bucket}, got ${requests.length}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Waits a little and returns whatever arrived, for tests that prove nothing was sent. */
export async function settle(bucket: string, ms = 300): Promise<ReceivedRequest[]> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  return received(bucket);
}

/** Resets the global configuration between tests. */
export function resetConfig(): void {
  configure({ endpoint: undefined, source: undefined, context: {}, transport: undefined, storage: 'local', quietDays: 0, redact: [] });
}

/** Records console errors and warnings (still printing them) until `restore()`. */
export function captureConsole() {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
  };
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  return {
    errors,
    warnings,
    restore() {
      console.error = error;
      console.warn = warn;
    },
  };
}

/** Records every event of these names that reaches `document`. */
export function listenOnDocument<T = unknown>(...names: string[]) {
  const events: CustomEvent<T>[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent<T>);
  for (const name of names) document.addEventListener(name, listener);
  return {
    events,
    stop: () => names.forEach((name) => document.removeEventListener(name, listener)),
  };
}

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
