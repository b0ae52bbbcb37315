import type { Translation } from './translation.js';

/** Russian (русский): the wording of Russian NPS and CSAT surveys, addressing the customer as "вы". */
const ru: Translation = {
  $code: 'ru',
  npsQuestion: 'Насколько вероятно, что вы порекомендуете нас другу или коллеге?',
  satisfactionQuestion: 'Насколько вы довольны своим опытом?',
  thumbsQuestion: 'Это было полезно?',
  npsLow: 'Крайне маловероятно',
  npsHigh: 'Крайне вероятно',
  satisfactionLow: 'Очень недоволен',
  satisfactionHigh: 'Очень доволен',
  pointOf: '{value} из {max}',
  stars: { one: '{count} звезда', few: '{count} звезды', many: '{count} звёзд', other: '{count} звезды' },
  emoji: ['Очень недоволен', 'Недоволен', 'Нейтрально', 'Доволен', 'Очень доволен'],
  thumbsDown: 'Палец вниз',
  thumbsUp: 'Палец вверх',
  commentQuestion: 'Что мы могли бы улучшить?',
  mainReason: 'Какова основная причина?',
  placeholder: 'Опишите своими словами',
  submit: 'Отправить',
  charactersLeft: {
    one: 'Остался {count} символ',
    few: 'Осталось {count} символа',
    many: 'Осталось {count} символов',
    other: 'Осталось {count} символа',
  },
  thanks: 'Спасибо за отзыв!',
  close: 'Закрыть',
  feedback: 'Обратная связь',
  appeared: 'Опрос: нажмите Tab для ответа.',
};

export default ru;
