import { expect, oneEvent } from '@open-wc/testing';
import { configure, outbox } from '../../src/client.js';
import { sendFeedbackEvent } from '../../src/client/delivery.js';
import { captureConsole, newEndpoint, resetConfig } from './helpers.js';
import { attempts, clearOutbox, fastBackoff, plan, rating } from './delivery-helpers.js';

/**
 * Storage that throws (quota exceeded, some private modes, sandboxed frames). This file has a page of its own:
 * once storage failed, the library keeps to memory for the rest of the page.
 */
describe('the outbox when localStorage throws', () => {
  beforeEach(clearOutbox); // WebKit's runner keeps one window, so one localStorage, for every test file
  afterEach(resetConfig);

  it('falls back to memory with one warning, and still delivers, retries included', async () => {
    const restoreBackoff = fastBackoff();
    const { setItem } = Storage.prototype;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const console = captureConsole();
    try {
      const { endpoint, bucket } = newEndpoint();
      await plan(bucket, [{ status: 503 }]);
      configure({ endpoint });
      const first = oneEvent(window, 'care-delivered');
      const sent = sendFeedbackEvent('care.feedback.rating.v1', rating());
      expect(outbox().map((e) => e.event.id), 'kept in memory').to.deep.equal([sent.id]);
      expect((await first).detail.id).to.equal(sent.id);
      const second = oneEvent(window, 'care-delivered');
      sendFeedbackEvent('care.feedback.rating.v1', rating());
      await second;
      expect((await attempts(bucket)).map((a) => a.answer)).to.deep.equal([503, 202, 202]);
      expect(console.warnings.filter((w) => w.includes('localStorage'))).to.have.length(1);
      expect(console.errors).to.deep.equal([]);
    } finally {
      Storage.prototype.setItem = setItem;
      console.restore();
      restoreBackoff();
    }
  });
});
