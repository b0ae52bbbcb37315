import type { OutboxEntry } from './outbox.js';

/**
 * Tabs of one site share the outbox. A tab claims an event in storage before sending it and renews the claim
 * while the request lasts; every tab (the claiming one too) leaves a claimed event alone. A tab that closed or
 * crashed stops renewing, so its claims lapse within CLAIM_MS and another tab takes its events over.
 */
export const CLAIM_MS = 1e4;

export const claimed = (entry: OutboxEntry, now: number): boolean => entry.claimedUntil! > now;

/**
 * Runs `claim` while no other tab runs its own: with the Web Locks API, reading the outbox and writing claims
 * is one step across tabs. Where it is missing (plain http: pages, old browsers) the claim alone keeps tabs
 * apart; tabs that wake together (the `online` event reaches all at once) start at random moments up to 0.1 s
 * apart, so each sees the claims the other wrote. Receivers still dedupe by `source` + `id` for the rare clash.
 */
export function whileOutboxLocked(claim: () => void): Promise<void> {
  const locks = globalThis.navigator?.locks;
  return locks
    ? locks.request('care-feedback:outbox', claim)
    : new Promise((resolve) => setTimeout(resolve, Math.random() * 100)).then(claim);
}
