export { createForwarder, type Forwarder, type ForwarderOptions, type SinkStatus } from './forwarding/forwarder.js';
export { webhookSink, type WebhookSinkOptions, type DigestBody } from './forwarding/webhook.js';
export { cloudEventsSink, type CloudEventsSinkOptions } from './forwarding/cloud-events.js';
export { slackSink, type SlackSinkOptions, type SlackMessage } from './forwarding/slack.js';
export { SinkError, type Sink, type SinkOptions, type Plan } from './forwarding/sink.js';
export { bandOf, type Band, type When } from './forwarding/bands.js';
