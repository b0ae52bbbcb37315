import type { Translation } from './translation.js';

/**
 * Arabic (العربية): Modern Standard Arabic as Arabic NPS and CSAT surveys word it, addressing the customer
 * in the polite second person singular (masculine, the customary neutral form in surveys).
 */
const ar: Translation = {
  $code: 'ar',
  npsQuestion: 'ما مدى احتمال أن توصي صديقًا أو زميلًا بنا؟',
  satisfactionQuestion: 'ما مدى رضاك عن تجربتك؟',
  thumbsQuestion: 'هل كان هذا مفيدًا؟',
  npsLow: 'غير محتمل على الإطلاق',
  npsHigh: 'محتمل للغاية',
  satisfactionLow: 'غير راضٍ جدًا',
  satisfactionHigh: 'راضٍ جدًا',
  pointOf: '{value} من {max}',
  stars: {
    zero: '{count} نجمة',
    one: 'نجمة واحدة',
    two: 'نجمتان',
    few: '{count} نجوم',
    many: '{count} نجمةً',
    other: '{count} نجمة',
  },
  emoji: ['غير راضٍ جدًا', 'غير راضٍ', 'محايد', 'راضٍ', 'راضٍ جدًا'],
  thumbsDown: 'إبهام لأسفل',
  thumbsUp: 'إبهام لأعلى',
  commentQuestion: 'كيف يمكننا تحسين تجربتك؟',
  mainReason: 'ما السبب الرئيسي؟',
  placeholder: 'شاركنا رأيك بكلماتك',
  submit: 'إرسال',
  charactersLeft: {
    zero: 'يتبقى {count} حرف',
    one: 'يتبقى حرف واحد',
    two: 'يتبقى حرفان',
    few: 'يتبقى {count} أحرف',
    many: 'يتبقى {count} حرفًا',
    other: 'يتبقى {count} حرف',
  },
  thanks: 'شكرًا لك على ملاحظاتك!',
  close: 'إغلاق',
  feedback: 'ملاحظات',
  appeared: 'سؤال لإبداء الرأي: اضغط على مفتاح Tab للإجابة.',
};

export default ar;
