import type { Translation } from './translation.js';

/** Swedish (svenska): the wording of Swedish NPS and CSAT surveys, addressing the customer as "du". */
const sv: Translation = {
  $code: 'sv',
  npsQuestion: 'Hur sannolikt är det att du skulle rekommendera oss till en vän eller kollega?',
  satisfactionQuestion: 'Hur nöjd är du med din upplevelse?',
  thumbsQuestion: 'Var det här till hjälp?',
  npsLow: 'Inte alls sannolikt',
  npsHigh: 'Extremt sannolikt',
  satisfactionLow: 'Mycket missnöjd',
  satisfactionHigh: 'Mycket nöjd',
  pointOf: '{value} av {max}',
  stars: { one: '{count} stjärna', other: '{count} stjärnor' },
  emoji: ['Mycket missnöjd', 'Missnöjd', 'Neutral', 'Nöjd', 'Mycket nöjd'],
  thumbsDown: 'Tummen ner',
  thumbsUp: 'Tummen upp',
  commentQuestion: 'Vad kan vi göra bättre?',
  mainReason: 'Vad är den främsta anledningen?',
  placeholder: 'Berätta med dina egna ord',
  submit: 'Skicka',
  charactersLeft: { other: '{count} tecken kvar' },
  thanks: 'Tack för din feedback!',
  close: 'Stäng',
  feedback: 'Feedback',
  appeared: 'Feedbackfråga: tryck på Tabb för att svara.',
};

export default sv;
