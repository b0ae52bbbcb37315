import type { BaseData, FeedbackDataByType, FeedbackEventType } from '../types.js';
import { currentConfig } from '../client/config.js';
import { sendFeedbackEvent } from '../client/delivery.js';

/** The fields every event's data starts with; `context` is copied so later configure() calls don't alter it. */
export function baseData(surveyId: string, responseId: string, locale: string): BaseData {
  return { surveyId, responseId, locale, context: Object.freeze({ ...currentConfig().context }) };
}

interface EmitOptions {
  cancelable?: boolean;
  endpoint?: string;
}

/**
 * Fires the DOM event and, unless the host cancelled it, sends the same data as a CloudEvent. The data is
 * frozen so the `detail` a listener sees is exactly what is sent. Returns false when the host cancelled.
 */
export function emitFeedbackEvent<T extends FeedbackEventType>(
  host: HTMLElement,
  domEventName: string,
  type: T,
  data: FeedbackDataByType[T],
  { cancelable = false, endpoint }: EmitOptions = {}
): boolean {
  Object.freeze(data);
  const notCancelled = host.dispatchEvent(
    new CustomEvent(domEventName, { detail: data, bubbles: true, composed: true, cancelable })
  );
  if (notCancelled) sendFeedbackEvent(type, data, { endpoint, who: `<${host.localName}>` });
  return notCancelled;
}
