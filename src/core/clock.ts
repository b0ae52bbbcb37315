/** Milliseconds in a second and in a day, for the durations the library counts. */
export const SECOND_MS = 1000;
export const DAY_MS = 24 * 3600 * SECOND_MS;

/**
 * The time the asking rules read: the delay trigger, cooldowns, quiet days and the pause before a finished
 * card closes. Tests replace `now` and `later` (an injected clock) instead of waiting.
 */
export const clock = {
  /** Milliseconds since the epoch. */
  now: () => Date.now(),
  /** Calls `callback` after `ms`; returns a function that cancels it. */
  later(ms: number, callback: () => void): () => void {
    const id = setTimeout(callback, ms);
    return () => clearTimeout(id);
  },
};
