/**
 * `care-feedback/astro`: types the three tags in `.astro` markup, so `astro check` checks attribute values
 * (`scale="nps"`). Types only: reference it from `src/env.d.ts` (`/// <reference types="care-feedback/astro" />`).
 * Render the elements on the server with `care-feedback/ssr`, and register them in a `<script>`
 * (`import 'care-feedback'`), where `querySelector('#id').addEventListener('care-rate', …)` is typed too.
 */
import type { CareCommentAttributes, CareFeedbackAttributes, CareRatingAttributes } from './frameworks/tags.js';

declare global {
  // Astro's own namespace for its markup (astroHTML.JSX in astro/astro-jsx.d.ts).
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace astroHTML.JSX {
    // Astro's attributes of every element; declared here too (empty), so this file compiles where astro is absent.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface HTMLAttributes {}
    interface IntrinsicElements {
      'care-rating': HTMLAttributes & CareRatingAttributes;
      'care-comment': HTMLAttributes & CareCommentAttributes;
      'care-feedback': HTMLAttributes & CareFeedbackAttributes;
    }
  }
}
