import type { Translation } from './translation.js';

/** Chinese, Simplified (简体中文): the wording of Chinese NPS and CSAT surveys, addressing the customer as "您". */
const zhHans: Translation = {
  $code: 'zh-Hans',
  npsQuestion: '您有多大可能向朋友或同事推荐我们？',
  satisfactionQuestion: '您对本次体验的满意度如何？',
  thumbsQuestion: '这对您有帮助吗？',
  npsLow: '完全不可能',
  npsHigh: '极有可能',
  satisfactionLow: '非常不满意',
  satisfactionHigh: '非常满意',
  pointOf: '{value} 分，满分 {max} 分',
  stars: { other: '{count} 颗星' },
  emoji: ['非常不满意', '不满意', '一般', '满意', '非常满意'],
  thumbsDown: '没有帮助',
  thumbsUp: '有帮助',
  commentQuestion: '我们可以在哪些方面做得更好？',
  mainReason: '主要原因是什么？',
  placeholder: '请告诉我们您的想法',
  submit: '提交',
  charactersLeft: { other: '还可输入 {count} 个字' },
  thanks: '感谢您的反馈！',
  close: '关闭',
  feedback: '反馈',
  appeared: '反馈问题：请按 Tab 键作答。',
};

export default zhHans;
