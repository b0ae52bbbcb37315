import type { Translation } from './translation.js';

/** Spanish (español): the wording of Spanish NPS and CSAT surveys, addressing the customer as "usted". */
const es: Translation = {
  $code: 'es',
  npsQuestion: '¿Qué probabilidad hay de que nos recomiende a un amigo o colega?',
  satisfactionQuestion: '¿Cuál es su grado de satisfacción con su experiencia?',
  thumbsQuestion: '¿Le ha resultado útil?',
  npsLow: 'Nada probable',
  npsHigh: 'Extremadamente probable',
  satisfactionLow: 'Muy insatisfecho',
  satisfactionHigh: 'Muy satisfecho',
  pointOf: '{value} de {max}',
  stars: { one: '{count} estrella', many: '{count} de estrellas', other: '{count} estrellas' },
  emoji: ['Muy insatisfecho', 'Insatisfecho', 'Neutral', 'Satisfecho', 'Muy satisfecho'],
  thumbsDown: 'Pulgar hacia abajo',
  thumbsUp: 'Pulgar hacia arriba',
  commentQuestion: '¿Qué podríamos mejorar?',
  mainReason: '¿Cuál es el motivo principal?',
  placeholder: 'Cuéntenos con sus propias palabras',
  submit: 'Enviar',
  charactersLeft: {
    one: 'Queda {count} carácter',
    many: 'Quedan {count} de caracteres',
    other: 'Quedan {count} caracteres',
  },
  thanks: '¡Gracias por sus comentarios!',
  close: 'Cerrar',
  feedback: 'Comentarios',
  appeared: 'Encuesta de opinión: presione la tecla Tab para responder.',
};

export default es;
