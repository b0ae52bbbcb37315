import { expect } from '@open-wc/testing';
import { newEndpoint, settle } from './helpers.js';
import { clearOutbox, until } from './delivery-helpers.js';

type FramedWindow = Window & { logged: string[]; CareFeedback?: { flush: () => Promise<void> } };

/** The built script tag in a page of its own whose Content-Security-Policy does not allow the endpoint. */
async function pageWithPolicy(policy: string, endpoint: string): Promise<FramedWindow> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <meta http-equiv="Content-Security-Policy" content="${policy}">
    <script>window.logged = []; console.error = (...a) => logged.push(a.join(' '));</script>
    <script src="${location.origin}/dist/care-feedback.min.js" data-endpoint="${endpoint}"></script>
    </head><body><care-rating scale="thumbs"></care-rating></body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as FramedWindow;
}

describe('delivery under a Content-Security-Policy', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    clearOutbox();
  });

  it('says once, clearly, that connect-src blocks the endpoint, and keeps the event', async () => {
    const { endpoint, bucket } = newEndpoint(); // 127.0.0.1: another origin than this page's localhost
    const win = await pageWithPolicy("connect-src 'self'", endpoint);
    const rating = win.document.querySelector('care-rating')!;
    await (rating as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    rating.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')[1].click();
    const error = await until(() => win.logged[0], 'the console error');
    expect(error).to.include(endpoint).and.include('connect-src');
    await win.CareFeedback!.flush();
    expect(win.logged).to.have.length(1);
    expect(Object.keys(localStorage).some((key) => key.startsWith('care-feedback:outbox:')), 'kept').to.equal(true);
    expect(await settle(bucket, 100), 'nothing reached the endpoint').to.have.length(0);
  });

  it('says nothing about a policy that allows the endpoint', async () => {
    const { endpoint, bucket } = newEndpoint();
    const win = await pageWithPolicy(`connect-src 'self' ${new URL(endpoint).origin}`, endpoint);
    const rating = win.document.querySelector('care-rating')!;
    await (rating as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    rating.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')[1].click();
    await win.CareFeedback!.flush();
    expect(await settle(bucket, 100)).to.have.length(1);
    expect(win.logged).to.deep.equal([]);
  });
});
