import type { Translation } from './translation.js';

/**
 * Greek (Ελληνικά): the wording of Greek NPS and CSAT surveys, addressing the customer in the polite plural
 * ("εσείς"). The question mark is the Greek one, written ";".
 */
const el: Translation = {
  $code: 'el',
  npsQuestion: 'Πόσο πιθανό είναι να μας προτείνετε σε φίλο ή συνάδελφο;',
  satisfactionQuestion: 'Πόσο ικανοποιημένοι είστε από την εμπειρία σας;',
  thumbsQuestion: 'Ήταν χρήσιμο;',
  npsLow: 'Καθόλου πιθανό',
  npsHigh: 'Εξαιρετικά πιθανό',
  satisfactionLow: 'Πολύ δυσαρεστημένος',
  satisfactionHigh: 'Πολύ ικανοποιημένος',
  pointOf: '{value} από {max}',
  stars: { one: '{count} αστέρι', other: '{count} αστέρια' },
  emoji: ['Πολύ δυσαρεστημένος', 'Δυσαρεστημένος', 'Ουδέτερος', 'Ικανοποιημένος', 'Πολύ ικανοποιημένος'],
  thumbsDown: 'Αντίχειρας κάτω',
  thumbsUp: 'Αντίχειρας πάνω',
  commentQuestion: 'Τι θα μπορούσαμε να βελτιώσουμε;',
  mainReason: 'Ποιος είναι ο κύριος λόγος;',
  placeholder: 'Πείτε μας με δικά σας λόγια',
  submit: 'Αποστολή',
  charactersLeft: { one: 'Απομένει {count} χαρακτήρας', other: 'Απομένουν {count} χαρακτήρες' },
  thanks: 'Ευχαριστούμε για τα σχόλια!',
  close: 'Κλείσιμο',
  feedback: 'Σχόλια',
  appeared: 'Ερώτηση: πατήστε Tab για να απαντήσετε.',
};

export default el;
