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

export interface CloudEventsSinkOptions extends SinkOptions {
  /** Which answers; default `'all'` (every event, shown and dismissed too). */
  when?: When;
  /** Requests at once; default 8. */
  concurrency?: number;
}

export function cloudEventsSink(url: string, options: CloudEventsSinkOptions = {}): Sink<CareCloudEvent, unknown> {
  const when = options.when ?? 'all';
  return {
    name: options.name ?? sinkName('cloudevents', url),
    startAt: options.startAt ?? 'beginning',
    concurrency: options.concurrency ?? 8,
    plan: (events, state, now) => {
      const { events: kept, state: bands } = filterEvents(events, state as Record<string, { band: Band; at: number }>, now, when);
      return { messages: kept, state: bands };
    },
    send: (event) => postTo(url, JSON.stringify(event), CLOUDEVENTS_CONTENT_TYPE, options),
  };
}
