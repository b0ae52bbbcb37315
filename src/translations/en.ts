import type { Translation } from './translation.js';

/**
 * English, built in. Every other language is a module of the same shape in this folder: it ships as
 * `care-feedback/locales/<code>` for npm and as `dist/locales/<code>.js` beside the script tag.
 */
const en: Translation = {
  $code: 'en',
  npsQuestion: 'How likely are you to recommend us to a friend or colleague?',
  satisfactionQuestion: 'How satisfied are you with your experience?',
  thumbsQuestion: 'Was this helpful?',
  npsLow: 'Not at all likely',
  npsHigh: 'Extremely likely',
  satisfactionLow: 'Very dissatisfied',
  satisfactionHigh: 'Very satisfied',
  pointOf: '{value} of {max}',
  stars: { one: '{count} star', other: '{count} stars' },
  emoji: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
  thumbsDown: 'Thumbs down',
  thumbsUp: 'Thumbs up',
  commentQuestion: 'What would improve your experience?',
  mainReason: "What's the main reason?",
  placeholder: 'Tell us in your own words',
  submit: 'Send',
  charactersLeft: { one: '{count} character left', other: '{count} characters left' },
  thanks: 'Thank you for your feedback!',
  close: 'Close',
  feedback: 'Feedback',
  appeared: 'Feedback question: press Tab to answer.',
};

export default en;
