import type { Translation } from './translation.js';

/** Vietnamese (Tiếng Việt): the wording of Vietnamese NPS and CSAT surveys, addressing the customer as "bạn". */
const vi: Translation = {
  $code: 'vi',
  npsQuestion: 'Khả năng bạn giới thiệu chúng tôi cho bạn bè hoặc đồng nghiệp là bao nhiêu?',
  satisfactionQuestion: 'Bạn hài lòng như thế nào với trải nghiệm của mình?',
  thumbsQuestion: 'Thông tin này có hữu ích không?',
  npsLow: 'Hoàn toàn không có khả năng',
  npsHigh: 'Rất có khả năng',
  satisfactionLow: 'Rất không hài lòng',
  satisfactionHigh: 'Rất hài lòng',
  pointOf: '{value} trên {max}',
  stars: { other: '{count} sao' },
  emoji: ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'],
  thumbsDown: 'Không thích',
  thumbsUp: 'Thích',
  commentQuestion: 'Chúng tôi có thể làm gì để cải thiện trải nghiệm của bạn?',
  mainReason: 'Lý do chính là gì?',
  placeholder: 'Hãy chia sẻ ý kiến của bạn',
  submit: 'Gửi',
  charactersLeft: { other: 'Còn {count} ký tự' },
  thanks: 'Cảm ơn bạn đã gửi phản hồi!',
  close: 'Đóng',
  feedback: 'Phản hồi',
  appeared: 'Câu hỏi khảo sát: nhấn phím Tab để trả lời.',
};

export default vi;
