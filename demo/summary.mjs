// Per-survey figures from stored care-feedback events. Browser-safe (no Node imports): the responses
// page imports this very file, and the collector re-exports it, so both compute the same numbers.

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
 */

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
      comments: 0,
      shown: 0,
      dismissed: 0,
    });
  }
  return surveys.get(surveyId);
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
  };
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
