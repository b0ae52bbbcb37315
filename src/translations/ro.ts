import type { Translation } from './translation.js';

/**
 * Romanian (română): the wording of Romanian NPS and CSAT surveys, addressing the customer as
 * "dumneavoastră" (ș and ț with the comma below).
 */
const ro: Translation = {
  $code: 'ro',
  npsQuestion: 'Cât de probabil este să ne recomandați unui prieten sau coleg?',
  satisfactionQuestion: 'Cât de mulțumit sunteți de experiența dumneavoastră?',
  thumbsQuestion: 'Vi s-a părut util?',
  npsLow: 'Deloc probabil',
  npsHigh: 'Extrem de probabil',
  satisfactionLow: 'Foarte nemulțumit',
  satisfactionHigh: 'Foarte mulțumit',
  pointOf: '{value} din {max}',
  stars: { one: '{count} stea', few: '{count} stele', other: '{count} de stele' },
  emoji: ['Foarte nemulțumit', 'Nemulțumit', 'Neutru', 'Mulțumit', 'Foarte mulțumit'],
  thumbsDown: 'Degetul mare în jos',
  thumbsUp: 'Degetul mare în sus',
  commentQuestion: 'Ce am putea îmbunătăți?',
  mainReason: 'Care este motivul principal?',
  placeholder: 'Spuneți-ne cu propriile cuvinte',
  submit: 'Trimiteți',
  charactersLeft: {
    one: '{count} caracter rămas',
    few: '{count} caractere rămase',
    other: '{count} de caractere rămase',
  },
  thanks: 'Vă mulțumim pentru feedback!',
  close: 'Închideți',
  feedback: 'Feedback',
  appeared: 'Întrebare de feedback: apăsați tasta Tab pentru a răspunde.',
};

export default ro;
