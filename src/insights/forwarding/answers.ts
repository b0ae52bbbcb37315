/**
 * From events to answers, for the sinks that write to people: a response's rating and its comment (linked by
 * `data.responseId`) make one answer, ready once the comment arrives or `waitMs` after the rating, whichever is
 * first. Pure functions of (events, state, now): the state is kept with the sink's cursor, so an answer waiting
 * for its comment survives a restart. Also the band memory that lets an event sink pass a comment by the band of
 * its rating, and the daily digest.
 */
import type { CareCloudEvent, CommentData, RatingData } from '../../types.js';
import { bandOf, passes, type Band, type When } from './bands.js';

export type RatingEvent = CareCloudEvent<'care.feedback.rating.v1'>;
export type CommentEvent = CareCloudEvent<'care.feedback.comment.v1'>;

/** What a person is told about one response. */
export interface Answer {
  surveyId: string;
  /** The band of its last rating; undefined for a comment whose rating this sink never saw. */
  band?: Band;
  rating?: RatingEvent;
  comment?: CommentEvent;
  /** A comment that came after its rating was already told. */
  lateComment?: boolean;
}

/** Two minutes: how long a rating waits for its comment (contract §13). */
export const COMMENT_WAIT_MS = 2 * 60_000;
/**
 * How long the band of a response is remembered, for its comment: an hour (a comment comes within minutes of
 * its rating). Only responses that pass `when` are remembered, so the state stays the size of the alerts.
 */
const REMEMBER_MS = 60 * 60_000;

export interface AnswersState {
  /** Ratings waiting for their comment, by response id. */
  waiting: Record<string, { rating: RatingEvent; due: number }>;
  /** Responses already told (or passed), by response id: their band and when. */
  told: Record<string, { band: Band; at: number }>;
}

export const isRating = (event: CareCloudEvent): event is RatingEvent => event.type === 'care.feedback.rating.v1';
export const isComment = (event: CareCloudEvent): event is CommentEvent => event.type === 'care.feedback.comment.v1';

export function collectAnswers(
  events: CareCloudEvent[],
  previous: AnswersState | undefined,
  now: number,
  when: When,
  waitMs = COMMENT_WAIT_MS
): { answers: Answer[]; state: AnswersState; wakeAt?: number } {
  const waiting = { ...previous?.waiting };
  const told = { ...previous?.told };
  const answers: Answer[] = [];
  const tell = (responseId: string, answer: Answer) => {
    if (answer.band) told[responseId] = { band: answer.band, at: now };
    if (passes(when, answer.band)) answers.push(answer);
  };
  for (const event of events) {
    const { responseId, surveyId } = event.data;
    if (isRating(event)) {
      const band = bandOf(event.data);
      const held = waiting[responseId];
      if (held) {
        // A changed rating: the response's score is its last rating by time (contract §3).
        if (event.time >= held.rating.time) waiting[responseId] = { ...held, rating: event };
      } else if (told[responseId]) {
        told[responseId] = { band, at: now }; // already told: a comment still to come is told with this band
      } else if (passes(when, band)) {
        waiting[responseId] = { rating: event, due: now + waitMs };
      }
    } else if (isComment(event)) {
      const held = waiting[responseId];
      if (held) {
        delete waiting[responseId];
        tell(responseId, { surveyId, band: bandOf(held.rating.data), rating: held.rating, comment: event });
      } else if (told[responseId]) {
        tell(responseId, { surveyId, band: told[responseId].band, comment: event, lateComment: true });
      } else {
        tell(responseId, { surveyId, comment: event });
      }
    }
  }
  for (const [responseId, held] of Object.entries(waiting)) {
    if (held.due > now) continue;
    delete waiting[responseId];
    tell(responseId, { surveyId: held.rating.data.surveyId, band: bandOf(held.rating.data), rating: held.rating });
  }
  for (const [responseId, { at }] of Object.entries(told)) if (at + REMEMBER_MS <= now) delete told[responseId];
  const dues = Object.values(waiting).map((held) => held.due);
  return { answers, state: { waiting, told }, wakeAt: dues.length ? Math.min(...dues) : undefined };
}

/**
 * For the event sinks (webhook, CloudEvents): which events pass `when`. A rating passes by its band; a comment by
 * the band of its response's last rating seen (a comment alone has none); shown and dismissed only under `'all'`.
 */
export function filterEvents(
  events: CareCloudEvent[],
  previous: Record<string, { band: Band; at: number }> | undefined,
  now: number,
  when: When
): { events: CareCloudEvent[]; state: Record<string, { band: Band; at: number }> } {
  if (when === 'all') return { events, state: {} };
  const bands = { ...previous };
  const kept = events.filter((event) => {
    const { responseId } = event.data;
    if (isRating(event)) {
      const band = bandOf(event.data);
      const pass = passes(when, band);
      if (pass) bands[responseId] = { band, at: now };
      else delete bands[responseId]; // a changed rating that no longer passes: its comment does not either
      return pass;
    }
    if (isComment(event)) return passes(when, bands[responseId]?.band);
    return false;
  });
  for (const [responseId, { at }] of Object.entries(bands)) if (at + REMEMBER_MS <= now) delete bands[responseId];
  return { events: kept, state: bands };
}

/** One survey's day in a digest. */
export interface DigestSurvey {
  surveyId: string;
  answers: number;
  bands: Record<Band, number>;
  /** Scores by scale (`nps 0–10`), for the mean. */
  scores: Record<string, { sum: number; count: number }>;
  comments: number;
  /** The latest comments, unhappiest first (at most `DIGEST_QUOTES`). */
  quotes: { band?: Band; text: string; reasons?: string[] }[];
}

export interface Digest {
  /** Start of the period (ms), and its end: the next midnight UTC. */
  from: number;
  until: number;
  surveys: Record<string, DigestSurvey>;
}

const DIGEST_QUOTES = 5;
const DAY_MS = 24 * 60 * 60_000;
const BAND_ORDER: Record<string, number> = { negative: 0, neutral: 1, positive: 2, undefined: 3 };

export const nextMidnightUtc = (now: number) => Math.floor(now / DAY_MS) * DAY_MS + DAY_MS;

export const emptyDigest = (now: number): Digest => ({ from: now, until: nextMidnightUtc(now), surveys: {} });

/** Adds answers to the day's digest (a new object: state is never changed in place). */
export function addToDigest(digest: Digest, answers: Answer[]): Digest {
  const surveys = { ...digest.surveys };
  for (const answer of answers) {
    const survey = structuredClone(surveys[answer.surveyId] ?? {
      surveyId: answer.surveyId, answers: 0, bands: { negative: 0, neutral: 0, positive: 0 }, scores: {}, comments: 0, quotes: [],
    });
    if (answer.rating) {
      const { scale, min, max, value } = answer.rating.data as RatingData;
      survey.answers++;
      if (answer.band) survey.bands[answer.band]++;
      const key = `${scale} ${min}–${max}`;
      survey.scores[key] = { sum: (survey.scores[key]?.sum ?? 0) + value, count: (survey.scores[key]?.count ?? 0) + 1 };
    }
    if (answer.comment) {
      const { text, reasons } = answer.comment.data as CommentData & { reasons?: string[] };
      survey.comments++;
      survey.quotes = [{ band: answer.band, text, ...(reasons ? { reasons } : {}) }, ...survey.quotes]
        .sort((a, b) => BAND_ORDER[String(a.band)] - BAND_ORDER[String(b.band)])
        .slice(0, DIGEST_QUOTES);
    }
    surveys[answer.surveyId] = survey;
  }
  return { ...digest, surveys };
}
