import type { CommentData, CompleteDetail, DismissedData, RatingData, ShownData } from './types.js';

/**
 * Typed DOM events, so `el.addEventListener('care-rate', (e) => e.detail.value)` type-checks without a cast,
 * on any element — also the `Element` that `querySelector('#id')` gives — and on `document`, where a host
 * usually listens (the events bubble and are composed).
 */
export interface CareEventMap {
  /** A rating was committed; cancelable: `preventDefault()` keeps it from being sent. */
  'care-rate': CustomEvent<RatingData>;
  /** A comment was submitted; cancelable: `preventDefault()` keeps it from being sent. */
  'care-comment': CustomEvent<CommentData>;
  /** A `<care-feedback>` card became visible. */
  'care-show': CustomEvent<ShownData>;
  /** The visitor closed a `<care-feedback>` card. */
  'care-dismiss': CustomEvent<DismissedData>;
  /** A `<care-feedback>` conversation reached its thanks. */
  'care-complete': CustomEvent<CompleteDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ElementEventMap extends CareEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends CareEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends CareEventMap {}
}
