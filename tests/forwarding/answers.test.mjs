/**
 * The sinks' plans, pure functions of (events, state, now): a Slack answer waits for its comment at most two
 * minutes, `when` filters by band, a daily digest is one message at midnight UTC, and what a visitor typed cannot
 * ping a channel. Time is a number handed in: no timer, no sleep.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slackSink, webhookSink, cloudEventsSink } from 'care-feedback/insights';
import { comment, rating, shown } from './events.mjs';

const MINUTE = 60_000;
const T0 = Date.parse('2026-12-06T10:00:00Z');
const slack = (options) => slackSink('https://hooks.slack.example/T/B/x', options);

test('a Slack answer goes as soon as its comment arrives, with score, band, comment, reasons and context', () => {
  const sink = slack();
  const r = rating(3, { responseId: 'resp-1' });
  const first = sink.plan([r], undefined, T0);
  assert.equal(first.messages.length, 0, 'the rating waits for its comment');
  assert.equal(first.wakeAt, T0 + 2 * MINUTE);
  const second = sink.plan([comment('Delivery took three weeks', { responseId: 'resp-1', reasons: ['Delivery', 'Price'] })], first.state, T0 + 30_000);
  assert.equal(second.messages.length, 1);
  const { text } = second.messages[0];
  for (const part of ['checkout-nps', 'negative', 'Score: *3*', 'nps 0–10', '> Delivery took three weeks', 'Reasons: Delivery, Price', 'plan=pro']) {
    assert.ok(text.includes(part), `${part} in:\n${text}`);
  }
  assert.equal(second.wakeAt, undefined, 'nothing waits any more');
  assert.equal(sink.plan([], second.state, T0 + 10 * MINUTE).messages.length, 0, 'told once');
});

test('a Slack answer without a comment goes two minutes after its rating, not before', () => {
  const sink = slack();
  const first = sink.plan([rating(2, { responseId: 'resp-2' })], undefined, T0);
  assert.equal(sink.plan([], first.state, T0 + 2 * MINUTE - 1).messages.length, 0);
  const due = sink.plan([], first.state, T0 + 2 * MINUTE);
  assert.equal(due.messages.length, 1);
  assert.match(due.messages[0].text, /Score: \*2\*[\s\S]*No comment/);
  // The comment that comes later is told too, as a late comment, with the rating's band.
  const late = sink.plan([comment('Still waiting', { responseId: 'resp-2' })], due.state, T0 + 3 * MINUTE);
  assert.equal(late.messages.length, 1);
  assert.match(late.messages[0].text, /negative.*already told[\s\S]*> Still waiting/);
});

test('a changed rating is told once, with its last score', () => {
  const sink = slack();
  const a = sink.plan([rating(8, { responseId: 'r', time: '2026-12-06T10:00:00.000Z' }), rating(4, { responseId: 'r', time: '2026-12-06T10:00:05.000Z' })], undefined, T0);
  const due = sink.plan([], a.state, T0 + 2 * MINUTE);
  assert.equal(due.messages.length, 1);
  assert.match(due.messages[0].text, /Score: \*4\*/);
});

test("when: 'negative' tells only unhappy answers, and the comments of happy ones stay quiet", () => {
  const sink = slack({ when: 'negative' });
  const events = [
    rating(10, { responseId: 'happy' }), comment('Great', { responseId: 'happy' }),
    rating(7, { responseId: 'passive' }), comment('Fine', { responseId: 'passive' }),
    rating(1, { responseId: 'sad' }), comment('Awful', { responseId: 'sad' }),
    shown(),
  ];
  const { messages } = sink.plan(events, undefined, T0);
  assert.equal(messages.length, 1);
  assert.match(messages[0].text, /Score: \*1\*[\s\S]*> Awful/);
  const both = slack({ when: ['negative', 'neutral'] }).plan(events, undefined, T0);
  assert.equal(both.messages.length, 2);
});

test("digest: 'daily' sends one summary after midnight UTC instead of one message an answer", () => {
  const sink = slack({ digest: 'daily' });
  let plan = sink.plan([rating(2, { responseId: 'a' }), comment('Too slow', { responseId: 'a', reasons: ['Delivery'] }), rating(10, { responseId: 'b' }), comment('Love it', { responseId: 'b' })], undefined, T0);
  assert.equal(plan.messages.length, 0);
  plan = sink.plan([rating(9, { responseId: 'c' })], plan.state, T0 + MINUTE);
  plan = sink.plan([], plan.state, T0 + 3 * MINUTE); // c is ready (no comment): into the digest, not a message
  assert.equal(plan.messages.length, 0);
  const midnight = Date.parse('2026-12-07T00:00:00Z');
  assert.equal(plan.wakeAt, midnight);
  assert.equal(sink.plan([], plan.state, midnight - 1).messages.length, 0);
  const night = sink.plan([], plan.state, midnight);
  assert.equal(night.messages.length, 1);
  const { text } = night.messages[0];
  assert.match(text, /digest.*2026-12-06/);
  assert.match(text, /checkout-nps\*: 3 rated, 2 commented — 1 negative, 0 neutral, 2 positive; mean 7\.0 \(nps 0–10\)/);
  assert.ok(text.indexOf('Too slow') < text.indexOf('Love it'), 'unhappy quotes first');
  assert.match(text, /\[Delivery\] Too slow/);
  // The next day starts empty; an empty day sends nothing.
  const nextNight = sink.plan([], night.state, midnight + 24 * 60 * MINUTE);
  assert.equal(nextNight.messages.length, 0);
});

test('what a visitor typed cannot mention a channel or forge a link in Slack', () => {
  const sink = slack();
  const { messages } = sink.plan([rating(0, { responseId: 'x' }), comment('<!channel> see <https://evil.example|your bank> & more', { responseId: 'x' })], undefined, T0);
  assert.match(messages[0].text, /&lt;!channel&gt; see &lt;https:\/\/evil\.example\|your bank&gt; &amp; more/);
  assert.ok(!messages[0].text.includes('<!channel>'));
});

test("an event sink with when: 'negative' passes negative ratings and their comments only", () => {
  for (const sink of [webhookSink('http://127.0.0.1:1/', { when: 'negative' }), cloudEventsSink('http://127.0.0.1:1/', { when: 'negative' })]) {
    const sad = rating(2, { responseId: 'sad' });
    const sadComment = comment('Bad', { responseId: 'sad' });
    const first = sink.plan([rating(9, { responseId: 'happy' }), sad, shown()], undefined, T0);
    assert.deepEqual(first.messages, [sad]);
    const second = sink.plan([comment('Good', { responseId: 'happy' }), sadComment], first.state, T0 + 1000);
    assert.deepEqual(second.messages, [sadComment]);
  }
  // A rating changed to a band that does not pass: its comment does not pass either.
  const sink = webhookSink('http://127.0.0.1:1/', { when: 'negative' });
  const changed = sink.plan([rating(1, { responseId: 'c' }), rating(9, { responseId: 'c' })], undefined, T0);
  assert.equal(sink.plan([comment('ok now', { responseId: 'c' })], changed.state, T0 + 1000).messages.length, 0);
  assert.deepEqual(changed.state, {}, 'only responses that pass are remembered');
  const all = webhookSink('http://127.0.0.1:1/');
  assert.equal(all.plan([rating(9), shown()], undefined, T0).messages.length, 2, "'all' passes every event");
});

test('a webhook digest is one JSON summary a day', () => {
  const sink = webhookSink('http://127.0.0.1:1/', { digest: 'daily', when: 'negative' });
  let plan = sink.plan([rating(1, { responseId: 'a' }), comment('No', { responseId: 'a' }), rating(10, { responseId: 'b' })], undefined, T0);
  assert.equal(plan.messages.length, 0);
  plan = sink.plan([], plan.state, Date.parse('2026-12-07T00:00:00Z'));
  assert.equal(plan.messages.length, 1);
  const [body] = plan.messages;
  assert.equal(body.type, 'care.feedback.digest');
  assert.equal(body.from, '2026-12-06T10:00:00.000Z');
  assert.equal(body.until, '2026-12-07T00:00:00.000Z');
  assert.deepEqual(body.surveys.map((s) => [s.surveyId, s.answers, s.bands]), [['checkout-nps', 1, { negative: 1, neutral: 0, positive: 0 }]]);
});

test('plans never change the state they are given (it is saved only once the messages are sent)', () => {
  const sink = slack();
  const first = sink.plan([rating(1, { responseId: 'z' })], undefined, T0);
  const frozen = JSON.stringify(first.state);
  sink.plan([comment('x', { responseId: 'z' })], first.state, T0 + 1);
  assert.equal(JSON.stringify(first.state), frozen);
});
