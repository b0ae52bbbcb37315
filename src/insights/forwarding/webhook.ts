/**
 * `webhookSink(url, { when, digest })`: each event (that `when` lets through) POSTed as JSON, the stored
 * CloudEvent as the body; or, with `digest: 'daily'`, one JSON summary a day instead.
 */
import type { CareCloudEvent } from '../../types.js';
import type { Band, When } from './bands.js';
import { filterEvents, type Digest } from './answers.js';
import { planAnswers } from './digest-sink.js';
import { postTo, sinkName, type Sink, type SinkOptions } from './sink.js';

export interface WebhookSinkOptions extends SinkOptions {
  /** Which answers: `'negative'`, `['negative', 'neutral']`, a function of the band; default `'all'`. */
  when?: When;
  /** `'daily'`: one summary a day (JSON, below) instead of one request an event. */
  digest?: 'daily';
  /** Requests at once; default 8. */
  concurrency?: number;
}

/** The body of a daily digest. */
export interface DigestBody {
  type: 'care.feedback.digest';
  from: string;
  until: string;
  surveys: Digest['surveys'][string][];
}

export function webhookSink(url: string, options: WebhookSinkOptions = {}): Sink<unknown, unknown> {
  const when = options.when ?? 'all';
  const post = (body: unknown) => postTo(url, JSON.stringify(body), 'application/json', options);
  const common = { name: options.name ?? sinkName('webhook', url), startAt: options.startAt ?? 'beginning', send: post };
  if (options.digest) {
    const plan = planAnswers({ when, digest: options.digest }, {
      answer: () => undefined, // a digest sends no answer alone
      digest: (digest): DigestBody => ({
        type: 'care.feedback.digest',
        from: new Date(digest.from).toISOString(),
        until: new Date(digest.until).toISOString(),
        surveys: Object.values(digest.surveys),
      }),
    });
    return { ...common, concurrency: 1, plan: plan as Sink['plan'] };
  }
  return {
    ...common,
    concurrency: options.concurrency ?? 8,
    plan: (events: CareCloudEvent[], state: unknown, now: number) => {
      const { events: kept, state: bands } = filterEvents(events, state as Record<string, { band: Band; at: number }>, now, when);
      return { messages: kept, state: bands };
    },
  };
}
