import type { Translation } from './translation.js';

/**
 * Thai (ไทย): the wording of Thai NPS and CSAT surveys, polite and addressing the customer as "คุณ";
 * questions end without a question mark, as Thai writes them.
 */
const th: Translation = {
  $code: 'th',
  npsQuestion: 'คุณมีแนวโน้มที่จะแนะนำเราให้กับเพื่อนหรือเพื่อนร่วมงานมากน้อยเพียงใด',
  satisfactionQuestion: 'คุณพึงพอใจกับประสบการณ์ที่ได้รับมากน้อยเพียงใด',
  thumbsQuestion: 'ข้อมูลนี้มีประโยชน์หรือไม่',
  npsLow: 'ไม่มีแนวโน้มเลย',
  npsHigh: 'มีแนวโน้มมากที่สุด',
  satisfactionLow: 'ไม่พึงพอใจมาก',
  satisfactionHigh: 'พึงพอใจมาก',
  pointOf: '{value} จาก {max}',
  stars: { other: '{count} ดาว' },
  emoji: ['ไม่พึงพอใจมาก', 'ไม่พึงพอใจ', 'เฉยๆ', 'พึงพอใจ', 'พึงพอใจมาก'],
  thumbsDown: 'ไม่ชอบ',
  thumbsUp: 'ชอบ',
  commentQuestion: 'มีสิ่งใดที่เราควรปรับปรุงบ้าง',
  mainReason: 'เหตุผลหลักคืออะไร',
  placeholder: 'พิมพ์ความคิดเห็นของคุณที่นี่',
  submit: 'ส่ง',
  charactersLeft: { other: 'เหลืออีก {count} ตัวอักษร' },
  thanks: 'ขอบคุณสำหรับความคิดเห็นของคุณ',
  close: 'ปิด',
  feedback: 'ความคิดเห็น',
  appeared: 'คำถามแบบสอบถาม: กดปุ่ม Tab เพื่อตอบ',
};

export default th;
