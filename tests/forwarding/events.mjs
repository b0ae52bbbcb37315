/** Events of one response for the forwarding tests: a rating and its comment, linked by `data.responseId`. */
import { randomUUID } from 'node:crypto';

const SOURCE = 'https://shop.example.com/checkout';

export function rating(value, { responseId = randomUUID(), surveyId = 'checkout-nps', scale = 'nps', min = 0, max = 10, time = new Date().toISOString(), context = { plan: 'pro' } } = {}) {
  return {
    specversion: '1.0', id: randomUUID(), source: SOURCE, type: 'care.feedback.rating.v1', subject: surveyId, time,
    datacontenttype: 'application/json',
    data: { surveyId, responseId, locale: 'en', context, scale, value, min, max, question: 'How likely are you to recommend us?' },
  };
}

export function comment(text, { responseId = randomUUID(), surveyId = 'checkout-nps', reasons, time = new Date().toISOString(), context = { plan: 'pro' } } = {}) {
  return {
    specversion: '1.0', id: randomUUID(), source: SOURCE, type: 'care.feedback.comment.v1', subject: surveyId, time,
    datacontenttype: 'application/json',
    data: { surveyId, responseId, locale: 'en', context, text, question: 'What would improve your experience?', ...(reasons ? { reasons } : {}) },
  };
}

export function shown({ responseId = randomUUID(), surveyId = 'checkout-nps' } = {}) {
  return {
    specversion: '1.0', id: randomUUID(), source: SOURCE, type: 'care.feedback.shown.v1', subject: surveyId,
    time: new Date().toISOString(), datacontenttype: 'application/json',
    data: { surveyId, responseId, locale: 'en', context: {}, mode: 'popover', trigger: 'load' },
  };
}
