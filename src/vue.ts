/**
 * `care-feedback/vue`: types the three tags in Vue templates, so vue-tsc checks attribute values
 * (`scale="nps"`) and event handlers (`@care-rate="(e) => e.detail.value"`). Importing it also registers the
 * elements; tell Vue's compiler they are custom elements (`isCustomElement: (tag) => tag.startsWith('care-')`).
 */
import type { DefineComponent } from 'vue';
import type {
  CareCommentAttributes, CareCommentEvents, CareFeedbackAttributes, CareFeedbackEvents, CareRatingAttributes,
  CareRatingEvents, VueProps,
} from './frameworks/tags.js';

// First: the elements registered by index.js wait for `defer-hydration` to go (server-rendered pages).
import './frameworks/defer-hydration.js';
export * from './index.js';

declare module 'vue' {
  interface GlobalComponents {
    'care-rating': DefineComponent<VueProps<CareRatingAttributes, CareRatingEvents>>;
    'care-comment': DefineComponent<VueProps<CareCommentAttributes, CareCommentEvents>>;
    'care-feedback': DefineComponent<VueProps<CareFeedbackAttributes, CareFeedbackEvents>>;
  }
}
