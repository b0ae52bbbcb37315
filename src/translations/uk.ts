import type { Translation } from './translation.js';

/**
 * Ukrainian (українська): the wording of Ukrainian NPS and CSAT surveys, addressing the customer as "ви".
 */
const uk: Translation = {
  $code: 'uk',
  npsQuestion: 'Наскільки ймовірно, що ви порекомендуєте нас другові або колезі?',
  satisfactionQuestion: 'Наскільки ви задоволені своїм досвідом?',
  thumbsQuestion: 'Це було корисно?',
  npsLow: 'Украй малоймовірно',
  npsHigh: 'Украй імовірно',
  satisfactionLow: 'Дуже незадоволений',
  satisfactionHigh: 'Дуже задоволений',
  pointOf: '{value} з {max}',
  stars: { one: '{count} зірка', few: '{count} зірки', many: '{count} зірок', other: '{count} зірки' },
  emoji: ['Дуже незадоволений', 'Незадоволений', 'Нейтрально', 'Задоволений', 'Дуже задоволений'],
  thumbsDown: 'Палець униз',
  thumbsUp: 'Палець угору',
  commentQuestion: 'Що ми могли б покращити?',
  mainReason: 'Яка основна причина?',
  placeholder: 'Опишіть своїми словами',
  submit: 'Надіслати',
  charactersLeft: {
    one: 'Залишився {count} символ',
    few: 'Залишилося {count} символи',
    many: 'Залишилося {count} символів',
    other: 'Залишилося {count} символу',
  },
  thanks: 'Дякуємо за відгук!',
  close: 'Закрити',
  feedback: 'Відгук',
  appeared: 'Опитування: натисніть Tab для відповіді.',
};

export default uk;
