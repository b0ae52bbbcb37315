import type { Translation } from './translation.js';

/** Japanese (日本語): the wording of Japanese NPS and CSAT surveys, in です/ます form with 敬語 towards the customer. */
const ja: Translation = {
  $code: 'ja',
  npsQuestion: '当社を友人や同僚におすすめいただける可能性はどのくらいありますか？',
  satisfactionQuestion: '今回のご利用にどの程度ご満足いただけましたか？',
  thumbsQuestion: 'この情報は役に立ちましたか？',
  npsLow: 'まったく可能性がない',
  npsHigh: '非常に可能性が高い',
  satisfactionLow: '非常に不満',
  satisfactionHigh: '非常に満足',
  pointOf: '{max}点中{value}点',
  stars: { other: '星{count}個' },
  emoji: ['非常に不満', '不満', 'どちらでもない', '満足', '非常に満足'],
  thumbsDown: '低評価',
  thumbsUp: '高評価',
  commentQuestion: 'どのような点を改善すれば、よりご満足いただけますか？',
  mainReason: '主な理由は何ですか？',
  placeholder: 'ご自由にお書きください',
  submit: '送信',
  charactersLeft: { other: '残り{count}文字' },
  thanks: 'ご意見ありがとうございました！',
  close: '閉じる',
  feedback: 'フィードバック',
  appeared: 'フィードバックのお願い：Tab キーを押して回答してください。',
};

export default ja;
