import { expect, oneEvent } from '@open-wc/testing';
import { configure, flush, type CareCloudEvent } from '../../src/client.js';
import { sendFeedbackEvent } from '../../src/client/delivery.js';
import type { RatingData } from '../../src/types.js';
import { captureConsole, newEndpoint, resetConfig, settle, UUID_V4, waitForRequests } from './helpers.js';
import { clearOutbox, fastBackoff } from './delivery-helpers.js';

const rating = (overrides: Partial<RatingData> = {}): RatingData => ({
  surveyId: 'checkout-nps', responseId: 'r-1', locale: 'en', context: {},
  scale: 'nps', value: 9, min: 0, max: 10, question: 'How likely are you to recommend us to a friend?',
  ...overrides,
});

describe('delivery', () => {
  beforeEach(clearOutbox);
  // A delivery still answering when its test ends would tell care-delivered during the next one.
  afterEach(async () => {
    await flush();
    resetConfig();
    clearOutbox();
  });

  it('POSTs a CloudEvents 1.0 structured event with the contract headers, cross-origin, without cookies', async () => {
    const { endpoint, bucket } = newEndpoint();
    document.cookie = 'session=secret; SameSite=Lax';
    configure({ endpoint });
    const sent = sendFeedbackEvent('care.feedback.rating.v1', rating());
    const [request] = await waitForRequests(bucket, 1);
    expect(request.headers.contentType).to.equal('application/cloudevents+json; charset=utf-8');
    expect(request.headers.cookie).to.equal(null);
    expect(request.headers.origin).to.equal(location.origin);
    const event = request.body;
    expect(Object.keys(event).sort()).to.deep.equal(
      ['data', 'datacontenttype', 'id', 'source', 'specversion', 'subject', 'time', 'type']
    );
    expect(event).to.deep.include({
      specversion: '1.0', type: 'care.feedback.rating.v1', subject: 'checkout-nps', datacontenttype: 'application/json',
      id: sent.id,
    });
    expect(event.id).to.match(UUID_V4);
    expect(new Date(event.time).toISOString()).to.equal(event.time);
    expect(event.data).to.deep.equal(rating());
    expect(request.schemaErrors).to.deep.equal([]);
  });

  it('uses the page origin and path as source, never the query string or fragment', async () => {
    const { endpoint, bucket } = newEndpoint();
    history.replaceState(null, '', `${location.pathname}?email=someone@example.com#step-2`);
    configure({ endpoint });
    sendFeedbackEvent('care.feedback.rating.v1', rating());
    const [request] = await waitForRequests(bucket, 1);
    expect(request.body.source).to.equal(`${location.origin}${location.pathname}`);
    configure({ source: 'https://shop.example.com/checkout?step=2#x' });
    sendFeedbackEvent('care.feedback.rating.v1', rating());
    const [, second] = await waitForRequests(bucket, 2);
    expect(second.body.source).to.equal('https://shop.example.com/checkout');
  });

  it('tells care-delivered on window with the id and type', async () => {
    const { endpoint } = newEndpoint();
    configure({ endpoint });
    const delivered = oneEvent(window, 'care-delivered');
    const sent = sendFeedbackEvent('care.feedback.rating.v1', rating());
    const { detail } = await delivered;
    expect(detail).to.deep.equal({ id: sent.id, type: 'care.feedback.rating.v1' });
  });

  it('tells care-delivery-failed with the status and logs one error when the endpoint answers 400', async () => {
    const { endpoint } = newEndpoint('?status=400');
    configure({ endpoint });
    const console = captureConsole();
    try {
      const failed = oneEvent(window, 'care-delivery-failed');
      const sent = sendFeedbackEvent('care.feedback.rating.v1', rating());
      const { detail } = await failed;
      expect(detail).to.deep.include({ id: sent.id, type: 'care.feedback.rating.v1', status: 400 });
      expect(console.errors).to.have.length(1);
      expect(console.errors[0]).to.include('400');
    } finally {
      console.restore();
    }
  });

  it('hands events to a configured transport instead of the network', async () => {
    const { endpoint, bucket } = newEndpoint();
    const handed: CareCloudEvent[] = [];
    configure({ endpoint, transport: (event) => void handed.push(event) });
    const delivered = oneEvent(window, 'care-delivered');
    const sent = sendFeedbackEvent('care.feedback.rating.v1', rating());
    await delivered;
    expect(handed).to.deep.equal([sent]);
    expect(await settle(bucket)).to.have.length(0);
  });

  it('retries a transport that rejects, like a network error, with the same event', async () => {
    const restoreBackoff = fastBackoff();
    const handed: CareCloudEvent[] = [];
    configure({
      transport: async (event) => {
        handed.push(event);
        if (handed.length < 3) throw new Error('offline queue full');
      },
    });
    try {
      const delivered = oneEvent(window, 'care-delivered');
      const sent = sendFeedbackEvent('care.feedback.rating.v1', rating());
      expect((await delivered).detail.id).to.equal(sent.id);
      expect(handed.map((event) => event.id)).to.deep.equal([sent.id, sent.id, sent.id]);
    } finally {
      restoreBackoff();
    }
  });

  it('gives up a transport that keeps rejecting after 10 attempts: one console error and care-delivery-failed', async () => {
    const restoreBackoff = fastBackoff(1);
    const console = captureConsole();
    let calls = 0;
    try {
      configure({ transport: async () => Promise.reject(new Error(`offline queue full ${++calls}`)) });
      const failed = oneEvent(window, 'care-delivery-failed');
      sendFeedbackEvent('care.feedback.rating.v1', rating());
      const { detail } = await failed;
      expect(calls).to.equal(10);
      expect(detail).to.deep.include({ status: 0 });
      expect(detail.reason).to.include('offline queue full 10');
      expect(console.errors).to.have.length(1);
      expect(console.errors[0]).to.include('offline queue full 10');
    } finally {
      console.restore();
      restoreBackoff();
    }
  });

  it('refuses an event over 16 KiB before any request', async () => {
    const { endpoint, bucket } = newEndpoint();
    configure({ endpoint });
    const console = captureConsole();
    try {
      const failed = oneEvent(window, 'care-delivery-failed');
      sendFeedbackEvent('care.feedback.rating.v1', rating({ question: 'x'.repeat(17 * 1024) }));
      expect((await failed).detail.reason).to.equal('too large');
      expect(console.errors[0]).to.include('16384');
      expect(await settle(bucket)).to.have.length(0);
    } finally {
      console.restore();
    }
  });

  it('warns once and sends nothing when there is neither endpoint nor transport', async () => {
    const console = captureConsole();
    try {
      sendFeedbackEvent('care.feedback.rating.v1', rating());
      sendFeedbackEvent('care.feedback.rating.v1', rating());
      await flush();
      expect(console.warnings.filter((w) => w.includes('no endpoint'))).to.have.length(1);
    } finally {
      console.restore();
    }
  });

  it('flush() resolves once every started delivery has its answer', async () => {
    const { endpoint, bucket } = newEndpoint();
    configure({ endpoint });
    let delivered = 0;
    const count = () => delivered++;
    window.addEventListener('care-delivered', count);
    try {
      sendFeedbackEvent('care.feedback.rating.v1', rating());
      sendFeedbackEvent('care.feedback.rating.v1', rating({ value: 3 }));
      await flush();
      expect(delivered).to.equal(2);
      expect(await waitForRequests(bucket, 2)).to.have.length(2);
    } finally {
      window.removeEventListener('care-delivered', count);
    }
  });
});
