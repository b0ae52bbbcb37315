import type { Translation } from '../internal/localize.js';

/** English, built in. Other languages are modules of the same shape, passed to `registerTranslation()`. */
const en: Translation = {
  $code: 'en',
  npsQuestion: 'How likely are you to recommend us to a friend?',
  satisfactionQuestion: 'How satisfied are you with your experience?',
  thumbsQuestion: 'Was this helpful?',
  npsLow: 'Not at all likely',
  npsHigh: 'Extremely likely',
  satisfactionLow: 'Very dissatisfied',
  satisfactionHigh: 'Very satisfied',
  pointOf: (value, max) => `${value} of ${max}`,
  stars: (count) => (count === 1 ? '1 star' : `${count} stars`),
  emoji: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
  thumbsDown: 'Thumbs down',
  thumbsUp: 'Thumbs up',
  commentQuestion: 'What would improve your experience?',
  placeholder: 'Tell us in your own words',
  submit: 'Send',
  charactersLeft: (count) => (count === 1 ? '1 character left' : `${count} characters left`),
  thanks: 'Thank you for your feedback!',
  close: 'Close',
  feedback: 'Feedback',
  appeared: 'Feedback question: press Tab to answer.',
};

export default en;
