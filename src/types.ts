/**
 * Public data shapes. Each `*Data` interface is exactly the `data` of the CloudEvent that is sent and the
 * `detail` of the DOM event that is fired; `schemas/*.v1.json` describe the same shapes for servers.
 */

/** A value the host copies into every event through `configure({ context })`. */
export type ContextValue = string | number | boolean;

/** Host context: flat, primitive values only, so every receiver can store it as columns. */
export type FeedbackContext = Record<string, ContextValue>;

export type RatingScale = 'nps' | 'stars' | 'emoji' | 'numbers' | 'thumbs';
export type FeedbackMode = 'inline' | 'popover' | 'tab';
export type FeedbackTrigger = 'load' | 'delay' | 'scroll' | 'exit' | 'event' | 'manual';
export type FeedbackStage = 'rating' | 'comment' | 'thanks';

/** Fields shared by every event's data. */
export interface BaseData {
  surveyId: string;
  responseId: string;
  /** The language the element spoke when answered: the closest `lang` (BCP 47) when built in or registered, else `en`. */
  locale: string;
  context: FeedbackContext;
}

/** `care.feedback.rating.v1` */
export interface RatingData extends BaseData {
  scale: RatingScale;
  value: number;
  min: number;
  max: number;
  question: string;
}

/** `care.feedback.comment.v1` */
export interface CommentData extends BaseData {
  /** The trimmed, redacted text; empty only when reasons were chosen. */
  text: string;
  question: string;
  /**
   * The keys (or, without a key, the labels) of the chosen reasons, in the order shown: absent when none were
   * offered, `[]` when offered and none chosen.
   */
  reasons?: string[];
}

/** `care.feedback.shown.v1` */
export interface ShownData extends BaseData {
  mode: FeedbackMode;
  trigger: FeedbackTrigger;
}

/** `care.feedback.dismissed.v1` */
export interface DismissedData extends BaseData {
  stage: FeedbackStage;
}

/** The `care-complete` detail: the whole conversation once the visitor reached the thanks. */
export interface CompleteDetail {
  surveyId: string;
  responseId: string;
  rating: RatingData;
  comment?: CommentData;
}

export interface FeedbackDataByType {
  'care.feedback.rating.v1': RatingData;
  'care.feedback.comment.v1': CommentData;
  'care.feedback.shown.v1': ShownData;
  'care.feedback.dismissed.v1': DismissedData;
}

export type FeedbackEventType = keyof FeedbackDataByType;

/** A CloudEvents 1.0 event in structured mode, as POSTed to the endpoint. */
export interface CareCloudEvent<T extends FeedbackEventType = FeedbackEventType> {
  specversion: '1.0';
  id: string;
  source: string;
  type: T;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  data: FeedbackDataByType[T];
}

/** `care-delivered` on `window`. */
export interface DeliveredDetail {
  id: string;
  type: FeedbackEventType;
}

/** `care-delivery-failed` on `window`, when an event is given up. */
export interface DeliveryFailedDetail extends DeliveredDetail {
  /** HTTP status, or 0 when no answer came (network error, refused endpoint, transport threw). */
  status: number;
  reason: string;
}
