import { SECOND_MS } from '../core/clock.js';
import type { OutboxEntry } from './outbox.js';

/**
 * Tabs of one site share the outbox. A tab claims an event in storage before sending it and renews the claim
 * while the request lasts; every tab (the claiming one too) leaves a claimed event alone. A tab that closed or
 * crashed stops renewing, so its claims lapse within CLAIM_MS and another tab takes its events over. Sweeps
 * of the outbox take turns across tabs: see `pump` in delivery.ts.
 */
export const CLAIM_MS = 10 * SECOND_MS;

export const claimed = (entry: OutboxEntry, now: number): boolean => entry.claimedUntil! > now;
