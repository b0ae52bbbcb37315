/**
 * The plan of a sink that speaks of answers rather than events (Slack, a webhook's digest): answers as they are
 * ready, or, with `digest: 'daily'`, one summary a day (sent at the first look after midnight UTC; a day with no
 * answer sends nothing).
 */
import type { CareCloudEvent } from '../../types.js';
import type { When } from './bands.js';
import { addToDigest, collectAnswers, emptyDigest, type Answer, type AnswersState, type Digest } from './answers.js';
import type { Plan } from './sink.js';

export interface AnswerSinkState {
  answers: AnswersState;
  digest?: Digest;
}

export function planAnswers<Message>(
  settings: { when: When; digest?: 'daily'; waitMs?: number },
  format: { answer(answer: Answer): Message; digest(digest: Digest): Message }
) {
  return (events: CareCloudEvent[], state: AnswerSinkState | undefined, now: number): Plan<Message, AnswerSinkState> => {
    const collected = collectAnswers(events, state?.answers, now, settings.when, settings.waitMs);
    if (!settings.digest) {
      return { messages: collected.answers.map(format.answer), state: { answers: collected.state }, wakeAt: collected.wakeAt };
    }
    const messages: Message[] = [];
    let digest = state?.digest ?? emptyDigest(now);
    if (now >= digest.until) {
      if (Object.keys(digest.surveys).length) messages.push(format.digest(digest));
      digest = emptyDigest(now);
    }
    digest = addToDigest(digest, collected.answers);
    const wakeAt = Math.min(collected.wakeAt ?? Infinity, digest.until);
    return { messages, state: { answers: collected.state, digest }, wakeAt };
  };
}
