// Forwarding in the demo (care-feedback/insights, contract §13): a forwarder in the demo's own process, on the
// same pgliteStore, follows what the collector stores and tells a sink that writes one line per event to the
// console — a sink of your own is `{ name, startAt, concurrency, plan, send }`. Set FORWARD_TO=<url> to also
// post each event as a CloudEvent (cloudEventsSink) to a broker, and SLACK_WEBHOOK_URL to get the unhappy
// answers in Slack.

import { cloudEventsSink, createForwarder, slackSink } from 'care-feedback/insights';

/** One line per event: what a real sink would take, without one to install. */
export function consoleSink(write = (line) => console.log(line)) {
  return {
    name: 'demo-console',
    startAt: 'end', // only what arrives from now: a restart of the demo does not replay its history
    concurrency: 1,
    plan: (events) => ({ messages: events, state: undefined }),
    async send(event) {
      const { data } = event;
      const what = 'value' in data ? `${data.scale} ${data.value}` : 'text' in data ? JSON.stringify(data.text) : event.type.split('.')[2];
      write(`forwarded ${event.type} ${event.id} (${data.surveyId}): ${what}`);
    },
  };
}

/** Starts forwarding from `store`; `write` receives the console sink's lines. Returns the forwarder. */
export function startForwarding(store, { write, env = process.env } = {}) {
  const sinks = [consoleSink(write)];
  if (env.FORWARD_TO) sinks.push(cloudEventsSink(env.FORWARD_TO));
  if (env.SLACK_WEBHOOK_URL) sinks.push(slackSink(env.SLACK_WEBHOOK_URL, { when: 'negative' }));
  return createForwarder({ store, sinks }).start();
}
