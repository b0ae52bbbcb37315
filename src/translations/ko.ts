import type { Translation } from './translation.js';

/** Korean (한국어): the wording of Korean NPS and CSAT surveys, in polite 해요체 with honorifics towards the customer. */
const ko: Translation = {
  $code: 'ko',
  npsQuestion: '친구나 동료에게 저희를 추천하실 가능성은 얼마나 되나요?',
  satisfactionQuestion: '이용 경험에 얼마나 만족하셨나요?',
  thumbsQuestion: '도움이 되었나요?',
  npsLow: '가능성 전혀 없음',
  npsHigh: '가능성 매우 높음',
  satisfactionLow: '매우 불만족',
  satisfactionHigh: '매우 만족',
  pointOf: '{max}점 중 {value}점',
  stars: { other: '별 {count}개' },
  emoji: ['매우 불만족', '불만족', '보통', '만족', '매우 만족'],
  thumbsDown: '싫어요',
  thumbsUp: '좋아요',
  commentQuestion: '어떤 점을 개선하면 좋을까요?',
  mainReason: '주된 이유는 무엇인가요?',
  placeholder: '자유롭게 의견을 남겨 주세요',
  submit: '제출',
  charactersLeft: { other: '{count}자 남음' },
  thanks: '소중한 의견 감사합니다!',
  close: '닫기',
  feedback: '피드백',
  appeared: '피드백 질문: 답변하려면 Tab 키를 누르세요.',
};

export default ko;
