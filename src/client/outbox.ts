import type { CareCloudEvent } from '../types.js';
import { readStored, removeStored, storedKeys, writeStored } from '../core/storage.js';

/** One event waiting for a 2xx, as kept in `localStorage` (`care-feedback:outbox:<id>`). */
export interface OutboxEntry {
  event: CareCloudEvent;
  /** Where it goes, resolved and checked when it was enqueued; absent when the host's `transport` delivers it. */
  endpoint?: string;
  /** Attempts started so far. */
  attempts: number;
  /** Not sent before this time (ms since 1970): the backoff, or the server's `Retry-After`. */
  retryAt?: number;
  /** While a tab sends it: until when (ms since 1970) that tab's claim holds unless it renews it. */
  claimedUntil?: number;
  /** Why the last attempt failed, e.g. `HTTP 503`. */
  reason?: string;
}

/** The contract's cap; beyond it the oldest event goes. */
export const MAX_OUTBOX = 100;
const KEY = 'outbox:';

/**
 * Every pending event, oldest first: a snapshot, read afresh from storage, so changing it changes nothing.
 * Each event has a key of its own, so a tab writing one event can never overwrite another tab's new one.
 */
export function outbox(): OutboxEntry[] {
  return storedKeys(KEY)
    .map((key) => readStored<OutboxEntry>(key))
    // Only what this library wrote: an event with an id and data with its response (junk another script left, or
    // a `data` of null, is passed over rather than stopping the sweep).
    .filter((entry): entry is OutboxEntry => typeof entry?.event?.id === 'string' && typeof entry.event.data?.responseId === 'string')
    .sort((a, b) => (a.event.time < b.event.time ? -1 : 1));
}

/** One entry as stored now (another tab may have claimed, sent or dropped it since a snapshot was taken). */
export const storedEntry = (entry: OutboxEntry): OutboxEntry | undefined => readStored(KEY + entry.event.id);

export const saveEntry = (entry: OutboxEntry): void => writeStored(KEY + entry.event.id, entry);

export const dropEntry = (entry: OutboxEntry): void => removeStored(KEY + entry.event.id);
