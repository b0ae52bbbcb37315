/**
 * The receiver's metrics in the Prometheus text format (prom-client), in a registry of its own, so two
 * receivers in one process do not mix and the host's default registry is left alone.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds: from a lone commit (~1 ms) to the store's statement timeout. */
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

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
  const registry = new Registry();
  const requests = new Counter({
    name: 'care_feedback_requests_total',
    help: 'Requests answered, by method and status',
    labelNames: ['method', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'care_feedback_request_duration_seconds',
    help: 'Time from a request to its answer, by method',
    labelNames: ['method'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const events = new Counter({
    name: 'care_feedback_events_total',
    help: 'Events received, by outcome: stored, duplicate (stored before), refused (invalid)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const up = new Gauge({ name: 'care_feedback_store_up', help: '1 while the store answers, 0 during an outage', registers: [registry] });
  const inFlight = new Gauge({ name: 'care_feedback_requests_in_flight', help: 'Requests being answered now', registers: [registry] });
  const queued = new Gauge({ name: 'care_feedback_store_queue', help: 'Events waiting for the store now', registers: [registry] });
  up.set(1);
  // Only the methods the receiver knows, so a client cannot grow the label set without bound.
  const knownMethod = (method: string) => (['POST', 'OPTIONS', 'GET', 'HEAD'].includes(method) ? method : 'other');
  return {
    answered(method, status, seconds) {
      const label = knownMethod(method);
      requests.inc({ method: label, status: String(status) });
      duration.observe({ method: label }, seconds);
    },
    event: (outcome) => events.inc({ outcome }),
    storeUp: (isUp) => up.set(isUp ? 1 : 0),
    inFlight: (count) => inFlight.set(count),
    queued: (count) => queued.set(count),
    text: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
