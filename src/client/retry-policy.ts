import { DAY_MS, SECOND_MS } from '../core/clock.js';

/**
 * When to try an event again, as a pure function of what the last attempt came to, so the arithmetic is
 * tested with a fixed clock and a fixed random number instead of real waiting.
 */

/** An event is given up after this many attempts... */
export const MAX_ATTEMPTS = 10;
/** ...or once it is this old (ms). */
export const MAX_AGE = DAY_MS;
/** A server's Retry-After is honoured up to this many ms, so a typo on the server cannot park events for days. */
export const MAX_RETRY_AFTER = 300 * SECOND_MS;
/** The wait after a 429 that names no time. */
const TOO_MANY_REQUESTS_WAIT = 60 * SECOND_MS;
/** Backoff doubles from the first step up to this many steps' worth: 1 s, 2 s, … 60 s. */
const MAX_BACKOFF_STEPS = 60;
/** Server errors that another try will not change (contract §6): Not Implemented, HTTP Version Not Supported, Network Authentication Required. */
const FINAL_SERVER_ERRORS = [501, 505, 511];

/**
 * The first backoff step in ms. Tests shorten it (the contract's is 1 s); it is not part of the public API.
 */
export const backoff = { base: SECOND_MS };

/**
 * Milliseconds to wait before the next attempt, or -1 when the event is given up.
 *
 * @param status the last answer's HTTP status; 0 when none came (network error, CSP, a rejecting transport)
 * @param attempts attempts made so far, the last one included
 * @param retryAfter the last answer's `Retry-After` header, if the server sent (and exposed) one
 * @param now the current time in ms
 * @param random a number in [0, 1) for the ±25 % jitter that keeps many visitors from retrying in step
 */
export function retryDelay(status: number, attempts: number, retryAfter: string | null | undefined, now: number, random: number): number {
  // Network errors (0), Request Timeout (408), Too Many Requests (429) and 5xx may pass; any other 4xx will not.
  const retryable = !status || status === 408 || status === 429 || (status >= 500 && !FINAL_SERVER_ERRORS.includes(status));
  if (!retryable || attempts >= MAX_ATTEMPTS) return -1;
  // Seconds, or an HTTP date.
  const asked = retryAfter ? (isNaN(+retryAfter) ? Date.parse(retryAfter) - now : +retryAfter * SECOND_MS) : NaN;
  // A date in the past means "now"; an unreadable value is ignored. A 429 that names no time gets a minute.
  if (!isNaN(asked)) return Math.min(Math.max(asked, 0), MAX_RETRY_AFTER);
  if (status === 429) return TOO_MANY_REQUESTS_WAIT;
  return Math.min(MAX_BACKOFF_STEPS * backoff.base, backoff.base * 2 ** (attempts - 1)) * (0.75 + random / 2);
}
