// The card renders a rating and a comment box inside its shadow root, so it registers them too.
import '../rating/rating.js';
import '../comment/comment.js';
import { defineElement } from '../base/define.js';
import { CareFeedback } from './feedback.component.js';

export { CareFeedback };
defineElement('care-feedback', CareFeedback);
