import type { CareCloudEvent, FeedbackDataByType, FeedbackEventType } from '../types.js';
import { eventSource } from '../core/config.js';
import { newId } from '../core/ids.js';
import { wellFormed } from '../core/wire-limits.js';

/** Wraps event data in a CloudEvents 1.0 structured-mode envelope, with a fresh id that retries keep. */
export const createCloudEvent = <T extends FeedbackEventType>(type: T, data: FeedbackDataByType[T]): CareCloudEvent<T> => ({
  specversion: '1.0',
  id: newId(),
  // A configured source is host text: sent as a store can keep it (see wellFormed).
  source: wellFormed(eventSource()),
  type,
  subject: data.surveyId,
  time: new Date().toISOString(),
  datacontenttype: 'application/json',
  data,
});

/** Bytes of `body` as UTF-8, the encoding it is sent in (a Blob encodes strings as UTF-8, as TextEncoder does). */
export const serializedSize = (body: string): number => new Blob([body]).size;
