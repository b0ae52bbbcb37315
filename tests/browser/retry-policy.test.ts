import { expect } from '@open-wc/testing';
import { backoff, MAX_RETRY_AFTER, retryDelay } from '../../src/client/retry-policy.js';

/** The arithmetic of retries with a fixed clock and fixed random numbers: no waiting. */
const NOW = Date.UTC(2026, 10, 27, 10, 15, 30);
const MIDDLE = 0.5; // no jitter: 0.75 + 0.5 / 2 = 1

describe('retry policy', () => {
  it('backs off 1 s · 2^n, capped at 60 s', () => {
    expect(backoff.base).to.equal(1000);
    const waits = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((attempts) => retryDelay(503, attempts, null, NOW, MIDDLE));
    expect(waits).to.deep.equal([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });

  it('jitters by ±25 %', () => {
    expect(retryDelay(500, 3, null, NOW, 0)).to.equal(3000);
    expect(retryDelay(500, 3, null, NOW, 0.999999)).to.be.closeTo(5000, 0.01);
    expect(retryDelay(0, 7, null, NOW, 0)).to.equal(45000);
    expect(retryDelay(0, 7, null, NOW, 0.999999)).to.be.closeTo(75000, 0.1);
  });

  it('retries network errors, 408, 429 and 5xx except 501, 505 and 511', () => {
    for (const status of [0, 408, 429, 500, 502, 503, 504, 507, 599]) {
      expect(retryDelay(status, 1, null, NOW, MIDDLE), `HTTP ${status}`).to.be.above(0);
    }
    for (const status of [400, 401, 403, 404, 405, 409, 410, 413, 415, 422, 501, 505, 511, 301]) {
      expect(retryDelay(status, 1, null, NOW, MIDDLE), `HTTP ${status}`).to.equal(-1);
    }
  });

  it('gives up after the 10th attempt', () => {
    expect(retryDelay(503, 9, null, NOW, MIDDLE)).to.be.above(0);
    expect(retryDelay(503, 10, null, NOW, MIDDLE)).to.equal(-1);
    expect(retryDelay(0, 10, '5', NOW, MIDDLE)).to.equal(-1);
  });

  it('honours Retry-After in seconds, without jitter, capped at 300 s', () => {
    expect(retryDelay(503, 1, '7', NOW, 0)).to.equal(7000);
    expect(retryDelay(429, 8, '0', NOW, 0.9)).to.equal(0);
    expect(retryDelay(503, 1, '3600', NOW, MIDDLE)).to.equal(MAX_RETRY_AFTER);
    expect(MAX_RETRY_AFTER).to.equal(300000);
  });

  it('honours Retry-After as an HTTP date, a past date meaning now', () => {
    const in90s = new Date(NOW + 90000).toUTCString();
    expect(retryDelay(503, 1, in90s, NOW, 0)).to.equal(90000);
    expect(retryDelay(429, 1, new Date(NOW + 86400000).toUTCString(), NOW, 0)).to.equal(300000);
    expect(retryDelay(503, 1, new Date(NOW - 5000).toUTCString(), NOW, 0)).to.equal(0);
  });

  it('waits 60 s after a 429 without Retry-After, and ignores an unreadable one', () => {
    expect(retryDelay(429, 1, null, NOW, 0)).to.equal(60000);
    expect(retryDelay(429, 1, 'soon', NOW, 0)).to.equal(60000);
    expect(retryDelay(503, 2, 'soon', NOW, MIDDLE)).to.equal(2000);
  });

  it('ignores Retry-After on an answer that is not retried', () => {
    expect(retryDelay(400, 1, '5', NOW, MIDDLE)).to.equal(-1);
  });
});
