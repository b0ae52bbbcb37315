import { expect, oneEvent } from '@open-wc/testing';
import { configure, flush, outbox } from '../../src/client.js';
import { sendFeedbackEvent } from '../../src/client/delivery.js';
import { createCloudEvent } from '../../src/client/envelope.js';
import { captureConsole, newEndpoint, resetConfig, settle } from './helpers.js';
import { attempts, clearOutbox, fastBackoff, plan, rating, storeEntry, until } from './delivery-helpers.js';

/** Retries against the real test collector, scripted to fail; the backoff base is shortened to 50 ms. */
describe('delivery retries', () => {
  let restoreBackoff: () => void;
  beforeEach(() => {
    clearOutbox();
    restoreBackoff = fastBackoff(50);
  });
  afterEach(async () => {
    await flush();
    restoreBackoff();
    resetConfig();
    clearOutbox();
  });

  it('retries 503 three times, then is delivered once: 4 attempts, one id, growing gaps', async () => {
    const { endpoint, bucket } = newEndpoint();
    await plan(bucket, [{ status: 503 }, { status: 503 }, { status: 503 }]);
    configure({ endpoint });
    const delivered = oneEvent(window, 'care-delivered');
    const sent = sendFeedbackEvent('care.feedback.rating.v1', rating());
    expect((await delivered).detail.id).to.equal(sent.id);
    const tries = await attempts(bucket);
    expect(tries.map((t) => t.answer)).to.deep.equal([503, 503, 503, 202]);
    expect(new Set(tries.map((t) => t.body.id))).to.deep.equal(new Set([sent.id]));
    const gaps = tries.slice(1).map((t, i) => t.at - tries[i].at);
    // The waits are 50, 100 and 200 ms, each ±25 %. A gap between two arrivals at the server is the wait plus
    // the answer's way back and the next request's way there, so it is never shorter than the wait, and
    // can be longer on a busy machine: only the lower bounds are certain. Each is above the longest wait
    // of the step before it, so the backoff must grow (retry-policy.test.ts checks the exact arithmetic);
    // 2 ms are left for timers and clocks that round.
    expect(gaps[0], 'first wait ≥ 50 ms − 25 %').to.be.at.least(35);
    expect(gaps[1], 'second wait ≥ 100 ms − 25 %, longer than any first').to.be.at.least(73);
    expect(gaps[2], 'third wait ≥ 200 ms − 25 %, longer than any second').to.be.at.least(148);
    expect(outbox()).to.deep.equal([]);
  });

  it('honours Retry-After in seconds over its own backoff', async () => {
    const { endpoint, bucket } = newEndpoint();
    await plan(bucket, [{ status: 429, retryAfter: 1 }]);
    configure({ endpoint });
    sendFeedbackEvent('care.feedback.rating.v1', rating());
    const [first, second] = await until(async () => (await attempts(bucket))[1] && attempts(bucket), 'the retry');
    // Never before the second it asked for (the way there and back only adds to it), and not the 50 ms backoff.
    expect(second.at - first.at).to.be.within(1000, 3000);
    expect(second.body.id).to.equal(first.body.id);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const { endpoint, bucket } = newEndpoint();
    const in2s = new Date(Date.now() + 2000).toUTCString(); // whole seconds: between 1 and 2 s from now
    await plan(bucket, [{ status: 503, retryAfter: in2s }]);
    configure({ endpoint });
    sendFeedbackEvent('care.feedback.rating.v1', rating());
    const [first, second] = await until(async () => (await attempts(bucket))[1] && attempts(bucket), 'the retry');
    // Not before the date (the clocks are one machine's), and not the 50 ms backoff nor much later.
    expect(second.at).to.be.at.least(Date.parse(in2s) - 100);
    expect(second.at - first.at).to.be.below(3000);
  });

  it('waits 60 s after a 429 without Retry-After, and keeps the event meanwhile', async () => {
    const { endpoint, bucket } = newEndpoint();
    await plan(bucket, [{ status: 429 }]);
    configure({ endpoint });
    const sent = sendFeedbackEvent('care.feedback.rating.v1', rating());
    await until(() => outbox()[0]?.retryAt, 'the 429');
    const [entry] = outbox();
    expect(entry.event.id).to.equal(sent.id);
    expect(entry.retryAt! - Date.now()).to.be.within(59000, 60000);
    expect(entry).to.deep.include({ attempts: 1, reason: 'HTTP 429' });
    await flush(); // not due: flush does not force it
    expect(await settle(bucket, 200)).to.have.length(1);
  });

  it('gives up a 400 at once: one attempt, one console error, care-delivery-failed, gone from the outbox', async () => {
    const { endpoint, bucket } = newEndpoint();
    await plan(bucket, [{ status: 400 }]);
    configure({ endpoint });
    const console = captureConsole();
    try {
      const failed = oneEvent(window, 'care-delivery-failed');
      const sent = sendFeedbackEvent('care.feedback.rating.v1', rating());
      expect((await failed).detail).to.deep.equal({ id: sent.id, type: sent.type, status: 400, reason: 'HTTP 400' });
      expect(console.errors).to.have.length(1);
      expect(console.errors[0]).to.include(sent.id).and.include('HTTP 400');
      expect(outbox()).to.deep.equal([]);
      await flush();
      expect(await settle(bucket, 200)).to.have.length(1);
    } finally {
      console.restore();
    }
  });

  it('gives up after 10 attempts of 503, with the last status', async () => {
    restoreBackoff();
    restoreBackoff = fastBackoff(1);
    const { endpoint, bucket } = newEndpoint('?status=503');
    configure({ endpoint });
    const console = captureConsole();
    try {
      const failed = oneEvent(window, 'care-delivery-failed');
      sendFeedbackEvent('care.feedback.rating.v1', rating());
      expect((await failed).detail).to.deep.include({ status: 503, reason: 'HTTP 503' });
      expect(await settle(bucket, 200)).to.have.length(10);
      expect(console.errors).to.have.length(1);
    } finally {
      console.restore();
    }
  });

  it('gives up an event older than 24 h without sending it', async () => {
    const { endpoint, bucket } = newEndpoint();
    const event = createCloudEvent('care.feedback.rating.v1', rating());
    event.time = new Date(Date.now() - 24 * 3600e3 - 60e3).toISOString();
    storeEntry({ event, endpoint, attempts: 3, retryAt: Date.now() - 1, reason: 'HTTP 503' });
    const console = captureConsole();
    try {
      const failed = oneEvent(window, 'care-delivery-failed');
      await flush();
      expect((await failed).detail).to.deep.include({ id: event.id, reason: 'expired' });
      expect(outbox()).to.deep.equal([]);
      expect(await settle(bucket, 200)).to.have.length(0);
      expect(console.errors).to.have.length(1);
    } finally {
      console.restore();
    }
  });
});
