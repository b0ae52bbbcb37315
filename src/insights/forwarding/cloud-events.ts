/**
 * `cloudEventsSink(url)`: each stored event POSTed unchanged in the CloudEvents HTTP binding, structured mode
 * (the body is the event, `application/cloudevents+json`), which Knative Eventing brokers, Azure Event Grid,
 * Argo Events and Kafka bridges take as it is. Each event keeps its `source` + `id`, so a broker can dedupe the
 * copies that at-least-once may send.
 */
import type { CareCloudEvent } from '../../types.js';
import type { Band, When } from './bands.js';
import { filterEvents } from './answers.js';
import { postTo, sinkName, type Sink, type SinkOptions } from './sink.js';

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json; charset=utf-8';
export const CLOUDEVENTS_BATCH_CONTENT_TYPE = 'application/cloudevents-batch+json; charset=utf-8';

export interface CloudEventsSinkOptions extends SinkOptions {
  /** Which answers; default `'all'` (every event, shown and dismissed too). */
  when?: When;
  /** Requests at once; default 8. */
  concurrency?: number;
  /**
   * Up to this many events per request in the binding's batched mode (`application/cloudevents-batch+json`, a
   * JSON array of the events, unchanged), for brokers that take it (Azure Event Grid): a tenth of the requests.
   * Default: one event per request (structured mode), which every broker takes.
   */
  batch?: number;
}

export function cloudEventsSink(url: string, options: CloudEventsSinkOptions = {}): Sink<CareCloudEvent | CareCloudEvent[], unknown> {
  const when = options.when ?? 'all';
  const batch = options.batch ?? 0;
  return {
    name: options.name ?? sinkName('cloudevents', url),
    startAt: options.startAt ?? 'beginning',
    concurrency: options.concurrency ?? 8,
    plan: (events, state, now) => {
      const { events: kept, state: bands } = filterEvents(events, state as Record<string, { band: Band; at: number }>, now, when);
      if (batch < 1) return { messages: kept, state: bands };
      const batches: CareCloudEvent[][] = [];
      for (let i = 0; i < kept.length; i += batch) batches.push(kept.slice(i, i + batch));
      return { messages: batches, state: bands };
    },
    send: (message) =>
      postTo(url, JSON.stringify(message), Array.isArray(message) ? CLOUDEVENTS_BATCH_CONTENT_TYPE : CLOUDEVENTS_CONTENT_TYPE, options),
  };
}
