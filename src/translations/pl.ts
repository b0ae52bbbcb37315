import type { Translation } from './translation.js';

/**
 * Polish (polski): the wording of Polish NPS and CSAT surveys, addressing the customer politely as
 * "Państwo" (neither "Pan" nor "Pani"), with "proszę"/"prosimy" where Polish asks for an action.
 */
const pl: Translation = {
  $code: 'pl',
  npsQuestion: 'Jak prawdopodobne jest, że polecą nas Państwo znajomemu lub współpracownikowi?',
  satisfactionQuestion: 'Jak bardzo są Państwo zadowoleni ze swoich doświadczeń?',
  thumbsQuestion: 'Czy to było pomocne?',
  npsLow: 'Bardzo mało prawdopodobne',
  npsHigh: 'Bardzo prawdopodobne',
  satisfactionLow: 'Bardzo niezadowolony',
  satisfactionHigh: 'Bardzo zadowolony',
  pointOf: '{value} z {max}',
  stars: { one: '{count} gwiazdka', few: '{count} gwiazdki', many: '{count} gwiazdek', other: '{count} gwiazdki' },
  emoji: ['Bardzo niezadowolony', 'Niezadowolony', 'Neutralny', 'Zadowolony', 'Bardzo zadowolony'],
  thumbsDown: 'Kciuk w dół',
  thumbsUp: 'Kciuk w górę',
  commentQuestion: 'Co możemy poprawić?',
  mainReason: 'Jaki jest główny powód?',
  placeholder: 'Prosimy opisać to własnymi słowami',
  submit: 'Wyślij',
  charactersLeft: {
    one: 'Pozostał {count} znak',
    few: 'Pozostały {count} znaki',
    many: 'Pozostało {count} znaków',
    other: 'Pozostało {count} znaku',
  },
  thanks: 'Dziękujemy za opinię!',
  close: 'Zamknij',
  feedback: 'Opinia',
  appeared: 'Pytanie o opinię: proszę nacisnąć klawisz Tab, aby odpowiedzieć.',
};

export default pl;
