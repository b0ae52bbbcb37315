import type { Translation } from './translation.js';

/** Danish (dansk): the wording of Danish NPS and CSAT surveys, addressing the customer as "du". */
const da: Translation = {
  $code: 'da',
  npsQuestion: 'Hvor sandsynligt er det, at du vil anbefale os til en ven eller kollega?',
  satisfactionQuestion: 'Hvor tilfreds er du med din oplevelse?',
  thumbsQuestion: 'Var dette nyttigt?',
  npsLow: 'Slet ikke sandsynligt',
  npsHigh: 'Yderst sandsynligt',
  satisfactionLow: 'Meget utilfreds',
  satisfactionHigh: 'Meget tilfreds',
  pointOf: '{value} af {max}',
  stars: { one: '{count} stjerne', other: '{count} stjerner' },
  emoji: ['Meget utilfreds', 'Utilfreds', 'Neutral', 'Tilfreds', 'Meget tilfreds'],
  thumbsDown: 'Tommelfinger ned',
  thumbsUp: 'Tommelfinger op',
  commentQuestion: 'Hvad kan vi gøre bedre?',
  mainReason: 'Hvad er hovedårsagen?',
  placeholder: 'Fortæl os med dine egne ord',
  submit: 'Send',
  charactersLeft: { other: '{count} tegn tilbage' },
  thanks: 'Tak for din feedback!',
  close: 'Luk',
  feedback: 'Feedback',
  appeared: 'Feedbackspørgsmål: tryk på Tab-tasten for at svare.',
};

export default da;
