/**
 * The receiver's metrics in the Prometheus text format (prom-client), in a registry of its own, so two
 * receivers in one process do not mix and the host's default registry is left alone. Counts and gauges are
 * plain numbers on the request path, handed to prom-client when scraped (`collect`): its labelled `inc` cost a
 * visible share of a busy receiver's CPU. The duration histogram is unlabelled, for POSTs only (the events).
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds: from a lone commit (~1 ms) to the store's statement timeout. */
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Only the methods the receiver knows, so a client cannot grow the label set without bound. */
const KNOWN_METHODS = new Set(['POST', 'OPTIONS', 'GET', 'HEAD']);

export interface ReceiverMetrics {
  answered(method: string, status: number, seconds: number): void;
  event(outcome: 'stored' | 'duplicate' | 'refused'): void;
  storeUp(up: boolean): void;
  inFlight(requests: number): void;
  queued(events: number): void;
  text(): Promise<string>;
  contentType: string;
}

export function createMetrics(): ReceiverMetrics {
  const answers = new Map<string, { method: string; status: string; count: number }>();
  const outcomes = { stored: 0, duplicate: 0, refused: 0 };
  const now = { up: 1, inFlight: 0, queued: 0 };

  const registry = new Registry();
  const requests: Counter<'method' | 'status'> = new Counter({
    name: 'care_feedback_requests_total',
    help: 'Requests answered, by method and status',
    labelNames: ['method', 'status'] as const,
    registers: [registry],
    collect() {
      // A counter can only be increased: set to the totals by starting from zero on each scrape.
      requests.reset();
      for (const { method, status, count } of answers.values()) requests.inc({ method, status }, count);
    },
  });
  const events: Counter<'outcome'> = new Counter({
    name: 'care_feedback_events_total',
    help: 'Events received, by outcome: stored, duplicate (stored before), refused (invalid)',
    labelNames: ['outcome'] as const,
    registers: [registry],
    collect() {
      events.reset();
      for (const [outcome, count] of Object.entries(outcomes)) events.inc({ outcome }, count);
    },
  });
  const postDuration = new Histogram({
    name: 'care_feedback_request_duration_seconds',
    help: 'Time from an event\'s POST to its answer',
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({ name, help, registers: [registry], collect() { this.set(read()); } });
  gauge('care_feedback_store_up', '1 while the store answers, 0 during an outage', () => now.up);
  gauge('care_feedback_requests_in_flight', 'Requests being answered now', () => now.inFlight);
  gauge('care_feedback_store_queue', 'Events waiting for the store now', () => now.queued);

  return {
    answered(method, status, seconds) {
      const label = KNOWN_METHODS.has(method) ? method : 'other';
      const key = `${label} ${status}`;
      const entry = answers.get(key);
      if (entry) entry.count++;
      else answers.set(key, { method: label, status: String(status), count: 1 });
      if (label === 'POST') postDuration.observe(seconds);
    },
    event: (outcome) => void outcomes[outcome]++,
    storeUp: (isUp) => void (now.up = isUp ? 1 : 0),
    inFlight: (count) => void (now.inFlight = count),
    queued: (count) => void (now.queued = count),
    text: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
