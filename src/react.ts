/**
 * `care-feedback/react`: the three elements as React components with typed camelCase props and event props
 * (`<CareRating surveyId="checkout" scale="nps" onCareRate={(e) => e.detail.value} />`), for React 18 and 19.
 * The listeners are attached by the component (with @lit/react), so they work after hydration in server
 * rendered apps too (Next.js), where React itself may not attach a custom element's listener. Importing it
 * registers the elements in the browser and also types the raw tags in JSX (`<care-rating oncare-rate=…>`).
 * On the server (Node resolves this entry to react.node.ts) the components render the elements into declarative
 * shadow DOM with their props as attributes; in the browser the elements wait (`defer-hydration`) until the
 * components have set their props and listeners after hydration.
 */
// First: the elements registered below wait for `defer-hydration` to go (server-rendered pages).
import './frameworks/defer-hydration.js';
import React from 'react';
import './components/rating/rating.js';
import './components/comment/comment.js';
import './components/feedback/feedback.js';
import type { CareRating as CareRatingElement } from './components/rating/rating.component.js';
import type { CareComment as CareCommentElement } from './components/comment/comment.component.js';
import type { CareFeedback as CareFeedbackElement } from './components/feedback/feedback.component.js';
import { careComponents } from './frameworks/react-components.js';
import type {
  CareCommentAttributes, CareCommentEvents, CareFeedbackAttributes, CareFeedbackEvents, CareRatingAttributes,
  CareRatingEvents, ListenerProps,
} from './frameworks/tags.js';

export const { CareRating, CareComment, CareFeedback } = careComponents();

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
