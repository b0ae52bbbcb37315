import type { Translation } from './translation.js';

/** Turkish (Türkçe): the wording of Turkish NPS and CSAT surveys, addressing the customer as "siz". */
const tr: Translation = {
  $code: 'tr',
  npsQuestion: 'Bizi bir arkadaşınıza veya iş arkadaşınıza tavsiye etme olasılığınız nedir?',
  satisfactionQuestion: 'Deneyiminizden ne kadar memnun kaldınız?',
  thumbsQuestion: 'Bu yararlı oldu mu?',
  npsLow: 'Hiç olası değil',
  npsHigh: 'Son derece olası',
  satisfactionLow: 'Hiç memnun değilim',
  satisfactionHigh: 'Çok memnunum',
  pointOf: '{max} üzerinden {value}',
  stars: { other: '{count} yıldız' },
  emoji: ['Hiç memnun değilim', 'Memnun değilim', 'Kararsızım', 'Memnunum', 'Çok memnunum'],
  thumbsDown: 'Başparmak aşağı',
  thumbsUp: 'Başparmak yukarı',
  commentQuestion: 'Neyi daha iyi yapabiliriz?',
  mainReason: 'Ana neden nedir?',
  placeholder: 'Kendi cümlelerinizle anlatın',
  submit: 'Gönder',
  charactersLeft: { other: '{count} karakter kaldı' },
  thanks: 'Geri bildiriminiz için teşekkür ederiz!',
  close: 'Kapat',
  feedback: 'Geri bildirim',
  appeared: 'Geri bildirim sorusu: yanıtlamak için Tab tuşuna basın.',
};

export default tr;
