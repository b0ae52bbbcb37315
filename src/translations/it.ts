import type { Translation } from './translation.js';

/** Italian (italiano): the wording of Italian NPS and CSAT surveys, addressing the customer as "Lei". */
const it: Translation = {
  $code: 'it',
  npsQuestion: 'Quanto è probabile che ci consigli a un amico o a un collega?',
  satisfactionQuestion: 'Quanto è soddisfatto della sua esperienza?',
  thumbsQuestion: 'Le è stato utile?',
  npsLow: 'Per niente probabile',
  npsHigh: 'Estremamente probabile',
  satisfactionLow: 'Molto insoddisfatto',
  satisfactionHigh: 'Molto soddisfatto',
  pointOf: '{value} su {max}',
  stars: { one: '{count} stella', many: '{count} di stelle', other: '{count} stelle' },
  emoji: ['Molto insoddisfatto', 'Insoddisfatto', 'Neutrale', 'Soddisfatto', 'Molto soddisfatto'],
  thumbsDown: 'Pollice in giù',
  thumbsUp: 'Pollice in su',
  commentQuestion: 'Cosa potremmo migliorare?',
  mainReason: 'Qual è il motivo principale?',
  placeholder: 'Ce lo racconti con parole sue',
  submit: 'Invia',
  charactersLeft: {
    one: '{count} carattere rimanente',
    many: '{count} di caratteri rimanenti',
    other: '{count} caratteri rimanenti',
  },
  thanks: 'Grazie per il suo feedback!',
  close: 'Chiudi',
  feedback: 'Feedback',
  appeared: 'Domanda di feedback: prema il tasto Tab per rispondere.',
};

export default it;
