import type { Translation } from './translation.js';

/**
 * Dutch (Nederlands): the wording of Dutch NPS and CSAT surveys, addressing the customer as "je", as most
 * Dutch and Flemish brands now do in customer surveys (rather than the formal "u").
 */
const nl: Translation = {
  $code: 'nl',
  npsQuestion: 'Hoe waarschijnlijk is het dat je ons aanbeveelt bij een vriend of collega?',
  satisfactionQuestion: 'Hoe tevreden ben je over je ervaring?',
  thumbsQuestion: 'Was dit nuttig?',
  npsLow: 'Zeer onwaarschijnlijk',
  npsHigh: 'Zeer waarschijnlijk',
  satisfactionLow: 'Zeer ontevreden',
  satisfactionHigh: 'Zeer tevreden',
  pointOf: '{value} van {max}',
  stars: { one: '{count} ster', other: '{count} sterren' },
  emoji: ['Zeer ontevreden', 'Ontevreden', 'Neutraal', 'Tevreden', 'Zeer tevreden'],
  thumbsDown: 'Duim omlaag',
  thumbsUp: 'Duim omhoog',
  commentQuestion: 'Wat kunnen we beter doen?',
  mainReason: 'Wat is de belangrijkste reden?',
  placeholder: 'Vertel het ons in je eigen woorden',
  submit: 'Versturen',
  charactersLeft: { one: 'Nog {count} teken', other: 'Nog {count} tekens' },
  thanks: 'Bedankt voor je feedback!',
  close: 'Sluiten',
  feedback: 'Feedback',
  appeared: 'Feedbackvraag: druk op de Tab-toets om te antwoorden.',
};

export default nl;
