/** `care-feedback/comment`: registers `<care-comment>` only. */
export { CareComment } from './components/comment/comment.js';
export * from './client.js';
import './events.js';
