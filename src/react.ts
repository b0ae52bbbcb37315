/**
 * `care-feedback/react`: the three elements as React components with typed camelCase props and event props
 * (`<CareRating surveyId="checkout" scale="nps" onCareRate={(e) => e.detail.value} />`), for React 18 and 19.
 * The listeners are attached by the component (with @lit/react), so they work after hydration in server
 * rendered apps too (Next.js), where React itself may not attach a custom element's listener. Importing it
 * registers the elements in the browser and also types the raw tags in JSX (`<care-rating oncare-rate=…>`).
 */
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CareRating as CareRatingElement } from './components/rating/rating.js';
import { CareComment as CareCommentElement } from './components/comment/comment.js';
import { CareFeedback as CareFeedbackElement } from './components/feedback/feedback.js';
import type { CommentData, CompleteDetail, DismissedData, RatingData, ShownData } from './types.js';
import type {
  CareCommentAttributes, CareCommentEvents, CareFeedbackAttributes, CareFeedbackEvents, CareRatingAttributes,
  CareRatingEvents, ListenerProps,
} from './frameworks/tags.js';

export const CareRating = createComponent({
  tagName: 'care-rating',
  elementClass: CareRatingElement,
  react: React,
  events: {
    onCareRate: 'care-rate' as EventName<CustomEvent<RatingData>>,
    onChange: 'change',
  },
  displayName: 'CareRating',
});

export const CareComment = createComponent({
  tagName: 'care-comment',
  elementClass: CareCommentElement,
  react: React,
  events: { onCareComment: 'care-comment' as EventName<CustomEvent<CommentData>> },
  displayName: 'CareComment',
});

export const CareFeedback = createComponent({
  tagName: 'care-feedback',
  elementClass: CareFeedbackElement,
  react: React,
  events: {
    onCareShow: 'care-show' as EventName<CustomEvent<ShownData>>,
    onCareRate: 'care-rate' as EventName<CustomEvent<RatingData>>,
    onCareComment: 'care-comment' as EventName<CustomEvent<CommentData>>,
    onCareDismiss: 'care-dismiss' as EventName<CustomEvent<DismissedData>>,
    onCareComplete: 'care-complete' as EventName<CustomEvent<CompleteDetail>>,
  },
  displayName: 'CareFeedback',
});

export * from './client.js';
export type { CareEventMap } from './events.js';

/**
 * Listener props on a raw tag (`oncare-rate`) exist from React 19 on; React 18 drops them silently, so with
 * React 18's types they do not type-check either (use the components, or a ref). React 19's types are the
 * ones with `use()`.
 */
type RawTagListeners<Events> = typeof React extends { use: unknown } ? ListenerProps<Events> : unknown;

/** A raw tag in JSX: React's own props for the element, its attributes, and a typed listener per event. */
type Tag<Element extends HTMLElement, Attributes, Events> = React.DetailedHTMLProps<React.HTMLAttributes<Element>, Element> &
  Attributes & RawTagListeners<Events>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'care-rating': Tag<CareRatingElement, CareRatingAttributes, CareRatingEvents>;
      'care-comment': Tag<CareCommentElement, CareCommentAttributes, CareCommentEvents>;
      'care-feedback': Tag<CareFeedbackElement, CareFeedbackAttributes, CareFeedbackEvents>;
    }
  }
}
