/** `care-feedback/feedback`: registers `<care-feedback>` and the rating and comment elements it renders. */
export { CareFeedback } from './components/feedback/feedback.js';
export * from './client.js';
import './events.js';
