/**
 * A token bucket per client: each client may send `perMinute` events a minute, in bursts of up to that many,
 * refilled evenly. Memory is bounded: clients whose bucket is full again are forgotten when the table grows.
 */
export interface RateLimit {
  /** Events one client may send per minute. */
  perMinute: number;
}

/** Clients tracked at once before the full buckets are swept (a full bucket is the same as no entry). */
const MAX_TRACKED_CLIENTS = 100_000;
const MS_PER_MINUTE = 60_000;

export interface RateLimiter {
  /** 0 when the client may go on, else the whole seconds until it may send again. */
  take(client: string): number;
}

export function createRateLimiter({ perMinute }: RateLimit, now: () => number = Date.now): RateLimiter {
  if (!(perMinute > 0)) throw new Error(`care-feedback receiver: rateLimit.perMinute must be a positive number, not ${perMinute}`);
  const tokensPerMs = perMinute / MS_PER_MINUTE;
  const buckets = new Map<string, { tokens: number; at: number }>();

  const refilled = (bucket: { tokens: number; at: number }, time: number) =>
    Math.min(perMinute, bucket.tokens + (time - bucket.at) * tokensPerMs);

  function sweep(time: number) {
    for (const [client, bucket] of buckets) if (refilled(bucket, time) >= perMinute) buckets.delete(client);
    // Still too many (a flood of distinct clients): forget the oldest; they start again with a full bucket.
    for (const client of buckets.keys()) {
      if (buckets.size <= MAX_TRACKED_CLIENTS / 2) break;
      buckets.delete(client);
    }
  }

  return {
    take(client) {
      const time = now();
      const bucket = buckets.get(client) ?? { tokens: perMinute, at: time };
      bucket.tokens = refilled(bucket, time);
      bucket.at = time;
      if (bucket.tokens < 1) return Math.max(1, Math.ceil((1 - bucket.tokens) / tokensPerMs / 1000));
      bucket.tokens -= 1;
      if (!buckets.has(client) && buckets.size >= MAX_TRACKED_CLIENTS) sweep(time);
      buckets.set(client, bucket);
      return 0;
    },
  };
}
