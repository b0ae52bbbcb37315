import type { CareCloudEvent } from '../types.js';

/**
 * What every store is: `put` keeps an event once per `source` + `id`. The receiver and each store import this
 * module, never each other, so a store can be written (and read) without the receiver's entry.
 */
export interface Store {
  put(event: CareCloudEvent): Promise<'stored' | 'duplicate'>;
  /** Resolves while the store can store, throws while it cannot: the receiver's health (`GET`). Optional. */
  ping?(): Promise<void>;
  /** Writes what it holds and lets go of its connections: called by the receiver's `close()`. Optional. */
  close?(): Promise<void>;
}

/**
 * Thrown by a store that cannot store right now (its database is down): the receiver answers 503 with
 * `Retry-After`, and the browser keeps the event and tries again (§6).
 */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

/** Thrown by a store for one event it can never keep (its database refuses the values): answered 400. */
export class StoreRejectedError extends Error {
  override name = 'StoreRejectedError';
}
