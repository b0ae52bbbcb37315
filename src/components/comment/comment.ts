import { defineElement } from '../base/define.js';
import { CareComment } from './comment.component.js';

export { CareComment };
defineElement('care-comment', CareComment);
