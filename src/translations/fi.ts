import type { Translation } from './translation.js';

/**
 * Finnish (suomi): the wording of Finnish NPS and CSAT surveys, addressing the customer as "sinä", as Finnish
 * companies do. `pointOf` is written "9/10": Finnish would inflect the maximum ("10:stä"), by vowel harmony.
 */
const fi: Translation = {
  $code: 'fi',
  npsQuestion: 'Kuinka todennäköisesti suosittelisit meitä ystävällesi tai kollegallesi?',
  satisfactionQuestion: 'Kuinka tyytyväinen olet kokemukseesi?',
  thumbsQuestion: 'Oliko tästä apua?',
  npsLow: 'Erittäin epätodennäköisesti',
  npsHigh: 'Erittäin todennäköisesti',
  satisfactionLow: 'Erittäin tyytymätön',
  satisfactionHigh: 'Erittäin tyytyväinen',
  pointOf: '{value}/{max}',
  stars: { one: '{count} tähti', other: '{count} tähteä' },
  emoji: ['Erittäin tyytymätön', 'Tyytymätön', 'Neutraali', 'Tyytyväinen', 'Erittäin tyytyväinen'],
  thumbsDown: 'Peukalo alas',
  thumbsUp: 'Peukalo ylös',
  commentQuestion: 'Mitä voisimme tehdä paremmin?',
  mainReason: 'Mikä on tärkein syy?',
  placeholder: 'Kerro omin sanoin',
  submit: 'Lähetä',
  charactersLeft: { one: '{count} merkki jäljellä', other: '{count} merkkiä jäljellä' },
  thanks: 'Kiitos palautteestasi!',
  close: 'Sulje',
  feedback: 'Palaute',
  appeared: 'Palautekysymys: vastaa painamalla sarkainnäppäintä.',
};

export default fi;
