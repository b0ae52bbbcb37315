import { expect } from '@open-wc/testing';
import { flush, outbox } from '../../src/client.js';
import { createCloudEvent } from '../../src/client/envelope.js';
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
