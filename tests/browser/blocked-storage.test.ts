/**
 * Delivery where the browser refuses storage and Web Locks: a partner page that puts us in an
 * `<iframe sandbox="allow-scripts">` (no allow-same-origin, so the frame's origin is opaque and `localStorage`
 * and `navigator.locks` throw `SecurityError`), as do some cross-origin frames and private modes. Events are
 * kept in memory and retried as contract §6 says, and the partner's error monitoring sees nothing of ours.
 *
 * The frame runs the built script tag (dist/care-feedback.min.js) as a partner ships it from a CDN, with
 * `crossorigin` (as its integrity hash requires), so its errors reach the frame's handlers unmuted, as they reach
 * a partner's error monitoring (tests/support/host-pages.mjs serves it so). The frame is another origin
 * than this page, so it tells what it saw by postMessage: what the browser refused it, every uncaught error
 * and unhandled rejection, and the events delivered or given up.
 */
import { expect } from '@open-wc/testing';
import { newEndpoint, received, waitForRequests } from './helpers.js';
import { plan } from './delivery-helpers.js';

/** What the sandboxed frame reports to this page. */
interface FrameReport {
  /** What the browser refused the frame, e.g. `localStorage: SecurityError`. */
  refused: string[];
  /** Uncaught errors and unhandled rejections, as a partner's error monitoring would record them. */
  problems: string[];
  delivered: string[];
  failed: string[];
}

/** How long after delivery the frame still listens for a late unhandled rejection before it reports. */
const QUIET_MS = 300;

/**
 * The partner's frame: records problems before anything of ours runs, loads the script tag with the test
 * collector as its endpoint, and answers one rating of 9. `offline` makes the frame look offline until this
 * page posts `online`, which the frame then announces as the browser does.
 */
function partnerFrame(endpoint: string, { offline = false } = {}): string {
  return `<!doctype html><html lang="en"><head><title>A partner's sandboxed widget</title></head><body>
<script>
  const report = { refused: [], problems: [], delivered: [], failed: [] };
  addEventListener('error', (event) => report.problems.push('uncaught: ' + event.message));
  addEventListener('unhandledrejection', (event) =>
    report.problems.push('unhandled rejection: ' + (event.reason && event.reason.name) + ' ' + (event.reason && event.reason.message)));
  try { localStorage.getItem('x'); } catch (error) { report.refused.push('localStorage: ' + error.name); }
  const locksChecked = navigator.locks
    ? navigator.locks.request('probe', () => {}).catch((error) => report.refused.push('navigator.locks: ' + error.name))
    : Promise.resolve(report.refused.push('navigator.locks: missing'));
  addEventListener('care-delivered', (event) => report.delivered.push(event.detail.id));
  addEventListener('care-delivery-failed', (event) => report.failed.push(event.detail.reason));
  let online = ${!offline};
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  addEventListener('message', ({ data }) => {
    if (data === 'report') locksChecked.then(() => parent.postMessage(report, '*'));
    if (data === 'online') { online = true; dispatchEvent(new Event('online')); }
  });
</script>
<script src="${location.origin}/cdn/care-feedback.min.js" crossorigin="anonymous" data-endpoint="${endpoint}"></script>
<care-rating survey-id="sandboxed-widget" scale="nps"></care-rating>
<script>
  customElements.whenDefined('care-rating').then(async () => {
    const rating = document.querySelector('care-rating');
    await rating.updateComplete;
    rating.shadowRoot.querySelector('[aria-label="9 of 10"]').click();
    parent.postMessage('answered', '*');
  });
</script>
</body></html>`;
}

/** Opens the partner's frame: `next()` resolves with its next message, `report()` asks for its report. */
function openSandboxedFrame(html: string) {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.title = 'A sandboxed partner widget';
  const messages: unknown[] = [];
  let arrived: () => void = () => {};
  addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow) return;
    messages.push(event.data);
    arrived();
  });
  const next = async <T>(): Promise<T> => {
    while (!messages.length) await new Promise<void>((resolve) => (arrived = resolve));
    return messages.shift() as T;
  };
  const report = async (): Promise<FrameReport> => {
    frame.contentWindow!.postMessage('report', '*');
    return next<FrameReport>();
  };
  /**
   * The report once `count` events were delivered or given up, or after `timeout` ms (so a failure shows what
   * the frame saw), and then QUIET_MS more, for a late unhandled rejection.
   */
  const reportAfter = async (count: number, timeout = 4000): Promise<FrameReport> => {
    const deadline = Date.now() + timeout;
    for (;;) {
      const { delivered, failed } = await report();
      if (delivered.length + failed.length >= count || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    return report();
  };
  frame.srcdoc = html;
  document.body.append(frame);
  return { frame, next, reportAfter };
}

describe('delivery where storage and Web Locks are refused (a sandboxed frame without allow-same-origin)', function () {
  // The first retry comes after the contract's 1 s backoff (±25 %), the script tag's own, not shortened.
  this.timeout(10_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('an event answered 503 is kept in memory and retried after the backoff; no uncaught error or unhandled rejection in the frame', async () => {
    const { endpoint, bucket } = newEndpoint();
    await plan(bucket, [{ status: 503 }]);
    const { next, reportAfter } = openSandboxedFrame(partnerFrame(endpoint));
    expect(await next()).to.equal('answered');
    const report = await reportAfter(1);
    expect(report.refused, 'what the sandbox refuses').to.have.members(['localStorage: SecurityError', 'navigator.locks: SecurityError']);
    expect(report.problems).to.deep.equal([]);
    expect(report.failed).to.deep.equal([]);
    expect(report.delivered).to.have.length(1);
    const requests = await waitForRequests(bucket, 2);
    const ratings = requests.filter((request) => request.body.type === 'care.feedback.rating.v1');
    expect(ratings.map((request) => request.body.id), 'one event, sent twice').to.deep.equal([report.delivered[0], report.delivered[0]]);
    expect(requests.flatMap((request) => request.schemaErrors)).to.deep.equal([]);
    // The frame's origin is opaque ("null"): its address names it, not "nullsrcdoc".
    expect(ratings[0].body.source).to.equal('about:srcdoc');
  });

  it('an event answered while offline is sent when the browser is back online', async () => {
    const { endpoint, bucket } = newEndpoint();
    const { frame, next, reportAfter } = openSandboxedFrame(partnerFrame(endpoint, { offline: true }));
    expect(await next()).to.equal('answered');
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    expect(await received(bucket), 'nothing sent while offline').to.deep.equal([]);
    frame.contentWindow!.postMessage('online', '*');
    const report = await reportAfter(1);
    expect(report.problems).to.deep.equal([]);
    expect(report.delivered).to.have.length(1);
    const [request] = await waitForRequests(bucket, 1);
    expect(request.body.id).to.equal(report.delivered[0]);
  });
});
