/** `care-feedback/rating`: registers `<care-rating>` only. */
export { CareRating } from './components/rating/rating.js';
export * from './client.js';
import './events.js';
