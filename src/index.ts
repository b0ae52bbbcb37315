/** `care-feedback`: registers every element and exports the configuration, delivery and types. */
export { CareRating } from './components/rating/rating.js';
export { CareComment } from './components/comment/comment.js';
export { CareFeedback } from './components/feedback/feedback.js';
export { registerTranslation, type PluralForms, type Translation } from './localization/localize.js';
export type { CareEventMap } from './events.js';
export * from './client.js';
