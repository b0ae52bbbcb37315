import { expect, oneEvent } from '@open-wc/testing';
import { configure, flush, outbox } from '../../src/client.js';
import { sendFeedbackEvent } from '../../src/client/delivery.js';
import { createCloudEvent } from '../../src/client/envelope.js';
import type { CareCloudEvent, DeliveryFailedDetail } from '../../src/types.js';
import { captureConsole, newEndpoint, resetConfig, settle, waitForRequests } from './helpers.js';
import { attempts, clearOutbox, plan, rating, setOnline, sleep, storeEntry, type Attempt } from './delivery-helpers.js';

const send = (overrides = {}, endpoint?: string) =>
  sendFeedbackEvent('care.feedback.rating.v1', rating(overrides), endpoint ? { endpoint } : {});

function listen<T>(name: string) {
  const details: T[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent<T>).detail);
  window.addEventListener(name, listener);
  return { details, stop: () => window.removeEventListener(name, listener) };
}

describe('the outbox', () => {
  beforeEach(clearOutbox);
  // A delivery still answering when its test ends would tell care-delivered during the next one.
  afterEach(async () => {
    setOnline(true);
    await flush();
    resetConfig();
    clearOutbox();
  });

  it('holds each event from before its first send until a 2xx, with its resolved endpoint', async () => {
    const { bucket } = newEndpoint();
    await plan(bucket, [{ status: 202, delay: 300 }]);
    const delivered = oneEvent(window, 'care-delivered');
    const sent = send({}, `/collect/${bucket}`); // relative: resolved against the page when enqueued
    const [entry] = outbox();
    expect(entry.event).to.deep.equal(sent);
    expect(entry.endpoint).to.equal(`${location.origin}/collect/${bucket}`);
    expect(entry.attempts).to.equal(1);
    await delivered;
    expect(outbox()).to.deep.equal([]);
  });

  it('never stores an event whose endpoint is refused, nor one over 16 KiB', async () => {
    const console = captureConsole();
    const failed = listen<DeliveryFailedDetail>('care-delivery-failed');
    try {
      send({}, 'http://example.com/collect');
      configure({ endpoint: newEndpoint().endpoint });
      send({ question: 'x'.repeat(16 * 1024) });
      expect(failed.details.map((d) => d.reason)).to.deep.equal(['endpoint refused', 'too large']);
      expect(outbox()).to.deep.equal([]);
    } finally {
      failed.stop();
      console.restore();
    }
  });

  it('is a read-only snapshot: changing what outbox() returned changes nothing', async () => {
    setOnline(false);
    const { endpoint } = newEndpoint();
    configure({ endpoint });
    const sent = send();
    const snapshot = outbox();
    snapshot[0].attempts = 99;
    snapshot[0].event.id = 'changed';
    snapshot.pop();
    expect(outbox()).to.have.length(1);
    expect(outbox()).to.deep.equal([{ event: sent, endpoint, attempts: 0 }]);
  });

  it('sends nothing while offline and delivers each event once when the browser is back online', async () => {
    const { endpoint, bucket } = newEndpoint();
    configure({ endpoint });
    setOnline(false);
    const sent = [send(), send(), send()];
    expect(await settle(bucket, 200)).to.have.length(0);
    await flush();
    expect(await settle(bucket, 100)).to.have.length(0);
    expect(outbox()).to.have.length(3);
    setOnline(true);
    const requests = await waitForRequests(bucket, 3);
    expect(requests.map((r) => r.body.id).sort()).to.deep.equal(sent.map((e) => e.id).sort());
    await flush(); // every answer in
    expect(await attempts(bucket)).to.have.length(3);
    expect(outbox()).to.deep.equal([]);
  });

  it('keeps at most 100 events: of 150 made offline the oldest 50 go, with one warning and care-delivery-failed', async () => {
    configure({ endpoint: newEndpoint().endpoint });
    setOnline(false);
    const console = captureConsole();
    const failed = listen<DeliveryFailedDetail>('care-delivery-failed');
    try {
      const sent: CareCloudEvent[] = [];
      for (let i = 0; i < 150; i++) {
        sent.push(send());
        await sleep(2); // distinct times, so "oldest" is well defined
      }
      const kept = outbox();
      expect(kept).to.have.length(100);
      expect(kept.map((e) => e.event.id)).to.deep.equal(sent.slice(50).map((e) => e.id));
      expect(failed.details.map((d) => d.id)).to.deep.equal(sent.slice(0, 50).map((e) => e.id));
      expect(failed.details[0].reason).to.equal('outbox full');
      expect(console.warnings.filter((w) => w.includes('outbox'))).to.have.length(1);
    } finally {
      failed.stop();
      console.restore();
    }
  });

  it('turns a burst of rating changes for one response into two requests: the one on its way and the last', async () => {
    const { endpoint, bucket } = newEndpoint();
    await plan(bucket, [{ status: 202, delay: 300 }]);
    configure({ endpoint });
    const responseId = 'r-burst';
    for (let value = 0; value <= 10; value++) send({ responseId, value });
    const other = send({ responseId: 'r-other', value: 4 });
    expect(outbox().filter((e) => e.event.data.responseId == responseId)).to.have.length(2);
    await flush();
    const requests = await attempts(bucket);
    const burst = requests.filter((r) => r.body.data.responseId == responseId);
    expect(burst.map((r) => (r.body.data as { value: number }).value)).to.deep.equal([0, 10]);
    expect(requests.filter((r) => r.body.id == other.id)).to.have.length(1);
  });

  it('replaces a rating that has not been sent yet while offline, keeping ratings of other responses', async () => {
    configure({ endpoint: newEndpoint().endpoint });
    setOnline(false);
    send({ responseId: 'a', value: 1 });
    await sleep(2);
    send({ responseId: 'b', value: 2 });
    await sleep(2);
    const last = send({ responseId: 'a', value: 3 });
    await sleep(2);
    sendFeedbackEvent('care.feedback.comment.v1', { ...rating({ responseId: 'a' }), text: 'fine' } as never);
    const kept = outbox().map((e) => [e.event.type, e.event.data.responseId]);
    expect(kept).to.deep.equal([
      ['care.feedback.rating.v1', 'b'],
      ['care.feedback.rating.v1', 'a'],
      ['care.feedback.comment.v1', 'a'],
    ]);
    expect(outbox()[1].event.id).to.equal(last.id);
  });

  it('flush() settles when every sendable event has its answer, without waiting for events that are not due', async () => {
    const { endpoint, bucket } = newEndpoint();
    configure({ endpoint });
    const waiting = createCloudEvent('care.feedback.rating.v1', rating());
    storeEntry({ event: waiting, endpoint, attempts: 1, retryAt: Date.now() + 60000 });
    setOnline(false);
    const due = [send(), send()];
    setOnline(true);
    const started = Date.now();
    await flush();
    expect(Date.now() - started, 'not the 60 s the waiting event has left').to.be.below(30000);
    const requests = await attempts(bucket);
    expect(requests.map((r) => r.body.id).sort()).to.deep.equal(due.map((e) => e.id).sort());
    expect(outbox().map((e) => e.event.id)).to.deep.equal([waiting.id]);
  });

  it('passes over a stored entry whose data is not an object (junk, or a copy another script broke) and still sends the rest', async () => {
    const { endpoint, bucket } = newEndpoint();
    const broken = createCloudEvent('care.feedback.rating.v1', rating());
    // Older than the good event, so a sweep meets it first.
    storeEntry({ event: { ...broken, time: '2026-01-01T00:00:00.000Z', data: null as never }, endpoint, attempts: 0 });
    const good = createCloudEvent('care.feedback.rating.v1', rating());
    storeEntry({ event: good, endpoint, attempts: 0 });
    await flush();
    const [request] = await waitForRequests(bucket, 1);
    expect(request.body.id).to.equal(good.id);
    expect(outbox().map((entry) => entry.event.id)).to.deep.equal([]);
  });

  it('leaves an event another tab has claimed alone, and sends it once the claim lapses', async () => {
    const { endpoint, bucket } = newEndpoint();
    const event = createCloudEvent('care.feedback.rating.v1', rating());
    const claimedUntil = Date.now() + 2000;
    storeEntry({ event, endpoint, attempts: 1, claimedUntil });
    await flush();
    expect(outbox()[0].attempts, 'not sent by this tab').to.equal(1);
    expect(await attempts(bucket)).to.have.length(0);
    const [request] = (await waitForRequests(bucket, 1, 6000)) as Attempt[];
    expect(request.body.id).to.equal(event.id);
    expect(request.at, 'only once the claim lapsed').to.be.at.least(claimedUntil);
  });

  it('claims what it sends for at most 10 s at a time, renewing the claim while the request lasts', async () => {
    const { endpoint, bucket } = newEndpoint();
    await plan(bucket, [{ status: 202, delay: 4000 }]);
    configure({ endpoint });
    const delivered = oneEvent(window, 'care-delivered');
    send();
    const first = outbox()[0].claimedUntil! - Date.now();
    expect(first).to.be.within(9000, 10000);
    await sleep(3600);
    const renewed = outbox()[0].claimedUntil! - Date.now();
    expect(renewed).to.be.within(9000, 10000);
    await delivered;
  }).timeout(8000);
});
