/**
 * `care-feedback/insights`: the team's side of the data (contract §12, §13), for servers only. Reads
 * `pgliteStore` and `postgresStore` (care-feedback/receiver/pglite, /postgres) in SQL.
 */
export { createForwarder, type Forwarder, type ForwarderOptions, type SinkStatus } from './forwarding/forwarder.js';
export { webhookSink, type WebhookSinkOptions, type DigestBody } from './forwarding/webhook.js';
export { cloudEventsSink, type CloudEventsSinkOptions } from './forwarding/cloud-events.js';
export { slackSink, type SlackSinkOptions, type SlackMessage } from './forwarding/slack.js';
export { SinkError, type Sink, type SinkOptions, type Plan } from './forwarding/sink.js';
export { bandOf, type Band, type When } from './forwarding/bands.js';
export { createInsights, type InsightsHandler, type InsightsOptions } from './summary/handler.js';
export type {
  AnswerItem, AnswerPage, Estimate, Funnel, InsightsError, InsightsSummary, RankedReason, ScaleDistribution, ScaleFigures,
  ScaleKey, Segment, SeriesPoint, SurveyList,
} from './summary/types.js';
