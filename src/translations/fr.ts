import type { Translation } from './translation.js';

/**
 * French (français): the wording of French NPS and CSAT surveys, addressing the customer as "vous". French
 * typography: a narrow no-break space (U+202F) before ? and !, a no-break space (U+00A0) before :.
 */
const fr: Translation = {
  $code: 'fr',
  npsQuestion: 'Quelle est la probabilité que vous nous recommandiez à un ami ou à un collègue\u202f?',
  satisfactionQuestion: 'Dans quelle mesure êtes-vous satisfait de votre expérience\u202f?',
  thumbsQuestion: 'Cela vous a-t-il été utile\u202f?',
  npsLow: 'Pas du tout probable',
  npsHigh: 'Extrêmement probable',
  satisfactionLow: 'Très insatisfait',
  satisfactionHigh: 'Très satisfait',
  pointOf: '{value} sur {max}',
  stars: { one: '{count} étoile', many: '{count} d’étoiles', other: '{count} étoiles' },
  emoji: ['Très insatisfait', 'Insatisfait', 'Neutre', 'Satisfait', 'Très satisfait'],
  thumbsDown: 'Pouce vers le bas',
  thumbsUp: 'Pouce vers le haut',
  commentQuestion: 'Que pourrions-nous améliorer\u202f?',
  mainReason: 'Quelle est la raison principale\u202f?',
  placeholder: 'Dites-le-nous avec vos propres mots',
  submit: 'Envoyer',
  charactersLeft: {
    one: '{count} caractère restant',
    many: '{count} de caractères restants',
    other: '{count} caractères restants',
  },
  thanks: 'Merci pour votre avis\u202f!',
  close: 'Fermer',
  feedback: 'Votre avis',
  appeared: 'Votre avis nous intéresse\u00a0: appuyez sur la touche Tab pour répondre.',
};

export default fr;
