// Per-survey figures from stored care-feedback events. Browser-safe (no Node imports): the responses
// page imports this very file, and the collector re-exports it, so both compute the same numbers. Bands
// (unhappy, neutral, happy) come from the library itself, so the page and the card's follow-up agree.
import { sentimentOf } from '../dist/components/base/scales.js';

const RATING = 'care.feedback.rating.v1';
const COMMENT = 'care.feedback.comment.v1';
const SHOWN = 'care.feedback.shown.v1';
const DISMISSED = 'care.feedback.dismissed.v1';

/**
 * @typedef {object} SurveySummary
 * @property {string} surveyId
 * @property {number} responses distinct responseIds that rated or commented
 * @property {string | null} scale the scale of the survey's most recent rating; null without ratings
 * @property {number | null} max the top value of that scale
 * @property {number} ratings responses counted in the figures below (their latest rating, on `scale`)
 * @property {number | null} nps for `scale: "nps"`: % promoters (9–10) minus % detractors (0–6), an integer
 * @property {number | null} average for other scales: the mean rating, one decimal (4.3 of 5)
 * @property {number | null} satisfiedPercent for other scales: % in the top two points (top point on
 *   3-point scales and thumbs), an integer
 * @property {number} comments comment events
 * @property {number} shown shown events
 * @property {number} dismissed dismissed events
 * @property {{ value: number, count: number, band: Band }[]} distribution how many chose each value
 * @property {{ negative: number, neutral: number, positive: number }} bands the same by band: for NPS
 *   detractors (0–6), passives (7–8) and promoters (9–10)
 * @property {{ day: string, responses: number }[]} overTime responses per day (UTC), by their first event
 */

/** @typedef {'negative' | 'neutral' | 'positive'} Band */

/**
 * Summarizes events per `data.surveyId`. A visitor who changes their rating sends another rating with
 * the same responseId; only the latest one (by event `time`) counts.
 * @param {Iterable<{ type: string, time: string, data: Record<string, unknown> }>} events
 * @returns {SurveySummary[]} sorted by surveyId
 */
export function summarize(events) {
  const surveys = new Map();
  for (const event of events) {
    const data = event?.data;
    if (typeof data?.surveyId !== 'string') continue;
    const survey = tallyFor(surveys, data.surveyId);
    if (event.type === RATING || event.type === COMMENT) keepEarliest(survey.firstSeen, data.responseId, event.time);
    switch (event.type) {
      case RATING:
        survey.respondents.add(data.responseId);
        keepLatest(survey.latestRatingPerResponse, data.responseId, event);
        if (!survey.latestRating || isNewer(event, survey.latestRating)) survey.latestRating = event;
        break;
      case COMMENT:
        survey.respondents.add(data.responseId);
        survey.comments += 1;
        break;
      case SHOWN:
        survey.shown += 1;
        break;
      case DISMISSED:
        survey.dismissed += 1;
        break;
    }
  }
  return [...surveys.values()]
    .map(summarizeSurvey)
    .sort((a, b) => (a.surveyId < b.surveyId ? -1 : a.surveyId > b.surveyId ? 1 : 0));
}

function tallyFor(surveys, surveyId) {
  if (!surveys.has(surveyId)) {
    surveys.set(surveyId, {
      surveyId,
      respondents: new Set(),
      latestRatingPerResponse: new Map(),
      latestRating: null,
      firstSeen: new Map(),
      comments: 0,
      shown: 0,
      dismissed: 0,
    });
  }
  return surveys.get(surveyId);
}

function keepEarliest(firstSeen, responseId, time) {
  const current = firstSeen.get(responseId);
  if (current === undefined || Date.parse(time) < Date.parse(current)) firstSeen.set(responseId, time);
}

function keepLatest(latestPerResponse, responseId, event) {
  const current = latestPerResponse.get(responseId);
  if (!current || isNewer(event, current)) latestPerResponse.set(responseId, event);
}

// Compares instants, not strings: "…30.1Z" sorts after "…30.123Z" as text. Events arrive in any order
// (a retried event from the outbox can land after a newer one), so arrival order only breaks ties.
function isNewer(candidate, current) {
  const candidateTime = Date.parse(candidate.time);
  const currentTime = Date.parse(current.time);
  if (Number.isNaN(candidateTime) || Number.isNaN(currentTime)) return true;
  return candidateTime >= currentTime;
}

function summarizeSurvey(tally) {
  const reference = tally.latestRating?.data;
  // A survey whose scale was changed mid-way would mix incomparable numbers; count the current scale only.
  const values = [...tally.latestRatingPerResponse.values()]
    .map((event) => event.data)
    .filter((data) => data.scale === reference?.scale && data.max === reference?.max)
    .map((data) => data.value);
  const isNps = reference?.scale === 'nps';
  const hasScore = values.length > 0;
  const min = reference ? (reference.scale === 'nps' || reference.scale === 'thumbs' ? 0 : 1) : 0;
  const distribution = [];
  for (let value = min; reference && value <= reference.max; value++) {
    distribution.push({ value, count: values.filter((v) => v === value).length, band: sentimentOf({ ...reference, value }) });
  }
  const bands = { negative: 0, neutral: 0, positive: 0 };
  for (const { band, count } of distribution) bands[band] += count;

  return {
    surveyId: tally.surveyId,
    responses: tally.respondents.size,
    scale: reference?.scale ?? null,
    max: reference?.max ?? null,
    ratings: values.length,
    nps: isNps && hasScore ? netPromoterScore(values) : null,
    average: !isNps && hasScore ? Math.round(mean(values) * 10) / 10 : null,
    satisfiedPercent: !isNps && hasScore ? satisfiedPercent(values, reference.max) : null,
    comments: tally.comments,
    shown: tally.shown,
    dismissed: tally.dismissed,
    distribution,
    bands,
    overTime: perDay(tally.firstSeen.values()),
  };
}

/** How many of `times` fall on each UTC day, oldest day first, with the days between them at 0. */
function perDay(times) {
  const counts = new Map();
  for (const time of times) {
    const day = new Date(time).toISOString().slice(0, 10);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const days = [...counts.keys()].sort();
  const result = [];
  for (let day = days[0]; day && day <= days.at(-1); day = nextDay(day)) result.push({ day, responses: counts.get(day) ?? 0 });
  return result;
}

const nextDay = (day) => new Date(Date.parse(day) + 864e5).toISOString().slice(0, 10);

const BAND_ORDER = { negative: 0, neutral: 1, positive: 2, none: 3 };

/**
 * @typedef {object} Conversation one visitor's answer: their latest rating and their comment, joined by responseId
 * @property {string} surveyId
 * @property {string} responseId
 * @property {{ scale: string, value: number, max: number } | null} rating
 * @property {Band | 'none'} band `none` when the visitor only commented
 * @property {string | null} comment
 * @property {string} time the latest of its events
 * @property {string} locale
 */

/**
 * Every response with its rating and comment side by side, the unhappy first (who needs an answer), then
 * newest first.
 * @returns {Conversation[]}
 */
export function conversations(events) {
  const byResponse = new Map();
  for (const event of events) {
    const data = event?.data;
    if ((event.type !== RATING && event.type !== COMMENT) || typeof data?.responseId !== 'string') continue;
    const key = JSON.stringify([data.surveyId, data.responseId]);
    const entry = byResponse.get(key) ?? { surveyId: data.surveyId, responseId: data.responseId, rating: null, ratedAt: null, comment: null, time: event.time, locale: data.locale };
    if (event.type === RATING && (!entry.ratedAt || Date.parse(event.time) >= Date.parse(entry.ratedAt))) {
      entry.rating = { scale: data.scale, value: data.value, max: data.max };
      entry.ratedAt = event.time;
    }
    if (event.type === COMMENT) entry.comment = data.text;
    if (Date.parse(event.time) > Date.parse(entry.time)) entry.time = event.time;
    byResponse.set(key, entry);
  }
  return [...byResponse.values()]
    .map(({ ratedAt, ...entry }) => ({
      ...entry,
      band: entry.rating ? sentimentOf(entry.rating) : 'none',
    }))
    .sort((a, b) => BAND_ORDER[a.band] - BAND_ORDER[b.band] || Date.parse(b.time) - Date.parse(a.time));
}

function netPromoterScore(values) {
  const promoters = values.filter((value) => value >= 9).length;
  const detractors = values.filter((value) => value <= 6).length;
  return roundHalfAwayFromZero(((promoters - detractors) / values.length) * 100);
}

function satisfiedPercent(values, max) {
  // Top two points on 5-, 7- and 10-point scales; only the top one on 3-point scales and thumbs (max 1).
  const lowestSatisfied = max > 3 ? max - 1 : max;
  const satisfied = values.filter((value) => value >= lowestSatisfied).length;
  return roundHalfAwayFromZero((satisfied / values.length) * 100);
}

function mean(values) {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

// Math.round sends -12.5 to -12 but 12.5 to 13; an NPS of mirrored answers should mirror too.
function roundHalfAwayFromZero(number) {
  return Math.sign(number) * Math.round(Math.abs(number));
}
