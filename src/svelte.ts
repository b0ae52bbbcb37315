/**
 * `care-feedback/svelte`: types the three tags in Svelte 5 markup, so svelte-check checks attribute values
 * (`scale="nps"`) and event attributes (`oncare-rate={(e) => e.detail.value}`). Importing it also registers
 * the elements.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { CareRating, CareComment, CareFeedback } from './index.js';
import type {
  CareCommentAttributes, CareCommentEvents, CareFeedbackAttributes, CareFeedbackEvents, CareRatingAttributes,
  CareRatingEvents, ListenerProps,
} from './frameworks/tags.js';

// First: the elements registered by index.js wait for `defer-hydration` to go (server-rendered pages).
import './frameworks/defer-hydration.js';
export * from './index.js';

/** Svelte's attributes for an element (named here: inside the augmentation the name is the module's own). */
type SvelteAttributes<Element extends EventTarget> = HTMLAttributes<Element>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'care-rating': SvelteAttributes<CareRating> & CareRatingAttributes & ListenerProps<CareRatingEvents>;
    'care-comment': SvelteAttributes<CareComment> & CareCommentAttributes & ListenerProps<CareCommentEvents>;
    'care-feedback': SvelteAttributes<CareFeedback> & CareFeedbackAttributes & ListenerProps<CareFeedbackEvents>;
  }
}
