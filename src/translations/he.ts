import type { Translation } from './translation.js';

/**
 * Hebrew (עברית): the wording of Israeli NPS and CSAT surveys, addressing the customer in the plural
 * ("אתם"), the customary gender-neutral form of Israeli business copy.
 */
const he: Translation = {
  $code: 'he',
  npsQuestion: 'מה הסבירות שתמליצו עלינו לחבר או לעמית?',
  satisfactionQuestion: 'עד כמה אתם מרוצים מהחוויה שלכם?',
  thumbsQuestion: 'האם זה עזר לכם?',
  npsLow: 'בכלל לא סביר',
  npsHigh: 'סביר מאוד',
  satisfactionLow: 'מאוד לא מרוצה',
  satisfactionHigh: 'מרוצה מאוד',
  pointOf: '{value} מתוך {max}',
  stars: { one: '{count} כוכב', two: '{count} כוכבים', other: '{count} כוכבים' },
  emoji: ['מאוד לא מרוצה', 'לא מרוצה', 'ניטרלי', 'מרוצה', 'מרוצה מאוד'],
  thumbsDown: 'אגודל למטה',
  thumbsUp: 'אגודל למעלה',
  commentQuestion: 'איך נוכל לשפר את החוויה שלכם?',
  mainReason: 'מה הסיבה העיקרית?',
  placeholder: 'ספרו לנו במילים שלכם',
  submit: 'שליחה',
  charactersLeft: { one: 'נותר {count} תו', two: 'נותרו {count} תווים', other: 'נותרו {count} תווים' },
  thanks: 'תודה על המשוב!',
  close: 'סגירה',
  feedback: 'משוב',
  appeared: 'שאלת משוב: כדי לענות, הקישו על מקש Tab.',
};

export default he;
