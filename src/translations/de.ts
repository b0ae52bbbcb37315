import type { Translation } from './translation.js';

/** German (Deutsch): the wording of German NPS and CSAT surveys, addressing the customer as "Sie". */
const de: Translation = {
  $code: 'de',
  npsQuestion: 'Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen weiterempfehlen?',
  satisfactionQuestion: 'Wie zufrieden sind Sie mit Ihrer Erfahrung?',
  thumbsQuestion: 'War das hilfreich?',
  npsLow: 'Äußerst unwahrscheinlich',
  npsHigh: 'Äußerst wahrscheinlich',
  satisfactionLow: 'Sehr unzufrieden',
  satisfactionHigh: 'Sehr zufrieden',
  pointOf: '{value} von {max}',
  stars: { one: '{count} Stern', other: '{count} Sterne' },
  emoji: ['Sehr unzufrieden', 'Unzufrieden', 'Neutral', 'Zufrieden', 'Sehr zufrieden'],
  thumbsDown: 'Daumen runter',
  thumbsUp: 'Daumen hoch',
  commentQuestion: 'Was könnten wir besser machen?',
  mainReason: 'Was ist der Hauptgrund?',
  placeholder: 'Beschreiben Sie es in Ihren eigenen Worten',
  submit: 'Senden',
  charactersLeft: { other: 'Noch {count} Zeichen' },
  thanks: 'Vielen Dank für Ihr Feedback!',
  close: 'Schließen',
  feedback: 'Feedback',
  appeared: 'Feedback-Frage: Drücken Sie die Tabulatortaste, um zu antworten.',
};

export default de;
