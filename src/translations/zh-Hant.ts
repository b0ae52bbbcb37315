import type { Translation } from './translation.js';

/**
 * Chinese, Traditional (繁體中文), as used in Taiwan: the wording of Taiwanese NPS and CSAT surveys,
 * addressing the customer as "您".
 */
const zhHant: Translation = {
  $code: 'zh-Hant',
  npsQuestion: '您有多大的可能會向朋友或同事推薦我們？',
  satisfactionQuestion: '您對本次體驗的滿意度如何？',
  thumbsQuestion: '這對您有幫助嗎？',
  npsLow: '完全不可能',
  npsHigh: '極有可能',
  satisfactionLow: '非常不滿意',
  satisfactionHigh: '非常滿意',
  pointOf: '{value} 分，滿分 {max} 分',
  stars: { other: '{count} 顆星' },
  emoji: ['非常不滿意', '不滿意', '普通', '滿意', '非常滿意'],
  thumbsDown: '沒有幫助',
  thumbsUp: '有幫助',
  commentQuestion: '我們可以在哪些方面做得更好？',
  mainReason: '主要原因是什麼？',
  placeholder: '請告訴我們您的想法',
  submit: '送出',
  charactersLeft: { other: '還可輸入 {count} 個字' },
  thanks: '感謝您的意見回饋！',
  close: '關閉',
  feedback: '意見回饋',
  appeared: '意見回饋問題：請按 Tab 鍵作答。',
};

export default zhHant;
