/**
 * The JSON that `createInsights()` answers (contract §12), typed for the team's own code and for
 * `<care-insights>`. Times are ISO 8601 in UTC. Shares and scores are numbers, never strings: NPS in points
 * (−100…100), CSAT in percent (0–100), the mean on the scale's own values.
 */
import type { RatingScale } from '../../types.js';

/** The bands of contract §3: detractors, passives, promoters for NPS. */
export type Band = 'negative' | 'neutral' | 'positive';

/** A figure with its 95 % interval; `low` and `high` are null where no interval exists (a mean of one answer). */
export interface Estimate {
  value: number;
  low: number | null;
  high: number | null;
}

/** One scale of a survey (a survey may have been asked on several: figures are never mixed across them). */
export interface ScaleKey {
  scale: RatingScale;
  min: number;
  max: number;
}

/** The figures of the responses on one scale. */
export interface ScaleFigures extends ScaleKey {
  /** Distinct `responseId`s with a rating on this scale; each counts its last rating (by `time`). */
  responses: number;
  /** Responses per band (for NPS: detractors, passives, promoters). */
  bands: Record<Band, number>;
  /** NPS scale only: promoters − detractors in points, with the standard variance formula's interval. */
  nps: Estimate | null;
  /** Scales other than NPS: the positive band's share in percent, with Wilson's interval. */
  csat: Estimate | null;
  /** The mean with Student's t-interval (no interval below 2 answers). */
  mean: Estimate | null;
}

/** How many responses chose each value, every value of the scale listed (zeros included). */
export interface ScaleDistribution extends ScaleKey {
  counts: { value: number; count: number; band: Band }[];
}

/** One time bucket of one scale: `start` is the bucket's first instant (UTC midnight; weeks start on Monday). */
export interface SeriesPoint extends ScaleFigures {
  start: string;
}

/** The figures of the responses whose `context[key]` is one value (null: the key was absent). */
export interface Segment {
  value: string | null;
  scales: ScaleFigures[];
}

export interface RankedReason {
  /** The reason as sent: its key, or its label when it has none (contract §3). */
  reason: string;
  /** Comments that chose it. */
  count: number;
}

/** The funnel of `<care-feedback>` in the period. */
export interface Funnel {
  /** Cards shown (shown events: each showing is a conversation of its own). */
  shown: number;
  /** Responses: distinct `responseId`s with a rating. */
  rated: number;
  /** Distinct `responseId`s with a comment. */
  commented: number;
  /** Dismissals (dismissed events), by the stage the card was closed at. */
  dismissed: { total: number; rating: number; comment: number; thanks: number };
}

/** `GET <insights>?survey=…`: everything about one survey in one period. */
export interface InsightsSummary {
  survey: string;
  /** The period: `from` inclusive, `to` exclusive. */
  from: string;
  to: string;
  interval: 'day' | 'week';
  /** Distinct `responseId`s with a rating, on any scale. */
  responses: number;
  /** Comments in the period (events of type comment). */
  comments: number;
  /** One entry per scale the survey was answered on, the most answered first. */
  scales: ScaleFigures[];
  distribution: ScaleDistribution[];
  /** Every bucket of the period for every scale, empty ones included, oldest first. */
  series: SeriesPoint[];
  /** With `segment=<context key>`: the same figures per value of that key, the largest first (at most 50). */
  segment: { key: string; values: Segment[] } | null;
  /** Reasons chosen in comments, ranked within the band of the response's rating (`unrated`: no rating). */
  reasons: Record<Band | 'unrated', RankedReason[]>;
  funnel: Funnel;
}

/** One comment of the list "who needs an answer", with the rating of its response. */
export interface AnswerItem {
  id: string;
  source: string;
  time: string;
  responseId: string;
  text: string;
  reasons: string[] | null;
  locale: string | null;
  context: Record<string, string | number | boolean>;
  /** The response's last rating, or null when it has none. */
  rating: (ScaleKey & { value: number; band: Band; time: string }) | null;
}

/** `GET <insights>/responses?survey=…`: comments, unhappy first then newest, a page at a time. */
export interface AnswerPage {
  survey: string;
  from: string;
  to: string;
  items: AnswerItem[];
  /** Pass as `cursor` for the next page; null on the last page. */
  next: string | null;
}

/** `GET <insights>/surveys`: the surveys the store holds events of. */
export interface SurveyList {
  surveys: { survey: string; events: number; last: string }[];
}

/** The body of every answer other than 200. */
export interface InsightsError {
  error: string;
}
