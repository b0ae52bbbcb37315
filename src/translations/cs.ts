import type { Translation } from './translation.js';

/**
 * Czech (čeština): the wording of Czech NPS and CSAT surveys, addressing the customer with "vykání" (the
 * polite plural, which keeps the questions free of grammatical gender).
 */
const cs: Translation = {
  $code: 'cs',
  npsQuestion: 'Jak pravděpodobné je, že nás doporučíte příteli nebo kolegovi?',
  satisfactionQuestion: 'Jak jste spokojeni se svou zkušeností?',
  thumbsQuestion: 'Bylo to užitečné?',
  npsLow: 'Zcela nepravděpodobné',
  npsHigh: 'Velmi pravděpodobné',
  satisfactionLow: 'Velmi nespokojený',
  satisfactionHigh: 'Velmi spokojený',
  pointOf: '{value} z {max}',
  stars: {
    one: '{count} hvězdička',
    few: '{count} hvězdičky',
    many: '{count} hvězdičky',
    other: '{count} hvězdiček',
  },
  emoji: ['Velmi nespokojený', 'Nespokojený', 'Neutrální', 'Spokojený', 'Velmi spokojený'],
  thumbsDown: 'Palec dolů',
  thumbsUp: 'Palec nahoru',
  commentQuestion: 'Co bychom mohli zlepšit?',
  mainReason: 'Jaký je hlavní důvod?',
  placeholder: 'Popište to vlastními slovy',
  submit: 'Odeslat',
  charactersLeft: {
    one: 'Zbývá {count} znak',
    few: 'Zbývají {count} znaky',
    many: 'Zbývá {count} znaku',
    other: 'Zbývá {count} znaků',
  },
  thanks: 'Děkujeme za zpětnou vazbu!',
  close: 'Zavřít',
  feedback: 'Zpětná vazba',
  appeared: 'Dotaz na zpětnou vazbu: pro odpověď stiskněte klávesu Tab.',
};

export default cs;
