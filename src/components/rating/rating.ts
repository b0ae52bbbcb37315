import { defineElement } from '../../internal/define.js';
import { CareRating } from './rating.component.js';

export { CareRating };
defineElement('care-rating', CareRating);
