import type { Translation } from './translation.js';

/** Hindi (हिन्दी): the wording of Hindi NPS and CSAT surveys, addressing the customer as "आप". */
const hi: Translation = {
  $code: 'hi',
  npsQuestion: 'इसकी कितनी संभावना है कि आप हमें किसी मित्र या सहकर्मी को सुझाएँगे?',
  satisfactionQuestion: 'आप अपने अनुभव से कितने संतुष्ट हैं?',
  thumbsQuestion: 'क्या यह उपयोगी था?',
  npsLow: 'बिल्कुल संभावना नहीं',
  npsHigh: 'बहुत अधिक संभावना',
  satisfactionLow: 'बहुत असंतुष्ट',
  satisfactionHigh: 'बहुत संतुष्ट',
  pointOf: '{max} में से {value}',
  stars: { one: '{count} स्टार', other: '{count} स्टार' },
  emoji: ['बहुत असंतुष्ट', 'असंतुष्ट', 'तटस्थ', 'संतुष्ट', 'बहुत संतुष्ट'],
  thumbsDown: 'नापसंद',
  thumbsUp: 'पसंद',
  commentQuestion: 'हम आपका अनुभव बेहतर कैसे बना सकते हैं?',
  mainReason: 'मुख्य कारण क्या है?',
  placeholder: 'अपने शब्दों में बताएँ',
  submit: 'भेजें',
  charactersLeft: { one: '{count} वर्ण शेष', other: '{count} वर्ण शेष' },
  thanks: 'आपके फ़ीडबैक के लिए धन्यवाद!',
  close: 'बंद करें',
  feedback: 'फ़ीडबैक',
  appeared: 'फ़ीडबैक प्रश्न: उत्तर देने के लिए Tab कुंजी दबाएँ।',
};

export default hi;
