import { expect } from '@open-wc/testing';
import { configure, flush, outbox } from '../../src/client.js';
import { sendFeedbackEvent } from '../../src/client/delivery.js';
import { createCloudEvent } from '../../src/client/envelope.js';
import { newEndpoint, resetConfig, waitForRequests } from './helpers.js';
import { attempts, clearOutbox, type Attempt, plan, rating, setOnline, sleep, storeEntry } from './delivery-helpers.js';

/** Pretends the page is being hidden (tab switched, app backgrounded, page left) as the browser would tell it. */
function hidePage(): () => void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
  return () => {
    delete (document as { hidden?: boolean }).hidden;
    delete (document as { visibilityState?: string }).visibilityState;
  };
}

const comment = (responseId: string) =>
  sendFeedbackEvent('care.feedback.comment.v1', { ...rating({ responseId }), text: 'A faster checkout' } as never);

describe('delivery when the page is left', () => {
  beforeEach(clearOutbox);
  afterEach(async () => {
    setOnline(true);
    await flush();
    resetConfig();
    clearOutbox();
  });

  it('on pagehide sends what is due at once, in the same task, even behind its response\'s request in flight', async () => {
    const { endpoint, bucket } = newEndpoint();
    // Every answer takes 800 ms, so a comment that waited for the rating's answer would arrive 800 ms after it.
    // The two requests race to the server: which one comes first is not asserted.
    await plan(bucket, [{ status: 202, delay: 800 }, { status: 202, delay: 800 }]);
    configure({ endpoint });
    const rated = sendFeedbackEvent('care.feedback.rating.v1', rating({ responseId: 'leaving' }));
    const text = comment('leaving');
    expect(outbox().find((e) => e.event.id == text.id)!.attempts, 'waits behind the rating').to.equal(0);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(outbox().find((e) => e.event.id == text.id)!.attempts, 'started synchronously').to.equal(1);
    const requests = (await waitForRequests(bucket, 2)) as Attempt[];
    const arrival = (id: string) => requests.find((r) => r.body.id === id)!.at;
    expect(Math.abs(arrival(text.id) - arrival(rated.id)), 'both in flight at once').to.be.below(800);
  });

  it('on visibilitychange to hidden sends what is due at once', async () => {
    const { endpoint, bucket } = newEndpoint();
    await plan(bucket, [{ status: 202, delay: 800 }, { status: 202, delay: 800 }]);
    configure({ endpoint });
    const rated = sendFeedbackEvent('care.feedback.rating.v1', rating({ responseId: 'hidden' }));
    const text = comment('hidden');
    const show = hidePage();
    try {
      expect(outbox().find((e) => e.event.id == text.id)!.attempts).to.equal(1);
      const requests = (await waitForRequests(bucket, 2)) as Attempt[];
      const arrival = (id: string) => requests.find((r) => r.body.id === id)!.at;
      expect(Math.abs(arrival(text.id) - arrival(rated.id)), 'both in flight at once').to.be.below(800);
    } finally {
      show();
    }
  });

  it('keeps keepalive requests in flight under 64 KiB when leaving; the rest waits in the outbox', async () => {
    const { endpoint, bucket } = newEndpoint();
    configure({ endpoint });
    setOnline(false);
    const big = () => sendFeedbackEvent('care.feedback.rating.v1', rating({ question: 'q'.repeat(15000) }));
    for (let i = 0; i < 5; i++) {
      big();
      await sleep(2);
    }
    // Back online without the `online` event, so only the page leave sends.
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    const started = outbox().filter((e) => e.attempts > 0);
    expect(started, '4 × 15 KB fit in 64 KiB, 5 do not').to.have.length(4);
    expect(outbox()[4].attempts, 'the newest waits').to.equal(0);
    expect(await waitForRequests(bucket, 5)).to.have.length(5); // sent normally once the first are answered
  });

  it('sends nothing on leaving while offline, nor what waits for its retry time', async () => {
    const { endpoint, bucket } = newEndpoint();
    const later = createCloudEvent('care.feedback.rating.v1', rating());
    storeEntry({ event: later, endpoint, attempts: 2, retryAt: Date.now() + 60000 });
    await sleep(2);
    setOnline(false);
    configure({ endpoint });
    sendFeedbackEvent('care.feedback.rating.v1', rating());
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await sleep(200);
    expect(await attempts(bucket)).to.have.length(0);
    expect(outbox().map((e) => e.attempts)).to.deep.equal([2, 0]);
  });

  it('never listens to unload or beforeunload (they keep pages out of the back/forward cache)', async () => {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><script>
      window.heard = [];
      const add = EventTarget.prototype.addEventListener;
      EventTarget.prototype.addEventListener = function (type, ...rest) { heard.push(type); return add.call(this, type, ...rest); };
      window.addEventListener = EventTarget.prototype.addEventListener;
    </script><script src="${location.origin}/dist/care-feedback.min.js"></script>`;
    document.body.append(frame);
    await loaded;
    try {
      const heard = (frame.contentWindow as Window & { heard: string[] }).heard;
      expect(heard).to.include.members(['pagehide', 'visibilitychange', 'online']);
      expect(heard).not.to.include('unload');
      expect(heard).not.to.include('beforeunload');
    } finally {
      frame.remove();
    }
  });
});
