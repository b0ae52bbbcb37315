import type { Translation } from './translation.js';

/**
 * Hungarian (magyar): the wording of Hungarian NPS and CSAT surveys, addressing the customer as "Ön".
 * `pointOf` is written "9/10": Hungarian would suffix the maximum ("10-ből", "3-ból"), by vowel harmony.
 */
const hu: Translation = {
  $code: 'hu',
  npsQuestion: 'Mennyire valószínű, hogy ajánlana minket egy barátjának vagy kollégájának?',
  satisfactionQuestion: 'Mennyire elégedett a tapasztalataival?',
  thumbsQuestion: 'Hasznosnak találta?',
  npsLow: 'Egyáltalán nem valószínű',
  npsHigh: 'Rendkívül valószínű',
  satisfactionLow: 'Nagyon elégedetlen',
  satisfactionHigh: 'Nagyon elégedett',
  pointOf: '{value}/{max}',
  stars: { other: '{count} csillag' },
  emoji: ['Nagyon elégedetlen', 'Elégedetlen', 'Semleges', 'Elégedett', 'Nagyon elégedett'],
  thumbsDown: 'Hüvelykujj lefelé',
  thumbsUp: 'Hüvelykujj felfelé',
  commentQuestion: 'Min javíthatnánk?',
  mainReason: 'Mi a fő ok?',
  placeholder: 'Írja le saját szavaival',
  submit: 'Küldés',
  charactersLeft: { other: 'Még {count} karakter' },
  thanks: 'Köszönjük a visszajelzését!',
  close: 'Bezárás',
  feedback: 'Visszajelzés',
  appeared: 'Visszajelzési kérdés: a válaszadáshoz nyomja meg a Tab billentyűt.',
};

export default hu;
