import type { Translation } from './translation.js';

/**
 * Norwegian Bokmål (norsk bokmål): the wording of Norwegian NPS and CSAT surveys, addressing the customer as
 * "du".
 */
const nb: Translation = {
  $code: 'nb',
  npsQuestion: 'Hvor sannsynlig er det at du vil anbefale oss til en venn eller kollega?',
  satisfactionQuestion: 'Hvor fornøyd er du med opplevelsen?',
  thumbsQuestion: 'Var dette nyttig?',
  npsLow: 'Svært lite sannsynlig',
  npsHigh: 'Svært sannsynlig',
  satisfactionLow: 'Svært misfornøyd',
  satisfactionHigh: 'Svært fornøyd',
  pointOf: '{value} av {max}',
  stars: { one: '{count} stjerne', other: '{count} stjerner' },
  emoji: ['Svært misfornøyd', 'Misfornøyd', 'Nøytral', 'Fornøyd', 'Svært fornøyd'],
  thumbsDown: 'Tommel ned',
  thumbsUp: 'Tommel opp',
  commentQuestion: 'Hva kan vi gjøre bedre?',
  mainReason: 'Hva er hovedårsaken?',
  placeholder: 'Fortell oss med dine egne ord',
  submit: 'Send',
  charactersLeft: { other: '{count} tegn igjen' },
  thanks: 'Takk for tilbakemeldingen!',
  close: 'Lukk',
  feedback: 'Tilbakemelding',
  appeared: 'Spørsmål om tilbakemelding: trykk på Tab-tasten for å svare.',
};

export default nb;
