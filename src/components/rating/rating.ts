import { defineElement } from '../base/define.js';
import { CareRating } from './rating.component.js';

export { CareRating };
defineElement('care-rating', CareRating);
