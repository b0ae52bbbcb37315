import type { CareCloudEvent, DeliveredDetail, DeliveryFailedDetail, FeedbackDataByType, FeedbackEventType } from '../types.js';
import { reportError, reportWarning } from '../internal/log.js';
import { checkEndpoint, currentConfig, describe } from './config.js';
import { createCloudEvent, MAX_EVENT_BYTES, serializedSize } from './envelope.js';
import { postEvent, type AttemptResult } from './http.js';

export interface SendOptions {
  /** An element's own `endpoint`, which wins over the global one. */
  endpoint?: string | null;
  /** Names the sender in console messages, e.g. `<care-rating>`. */
  who?: string;
}

/** Deliveries still waiting for an answer, so `flush()` can wait for them. */
const pending = new Set<Promise<void>>();

/**
 * Turns event data into a CloudEvent and delivers it: through the host's `transport` when one is configured,
 * otherwise by POSTing it to the element's or the global endpoint. Never throws; the outcome is told on
 * `window` as `care-delivered` or `care-delivery-failed`.
 */
export function sendFeedbackEvent<T extends FeedbackEventType>(
  type: T,
  data: FeedbackDataByType[T],
  options: SendOptions = {}
): CareCloudEvent<T> {
  const event = createCloudEvent(type, data);
  const delivery = deliver(event, options).catch((error) => reportError(`delivery of ${event.id} failed unexpectedly: ${error}`, false));
  pending.add(delivery);
  delivery.finally(() => pending.delete(delivery));
  return event;
}

/** Resolves once every delivery started so far has its answer. */
export async function flush(): Promise<void> {
  while (pending.size) await Promise.allSettled([...pending]);
}

async function deliver(event: CareCloudEvent, { endpoint: ownEndpoint, who = 'care-feedback' }: SendOptions): Promise<void> {
  const body = JSON.stringify(event);
  if (serializedSize(body) > MAX_EVENT_BYTES) {
    reportError(`${who} event ${event.type} is ${serializedSize(body)} bytes, over the ${MAX_EVENT_BYTES}-byte limit; it is not sent.`, false);
    return announceFailure(event, { ok: false, status: 0, reason: 'too large' });
  }
  const { transport, endpoint: globalEndpoint } = currentConfig();
  if (transport) {
    try {
      await transport(event);
      return announceDelivered(event);
    } catch (error) {
      reportError(`${who} transport failed for ${event.type} ${event.id}: ${describe(String(error))}.`, false);
      return announceFailure(event, { ok: false, status: 0, reason: `transport failed: ${error}` });
    }
  }
  const endpoint = ownEndpoint ? checkEndpoint(ownEndpoint, who) : globalEndpoint;
  if (endpoint === null) return announceFailure(event, { ok: false, status: 0, reason: 'endpoint refused' });
  if (!endpoint) {
    reportWarning(
      'no endpoint is configured, so events are dispatched in the page but not sent. Set one with configure({ endpoint }), data-endpoint on the script tag, or an endpoint attribute.'
    );
    return;
  }
  const result = await postEvent(event, endpoint, body);
  if (result.ok) return announceDelivered(event);
  reportError(`${who} could not deliver ${event.type} ${event.id} to ${endpoint}: ${result.reason}.`, false);
  announceFailure(event, result);
}

function announceDelivered(event: CareCloudEvent): void {
  dispatchOnWindow<DeliveredDetail>('care-delivered', { id: event.id, type: event.type });
}

function announceFailure(event: CareCloudEvent, result: AttemptResult): void {
  dispatchOnWindow<DeliveryFailedDetail>('care-delivery-failed', {
    id: event.id,
    type: event.type,
    status: result.status,
    reason: result.reason,
  });
}

function dispatchOnWindow<T>(name: string, detail: T): void {
  globalThis.dispatchEvent?.(new CustomEvent(name, { detail }));
}

declare global {
  interface WindowEventMap {
    'care-delivered': CustomEvent<DeliveredDetail>;
    'care-delivery-failed': CustomEvent<DeliveryFailedDetail>;
  }
}
