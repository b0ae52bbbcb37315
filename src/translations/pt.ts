import type { Translation } from './translation.js';

/**
 * Portuguese (português), Brazilian usage: the wording of Brazilian NPS and CSAT surveys, addressing the
 * customer as "você".
 */
const pt: Translation = {
  $code: 'pt',
  npsQuestion: 'Qual é a probabilidade de você nos recomendar a um amigo ou colega?',
  satisfactionQuestion: 'Qual é o seu nível de satisfação com a sua experiência?',
  thumbsQuestion: 'Isso foi útil?',
  npsLow: 'Nada provável',
  npsHigh: 'Extremamente provável',
  satisfactionLow: 'Muito insatisfeito',
  satisfactionHigh: 'Muito satisfeito',
  pointOf: '{value} de {max}',
  stars: { one: '{count} estrela', many: '{count} de estrelas', other: '{count} estrelas' },
  emoji: ['Muito insatisfeito', 'Insatisfeito', 'Neutro', 'Satisfeito', 'Muito satisfeito'],
  thumbsDown: 'Polegar para baixo',
  thumbsUp: 'Polegar para cima',
  commentQuestion: 'O que poderíamos melhorar?',
  mainReason: 'Qual é o principal motivo?',
  placeholder: 'Conte para nós com suas palavras',
  submit: 'Enviar',
  charactersLeft: {
    one: '{count} caractere restante',
    many: '{count} de caracteres restantes',
    other: '{count} caracteres restantes',
  },
  thanks: 'Obrigado pelo seu feedback!',
  close: 'Fechar',
  feedback: 'Feedback',
  appeared: 'Pergunta de feedback: pressione a tecla Tab para responder.',
};

export default pt;
