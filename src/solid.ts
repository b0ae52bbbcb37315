/**
 * `care-feedback/solid`: types the three tags in Solid's JSX, so tsc checks attribute values (`scale="nps"`) and
 * listeners, written `on:care-rate={(e) => e.detail.value}` (Solid's native listener) or `oncare-rate={…}`.
 * Importing it also registers the elements (waiting for `defer-hydration` to go, on server-rendered pages).
 */
import type { JSX } from 'solid-js';
import type { CareRating, CareComment, CareFeedback } from './index.js';
import type { CareEventMap } from './events.js';
import type {
  CareCommentAttributes, CareCommentEvents, CareFeedbackAttributes, CareFeedbackEvents, CareRatingAttributes,
  CareRatingEvents, ListenerProps,
} from './frameworks/tags.js';

import './frameworks/defer-hydration.js';
export * from './index.js';

/** Solid's attributes for an element (named here: inside the augmentation the name is the module's own). */
type SolidAttributes<Element> = JSX.HTMLAttributes<Element>;

declare module 'solid-js' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // `on:care-rate` on any element takes a listener for that event.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface CustomEvents extends CareEventMap {}
    interface IntrinsicElements {
      'care-rating': SolidAttributes<CareRating> & CareRatingAttributes & ListenerProps<CareRatingEvents>;
      'care-comment': SolidAttributes<CareComment> & CareCommentAttributes & ListenerProps<CareCommentEvents>;
      'care-feedback': SolidAttributes<CareFeedback> & CareFeedbackAttributes & ListenerProps<CareFeedbackEvents>;
    }
  }
}
