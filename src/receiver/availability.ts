/**
 * Whether the store answers, as the receiver last saw it, and the two log lines an operator needs: one when an
 * outage starts (with its first reason) and one when it ends (how long, how many requests were refused) —
 * never one per request, so a long outage does not flood the log and a short one is not missed.
 */
export interface ReceiverLog {
  error(...values: unknown[]): void;
  info(...values: unknown[]): void;
}

export interface Availability {
  readonly up: boolean;
  /** The store answered. */
  succeeded(): void;
  /** The store could not store (or answer the health check); `reason` is logged if this starts an outage. */
  failed(reason: unknown): void;
}

const PREFIX = 'care-feedback receiver:';

export function trackAvailability(log: ReceiverLog, onChange: (up: boolean) => void = () => {}): Availability {
  let up = true;
  let downSince = 0;
  let refused = 0;
  return {
    get up() {
      return up;
    },
    succeeded() {
      if (up) return;
      up = true;
      const seconds = ((Date.now() - downSince) / 1000).toFixed(1);
      log.info(`${PREFIX} the store is available again after ${seconds} s (${refused} requests answered 503 meanwhile)`);
      onChange(true);
    },
    failed(reason) {
      if (!up) {
        refused++;
        return;
      }
      up = false;
      downSince = Date.now();
      refused = 1;
      // Only the message: a store's "cannot connect" is expected operations, not a bug to trace.
      const message = reason instanceof Error ? reason.message : String(reason);
      log.error(`${PREFIX} the store is unavailable (${message}); answering 503 with Retry-After until it is back`);
      onChange(false);
    },
  };
}
