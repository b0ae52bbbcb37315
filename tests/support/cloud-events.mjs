/** CloudEvents for the receiver's tests and bench: valid care.feedback.rating.v1 events, each with a new id. */
let sequence = 0;

export function ratingEvent(overrides = {}, data = {}) {
  return {
    specversion: '1.0', id: `evt-${process.pid}-${Date.now().toString(36)}-${++sequence}`, source: 'https://shop.example.com/checkout',
    type: 'care.feedback.rating.v1', subject: 'checkout-nps', time: new Date().toISOString(), datacontenttype: 'application/json',
    data: { surveyId: 'checkout-nps', responseId: 'r-1', locale: 'en', context: {}, scale: 'nps', value: 9, min: 0, max: 10, question: 'How likely?', ...data },
    ...overrides,
  };
}
