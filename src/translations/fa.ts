import type { Translation } from './translation.js';

/** Persian (فارسی): the wording of Persian NPS and CSAT surveys, addressing the customer as "شما". */
const fa: Translation = {
  $code: 'fa',
  npsQuestion: 'چقدر احتمال دارد ما را به یک دوست یا همکار توصیه کنید؟',
  satisfactionQuestion: 'چقدر از تجربه خود راضی هستید؟',
  thumbsQuestion: 'آیا این مطلب مفید بود؟',
  npsLow: 'اصلاً احتمال ندارد',
  npsHigh: 'کاملاً احتمال دارد',
  satisfactionLow: 'بسیار ناراضی',
  satisfactionHigh: 'بسیار راضی',
  pointOf: '{value} از {max}',
  stars: { one: '{count} ستاره', other: '{count} ستاره' },
  emoji: ['بسیار ناراضی', 'ناراضی', 'خنثی', 'راضی', 'بسیار راضی'],
  thumbsDown: 'شست رو به پایین',
  thumbsUp: 'شست رو به بالا',
  commentQuestion: 'چطور می‌توانیم تجربه شما را بهتر کنیم؟',
  mainReason: 'دلیل اصلی چیست؟',
  placeholder: 'با کلمات خودتان برایمان بنویسید',
  submit: 'ارسال',
  charactersLeft: { one: '{count} نویسه باقی مانده', other: '{count} نویسه باقی مانده' },
  thanks: 'از بازخورد شما سپاسگزاریم!',
  close: 'بستن',
  feedback: 'بازخورد',
  appeared: 'پرسش بازخورد: برای پاسخ دادن، کلید Tab را فشار دهید.',
};

export default fa;
