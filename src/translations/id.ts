import type { Translation } from './translation.js';

/** Indonesian (Bahasa Indonesia): the wording of Indonesian NPS and CSAT surveys, addressing the customer as "Anda". */
const id: Translation = {
  $code: 'id',
  npsQuestion: 'Seberapa besar kemungkinan Anda merekomendasikan kami kepada teman atau kolega?',
  satisfactionQuestion: 'Seberapa puas Anda dengan pengalaman Anda?',
  thumbsQuestion: 'Apakah ini membantu?',
  npsLow: 'Sangat tidak mungkin',
  npsHigh: 'Sangat mungkin',
  satisfactionLow: 'Sangat tidak puas',
  satisfactionHigh: 'Sangat puas',
  pointOf: '{value} dari {max}',
  stars: { other: '{count} bintang' },
  emoji: ['Sangat tidak puas', 'Tidak puas', 'Netral', 'Puas', 'Sangat puas'],
  thumbsDown: 'Jempol ke bawah',
  thumbsUp: 'Jempol ke atas',
  commentQuestion: 'Apa yang dapat kami tingkatkan agar pengalaman Anda lebih baik?',
  mainReason: 'Apa alasan utamanya?',
  placeholder: 'Ceritakan dengan kata-kata Anda sendiri',
  submit: 'Kirim',
  charactersLeft: { other: 'Sisa {count} karakter' },
  thanks: 'Terima kasih atas masukan Anda!',
  close: 'Tutup',
  feedback: 'Masukan',
  appeared: 'Pertanyaan masukan: tekan tombol Tab untuk menjawab.',
};

export default id;
