import { expect } from '@open-wc/testing';
import { flush, outbox } from '../../src/client.js';
import { createCloudEvent } from '../../src/client/envelope.js';
import { LEFTOVERS_DELAY_MS } from '../../src/client/delivery.js';
import { newEndpoint, resetConfig } from './helpers.js';
import { attempts, clearOutbox, plan, rating, sleep, storeEntry, until, withoutWebLocks } from './delivery-helpers.js';

/**
 * Tabs of one site share the outbox. Same-origin frames with their own copy of the library stand in for tabs
 * here (they share localStorage and Web Locks); real tabs are in tests/e2e/reliability.e2e.test.mjs.
 */
describe('delivery across tabs', () => {
  beforeEach(clearOutbox);
  afterEach(async () => {
    await flush();
    resetConfig();
    clearOutbox();
  });

  it('two copies of the library on one origin, like two tabs, send each stored event once', async () => {
    const { endpoint, bucket } = newEndpoint();
    const left = Array.from({ length: 30 }, () => createCloudEvent('care.feedback.rating.v1', rating()));
    for (const event of left) storeEntry({ event, endpoint, attempts: 0 });
    await plan(bucket, left.map(() => ({ status: 202, delay: 300 })));
    // The frame is another copy of the library on the same origin: it flushes the outbox on load, while this
    // page flushes it too.
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><script src="${location.origin}/dist/care-feedback.min.js"></script>`;
    document.body.append(frame);
    try {
      await Promise.all([flush(), flush(), until(() => outbox().length == 0, 'the outbox to empty', 5000)]);
      await sleep(200);
      const ids = (await attempts(bucket)).map((r) => r.body.id);
      expect(ids.slice().sort()).to.deep.equal(left.map((e) => e.id).sort());
    } finally {
      frame.remove();
    }
  }).timeout(15000); // 30 answers of 300 ms over six connections, on a busy machine

  /**
   * A frame loads the built script tag after a counter of Web Lock requests, and writes down when it started;
   * resolves to the frame's window once the library has run.
   */
  async function loadCopyInFrame(): Promise<{ frame: HTMLIFrameElement; copy: Window & { lockRequests: number; startedAt: number } }> {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><script>
      window.startedAt = Date.now();
      window.lockRequests = 0;
      const request = navigator.locks.request.bind(navigator.locks);
      navigator.locks.request = (...args) => (window.lockRequests++, request(...args));
    </script><script src="${location.origin}/dist/care-feedback.min.js"></script>`;
    document.body.append(frame);
    const copy = frame.contentWindow as Window & { lockRequests: number; startedAt: number; CareFeedback?: unknown };
    await until(() => copy.CareFeedback, 'the copy in the frame to load');
    return { frame, copy };
  }

  it('a copy that loads, with nothing waiting, asks for no Web Lock, neither while the page loads nor after', async () => {
    const { frame, copy } = await loadCopyInFrame();
    try {
      await sleep(LEFTOVERS_DELAY_MS + 500);
      expect(copy.lockRequests, 'Web Lock requests of a copy with an empty outbox').to.equal(0);
    } finally {
      frame.remove();
    }
  }).timeout(LEFTOVERS_DELAY_MS + 5000);

  it('a copy that loads sends what an earlier visit left, LEFTOVERS_DELAY_MS after it started, under the Web Lock', async () => {
    const { endpoint, bucket } = newEndpoint();
    const event = createCloudEvent('care.feedback.rating.v1', rating());
    storeEntry({ event, endpoint, attempts: 0 });
    const { frame, copy } = await loadCopyInFrame();
    try {
      const [sent] = (await until(async () => {
        const made = await attempts(bucket);
        return made.length ? made : undefined;
      }, 'the leftover event', LEFTOVERS_DELAY_MS + 4000))!;
      expect(sent.body.id).to.equal(event.id);
      // Timers never fire early; the collector's clock is this machine's, read in milliseconds.
      expect(sent.at - copy.startedAt, 'ms from the copy starting to the request').to.be.at.least(LEFTOVERS_DELAY_MS - 5);
      expect(copy.lockRequests).to.be.at.least(1);
      await until(() => outbox().length === 0, 'the outbox to empty');
    } finally {
      frame.remove();
    }
  }).timeout(LEFTOVERS_DELAY_MS + 8000);

  it('reads and claims stored events only while it holds the outbox Web Lock, so tabs take turns', async () => {
    const { endpoint, bucket } = newEndpoint();
    storeEntry({ event: createCloudEvent('care.feedback.rating.v1', rating()), endpoint, attempts: 0 });
    let release!: () => void;
    // Held here as another tab would hold it while it claims.
    navigator.locks.request('care-feedback:outbox', () => new Promise<void>((resolve) => (release = resolve)));
    const flushed = flush();
    await sleep(200);
    expect(await attempts(bucket), 'nothing while the other tab holds the lock').to.have.length(0);
    release();
    await flushed;
    expect(await attempts(bucket)).to.have.length(1);
  });

  it('without Web Locks (plain http: pages) still sends what is stored, by its claims alone', async () => {
    const { endpoint, bucket } = newEndpoint();
    const event = createCloudEvent('care.feedback.rating.v1', rating());
    storeEntry({ event, endpoint, attempts: 0 });
    const restoreLocks = withoutWebLocks();
    try {
      expect(navigator.locks).to.equal(undefined);
      await flush();
      expect((await attempts(bucket)).map((r) => r.body.id)).to.deep.equal([event.id]);
    } finally {
      restoreLocks();
    }
  });

});
