/**
 * `care-feedback/preact`: types the three tags in Preact's JSX, so tsc checks attribute values (`scale="nps"`)
 * and listener props (`oncare-rate={(e) => e.detail.value}`, which Preact attaches as a `care-rate` listener).
 * Importing it also registers the elements (waiting for `defer-hydration` to go, on server-rendered pages).
 */
import type { JSX } from 'preact';
import type { CareRating, CareComment, CareFeedback } from './index.js';
import type {
  CareCommentAttributes, CareCommentEvents, CareFeedbackAttributes, CareFeedbackEvents, CareRatingAttributes,
  CareRatingEvents, ListenerProps,
} from './frameworks/tags.js';

import './frameworks/defer-hydration.js';
export * from './index.js';

/** Preact's attributes for an element (named here: inside the augmentation the name is the module's own). */
type PreactAttributes<Element extends EventTarget> = JSX.HTMLAttributes<Element>;

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'care-rating': PreactAttributes<CareRating> & CareRatingAttributes & ListenerProps<CareRatingEvents>;
      'care-comment': PreactAttributes<CareComment> & CareCommentAttributes & ListenerProps<CareCommentEvents>;
      'care-feedback': PreactAttributes<CareFeedback> & CareFeedbackAttributes & ListenerProps<CareFeedbackEvents>;
    }
  }
}
