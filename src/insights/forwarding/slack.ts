/**
 * `slackSink(url, { when, digest })`: a readable message in a Slack channel (an incoming webhook) for each answer
 * — survey, score and band, comment, reasons, context — once its comment arrives or two minutes after its
 * rating, whichever is first; or, with `digest: 'daily'`, one summary a day. Messages go one at a time, in
 * order (Slack allows about one a second per webhook, and answers 429 with `Retry-After` beyond: honoured).
 */
import type { CommentData, RatingData } from '../../types.js';
import type { Band, When } from './bands.js';
import type { Answer, Digest } from './answers.js';
import { planAnswers, type AnswerSinkState } from './digest-sink.js';
import { postTo, sinkName, type Sink, type SinkOptions } from './sink.js';

export interface SlackSinkOptions extends SinkOptions {
  /** Which answers: `'negative'`, `['negative', 'neutral']`, a function of the band; default `'all'`. */
  when?: When;
  /** `'daily'`: one summary a day instead of one message an answer. */
  digest?: 'daily';
  /** Milliseconds a rating waits for its comment. Default 120,000 (two minutes). */
  commentWaitMs?: number;
}

/** A Slack incoming-webhook payload: `text` in Slack's mrkdwn. */
export interface SlackMessage {
  text: string;
}

const BAND_MARK: Record<Band, string> = { negative: ':red_circle: negative', neutral: ':large_yellow_circle: neutral', positive: ':large_green_circle: positive' };

/**
 * What a visitor typed, made inert for Slack: `&`, `<` and `>` are its only control characters (`<!channel>`,
 * `<https://…|links>`), escaped as Slack documents.
 */
export const escapeSlack = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const quote = (text: string) => escapeSlack(text).split('\n').map((line) => `> ${line}`).join('\n');

const contextLine = (context: Record<string, unknown>) =>
  Object.entries(context).map(([key, value]) => `${escapeSlack(key)}=${escapeSlack(String(value))}`).join(', ');

export function formatAnswer(answer: Answer): SlackMessage {
  const rating = answer.rating?.data as RatingData | undefined;
  const comment = answer.comment?.data as (CommentData & { reasons?: string[] }) | undefined;
  const data = rating ?? comment;
  const lines = [`*${escapeSlack(answer.surveyId)}*${answer.band ? ` — ${BAND_MARK[answer.band]}` : ''}${answer.lateComment ? ' (a comment on a response already told)' : ''}`];
  if (rating) lines.push(`Score: *${rating.value}* (${rating.scale} ${rating.min}–${rating.max}) — ${escapeSlack(rating.question)}`);
  if (comment?.reasons?.length) lines.push(`Reasons: ${comment.reasons.map(escapeSlack).join(', ')}`);
  if (comment?.text) lines.push(quote(comment.text));
  else if (!comment) lines.push('_No comment (yet)_');
  if (data && Object.keys(data.context).length) lines.push(`Context: ${contextLine(data.context)}`);
  const source = answer.rating?.source ?? answer.comment?.source;
  if (source) lines.push(`Source: ${escapeSlack(source)} · response ${escapeSlack(data?.responseId ?? '')}`);
  return { text: lines.join('\n') };
}

export function formatDigest(digest: Digest): SlackMessage {
  const day = new Date(digest.from).toISOString().slice(0, 10);
  const lines = [`*Feedback digest* — ${day} (UTC)`];
  for (const survey of Object.values(digest.surveys)) {
    const { negative, neutral, positive } = survey.bands;
    const means = Object.entries(survey.scores).map(([scale, { sum, count }]) => `mean ${(sum / count).toFixed(1)} (${scale})`);
    lines.push(
      '',
      `*${escapeSlack(survey.surveyId)}*: ${survey.answers} rated, ${survey.comments} commented — ` +
        `${negative} negative, ${neutral} neutral, ${positive} positive${means.length ? `; ${means.join(', ')}` : ''}`
    );
    for (const { band, text, reasons } of survey.quotes) {
      const said = [reasons?.length ? `[${reasons.map(escapeSlack).join(', ')}]` : '', text ? escapeSlack(text).replace(/\n/g, ' ') : '']
        .filter(Boolean)
        .join(' ');
      lines.push(`> ${band ?? 'unrated'}: ${said}`);
    }
  }
  return { text: lines.join('\n') };
}

export function slackSink(url: string, options: SlackSinkOptions = {}): Sink<SlackMessage, AnswerSinkState> {
  return {
    name: options.name ?? sinkName('slack', url),
    // Alerts are about now: a new Slack sink does not post the store's whole history.
    startAt: options.startAt ?? 'end',
    concurrency: 1,
    plan: planAnswers(
      { when: options.when ?? 'all', digest: options.digest, waitMs: options.commentWaitMs },
      { answer: formatAnswer, digest: formatDigest }
    ),
    send: (message) => postTo(url, JSON.stringify(message), 'application/json', options),
  };
}
